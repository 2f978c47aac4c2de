import { describe, expect, it } from "vitest";
import { z } from "zod";
import { runPainLimitField, runStageField } from "./run-stage";

const form = z.object({ runStage: runStageField, runPainLimit: runPainLimitField });
const messages = (raw: Record<string, string>) => {
  const parsed = form.safeParse(raw);
  return parsed.success ? null : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("return-to-running builder fields", () => {
  it("reads a stage, 'not on the programme' and an absent field (carry forward) apart", () => {
    expect(form.parse({ runStage: "3", runPainLimit: "4" })).toEqual({ runStage: 3, runPainLimit: 4 });
    expect(form.parse({ runStage: "", runPainLimit: "5" })).toEqual({ runStage: null, runPainLimit: 5 });
    expect(form.parse({})).toEqual({ runStage: undefined, runPainLimit: undefined });
  });

  it("accepts the edges 1 and 15, limits 0 and 10, and a blank limit as the default 5/10", () => {
    expect(form.parse({ runStage: "1", runPainLimit: "0" })).toEqual({ runStage: 1, runPainLimit: 0 });
    expect(form.parse({ runStage: "15", runPainLimit: "10" })).toEqual({ runStage: 15, runPainLimit: 10 });
    expect(form.parse({ runStage: "2", runPainLimit: "" })).toEqual({ runStage: 2, runPainLimit: 5 });
  });

  it("refuses a stage outside 1-15 and a limit outside 0-10 with a message on that field", () => {
    const stage = 'Choose a walk-run stage from 1 to 15, or "Not on the walk-run programme".';
    const limit = "The pain limit must be a whole number from 0 to 10.";
    expect(messages({ runStage: "0", runPainLimit: "5" })).toEqual([["runStage", stage]]);
    expect(messages({ runStage: "16", runPainLimit: "5" })).toEqual([["runStage", stage]]);
    expect(messages({ runStage: "two", runPainLimit: "5" })).toEqual([["runStage", stage]]);
    expect(messages({ runStage: "3", runPainLimit: "11" })).toEqual([["runPainLimit", limit]]);
    expect(messages({ runStage: "3", runPainLimit: "-1" })).toEqual([["runPainLimit", limit]]);
    expect(messages({ runStage: "3", runPainLimit: "4.5" })).toEqual([["runPainLimit", limit]]);
  });
});
