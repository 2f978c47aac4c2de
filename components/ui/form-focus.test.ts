import { describe, expect, it } from "vitest";
import { chooseFocus, firstErrorControl, FORM_STATUS_ATTR, formStatusProps, type NamedControl } from "./form-focus";

type Fake = NamedControl & { id: string };

/** A control as the DOM would give it: attributes by name, plus type, disabled and checked. */
function ctl(id: string, name: string, { type = "text", invalid = false, disabled = false, checked = false } = {}): Fake {
  const attrs: Record<string, string> = { name, ...(invalid ? { "aria-invalid": "true" } : {}) };
  return { id, type, disabled, checked, getAttribute: (a) => attrs[a] ?? null };
}

// The patient form's controls in page order, the intake screen spanning two fieldsets.
const patientControls: Fake[] = [
  ctl("patientId", "patientId", { type: "hidden" }),
  ctl("fullName", "fullName"),
  ctl("email", "email", { type: "email" }),
  ctl("phone", "phone", { type: "tel" }),
  ctl("differential-1", "intakeScreen", { type: "checkbox" }),
  ctl("differential-2", "intakeScreen", { type: "checkbox" }),
  ctl("none-present", "intakeScreen", { type: "checkbox", invalid: true }),
  ctl("red-flag-1", "intakeScreen", { type: "checkbox", invalid: true }),
];

const idOf = (c: Fake | "status" | undefined) => (typeof c === "object" ? c.id : c);

describe("firstErrorControl", () => {
  it("takes the first refused control in page order, not in the order of the errors", () => {
    expect(firstErrorControl(patientControls, { phone: ["Too long."], email: ["Not an email."] })?.id).toBe("email");
  });

  it("ignores fields whose error list is empty", () => {
    expect(firstErrorControl(patientControls, { fullName: [], phone: ["Too long."] })?.id).toBe("phone");
  });

  it("lands in the group showing the error when two groups share a name", () => {
    expect(firstErrorControl(patientControls, { intakeScreen: ["Tick “none present” or a red flag, not both."] })?.id).toBe("none-present");
  });

  it("falls back to the first box of a name when no group marks itself invalid", () => {
    const unmarked = [ctl("a-1", "a", { type: "checkbox" }), ctl("a-2", "a", { type: "checkbox" })];
    expect(firstErrorControl(unmarked, { a: ["Pick one."] })?.id).toBe("a-1");
  });

  it("still honours page order between different fields when a later one is marked", () => {
    expect(firstErrorControl(patientControls, { fullName: ["Required."], intakeScreen: ["Required."] })?.id).toBe("fullName");
  });

  it("skips hidden and disabled controls", () => {
    const controls = [ctl("hidden", "items.0.exerciseId", { type: "hidden" }), ctl("off", "note", { disabled: true })];
    expect(firstErrorControl(controls, { "items.0.exerciseId": ["Unknown exercise."], note: ["Too long."] })).toBeUndefined();
  });

  it("focuses a radio group's checked radio, as Tab would, or its first", () => {
    const scale = ["0", "1", "2"].map((v) => ctl(`pain-${v}`, "painAtRest", { type: "radio", invalid: true, checked: v === "2" }));
    expect(firstErrorControl(scale, { painAtRest: ["Out of range."] })?.id).toBe("pain-2");
    const blank = ["0", "1"].map((v) => ctl(`pain-${v}`, "painAtRest", { type: "radio", invalid: true }));
    expect(firstErrorControl(blank, { painAtRest: ["Choose a score."] })?.id).toBe("pain-0");
  });
});

describe("chooseFocus", () => {
  it("moves nothing on the initial state", () => {
    expect(chooseFocus({}, patientControls)).toBeUndefined();
  });

  it("moves nothing after a success, unless the form asks for its status then", () => {
    const saved = { ok: true, message: "Saved." };
    expect(chooseFocus(saved, patientControls)).toBeUndefined();
    expect(chooseFocus(saved, patientControls, true)).toBe("status");
    expect(chooseFocus({ ok: true }, patientControls, true)).toBeUndefined();
  });

  it("focuses the first refused control after a refusal", () => {
    const refused = { ok: false, message: "Please correct the highlighted fields. Nothing was saved.", fieldErrors: { fullName: ["Required."] } };
    expect(idOf(chooseFocus(refused, patientControls))).toBe("fullName");
    expect(idOf(chooseFocus({ fieldErrors: { email: ["Not an email."] } }, patientControls))).toBe("email");
  });

  it("focuses the status when the refusal has only a message", () => {
    expect(chooseFocus({ ok: false, message: "Stride cannot reach its database right now." }, patientControls)).toBe("status");
  });

  it("focuses the status when no refused control can take focus", () => {
    const rowError = { ok: false, message: "Nothing was saved.", fieldErrors: { "items.0": ["Give reps, a hold time, or both."] } };
    expect(chooseFocus(rowError, patientControls)).toBe("status");
  });
});

describe("formStatusProps", () => {
  it("marks the status for the hook and keeps it out of the Tab order", () => {
    expect(formStatusProps).toEqual({ [FORM_STATUS_ATTR]: "", tabIndex: -1 });
  });
});
