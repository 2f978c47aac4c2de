import { describe, expect, it } from "vitest";
import { AKPS_ITEMS } from "@/lib/clinical/akps";
import { akpsAnswersSchema, akpsItemErrors, answersFromForm, MISSING_ANSWER, NOT_A_CHOICE } from "./akps";

describe("AKPS answers from the form", () => {
  it("reads option indexes, drops blanks and unknown fields, and keeps anything else to be refused", () => {
    expect(answersFromForm({ limp: "1", stairs: " 3 ", pain: "", swelling: "two", "not-an-item": "1", walking: "-1" })).toEqual({ limp: 1, stairs: 3, swelling: "two", walking: "-1" });
  });

  it("a submit needs every item: a message on each missing or invalid one only", () => {
    const all = Object.fromEntries(AKPS_ITEMS.map((i) => [i.key, 0]));
    expect(akpsItemErrors(all, { complete: true })).toEqual({});
    const { running: _skipped, ...rest } = all;
    // Limp has 3 options (0-2): 2 is the last valid one, 3 is out of range.
    expect(akpsItemErrors({ ...rest, limp: 3, support: 2, pain: 1.5 }, { complete: true })).toEqual({ running: [MISSING_ANSWER], limp: [NOT_A_CHOICE], pain: [NOT_A_CHOICE] });
  });

  it("a draft may leave items out, but not give an answer that is not a choice", () => {
    expect(akpsItemErrors({ limp: 2 }, { complete: false })).toEqual({});
    expect(akpsItemErrors({ limp: "x" }, { complete: false })).toEqual({ limp: [NOT_A_CHOICE] });
  });

  it("the form schema takes the request id and the answers, nothing else", () => {
    const id = "0b9e8f52-43c1-4e4b-9a3d-0a9f1c2b3d4e";
    expect(akpsAnswersSchema.parse({ requestId: id, limp: "0", patientId: "x" })).toEqual({ requestId: id, answers: { limp: 0 } });
    expect(akpsAnswersSchema.safeParse({ requestId: "nope", limp: "0" }).success).toBe(false);
  });
});
