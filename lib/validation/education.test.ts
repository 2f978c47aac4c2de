import { describe, expect, it } from "vitest";
import { z } from "zod";
import { todayIso } from "@/lib/dates";
import { NO_MODULE, UNKNOWN_MODULE } from "./education";
import { protocolFormSchema } from "./protocol";

const EXERCISE = "6f1d3a6e-7c4b-4a53-9d5c-1c2b3a4d5e6f";
const PATIENT = "0b9f8e7d-6c5b-4a39-8281-7a6b5c4d3e2f";
const form = (educationModules?: string | string[]) => ({
  patientId: PATIENT, baseVersion: "", title: "Phase 1", phase: "1", startDate: todayIso(),
  "items.0.exerciseId": EXERCISE, "items.0.sets": "3", "items.0.reps": "12", "items.0.frequencyPerWeek": "5", "items.0.side": "both",
  ...(educationModules === undefined ? {} : { educationModules }),
});

describe("the builder's education modules field", () => {
  it("is undefined when the form does not post it, so the version keeps the previous choice", () => {
    expect(protocolFormSchema.parse(form()).educationModules).toBeUndefined();
  });

  it("reads the ticked boxes after the hidden empty value, in reading order, each once", () => {
    expect(protocolFormSchema.parse(form(["", "when-to-contact", "what-is-pfp", "when-to-contact"])).educationModules).toEqual(["what-is-pfp", "when-to-contact"]);
    // A single ticked box (no hidden field, e.g. a script) is one string.
    expect(protocolFormSchema.parse(form("running-load")).educationModules).toEqual(["running-load"]);
  });

  it("refuses an unknown key on the field, and nothing ticked", () => {
    const errors = (value: string | string[]) => {
      const r = protocolFormSchema.safeParse(form(value));
      return r.success ? {} : z.flattenError(r.error).fieldErrors;
    };
    expect(errors(["", "what-is-pfp", "knee-brace"])).toEqual({ educationModules: [UNKNOWN_MODULE] });
    expect(errors([""])).toEqual({ educationModules: [NO_MODULE] });
    expect(errors("")).toEqual({ educationModules: [NO_MODULE] });
  });
});
