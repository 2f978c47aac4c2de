import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxGroup } from "./checkbox-group";

const options = [
  { key: "a", label: "Stairs" },
  { key: "b", label: "Running" },
];

const idsIn = (describedBy: string | undefined) => describedBy?.split(" ") ?? [];

describe("CheckboxGroup", () => {
  it("ties its hint and error to the group and marks each box invalid", () => {
    const html = renderToStaticMarkup(<CheckboxGroup legend="Red flags" name="intakeScreen" hint="Ask about each." options={options} selected={[]} errors={["Tick one."]} />);
    const describedBy = /<fieldset[^>]*aria-describedby="([^"]+)"/.exec(html)?.[1];
    const ids = idsIn(describedBy);
    expect(ids).toHaveLength(2);
    expect(html).toContain(`id="${ids[0]}" class="text-sm text-slate-600">Ask about each.</p>`);
    expect(html).toContain(`id="${ids[1]}" class="text-sm font-medium text-danger-700">Tick one.</p>`);
    expect(html.match(/<input type="checkbox"[^>]*aria-invalid="true"/g)).toHaveLength(2);
  });

  it("describes the group by its hint alone, and marks nothing invalid, without errors", () => {
    const html = renderToStaticMarkup(<CheckboxGroup legend="Aggravating activities" name="aggravatingActivities" hint="What made it hurt?" options={options} selected={["b"]} />);
    expect(idsIn(/<fieldset[^>]*aria-describedby="([^"]+)"/.exec(html)?.[1])).toHaveLength(1);
    expect(html).not.toContain("aria-invalid");
    expect(html).toMatch(/checked="" value="b"/);
  });

  it("has no aria-describedby with neither hint nor error", () => {
    expect(renderToStaticMarkup(<CheckboxGroup legend="Exercises done" name="exerciseIds" options={options} selected={[]} />)).not.toContain("aria-describedby");
  });

  it("keeps ids unique when two groups share a name (the intake screen)", () => {
    const html = renderToStaticMarkup(
      <>
        <CheckboxGroup legend="Other diagnoses considered" name="intakeScreen" hint="Tick each one." options={options} selected={[]} />
        <CheckboxGroup legend="Red flags" name="intakeScreen" hint="Ask about each." options={options} selected={[]} errors={["Tick one."]} />
      </>,
    );
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    // Only the group showing the error marks its boxes, which is where focus goes.
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(2);
  });
});
