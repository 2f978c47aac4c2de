import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RED_FLAG_KEYS } from "../red-flags";
import {
  chosenEducationModules, defaultEducationModules, EDUCATION_MODULE_KEYS, EDUCATION_MODULES, EDUCATION_SOURCES, educationModule,
  evidenceLabel, inReadingOrder, isRunner,
} from "./index";
import { RED_FLAG_SIGNS } from "./when-to-contact";

const DOC = readFileSync(path.join(process.cwd(), "docs/clinical/education.md"), "utf8");

function mod(key: string) {
  const found = educationModule(key);
  if (!found) throw new Error(`No module ${key}`);
  return found;
}

const allText = (m: (typeof EDUCATION_MODULES)[number]) =>
  [m.title, m.summary, ...m.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.items))];

describe("education module data", () => {
  it("has one module per key, in the catalogue order", () => {
    expect(EDUCATION_MODULES.map((m) => m.key)).toEqual([...EDUCATION_MODULE_KEYS]);
  });

  it("cites, for every module, sources that are listed in docs/clinical/education.md", () => {
    for (const m of EDUCATION_MODULES) {
      expect(m.sources.length, m.key).toBeGreaterThan(0);
      for (const source of m.sources) {
        expect(Object.keys(EDUCATION_SOURCES)).toContain(source);
        expect(DOC, `${m.key} cites ${source}`).toContain(`\`${source}\`:`);
      }
      // Each module has its own row in the doc's table.
      expect(DOC).toContain(`| \`${m.key}\` | ${m.title} |`);
    }
  });

  it("keeps each module short: a one-line summary and a body a phone reader finishes", () => {
    for (const m of EDUCATION_MODULES) {
      expect(m.summary.length, m.key).toBeLessThanOrEqual(130);
      expect(m.summary).not.toContain("\n");
      const words = allText(m).join(" ").split(/\s+/).length;
      expect(words, m.key).toBeLessThan(260);
    }
  });

  it("writes short sentences (plain words, reading age about 12)", () => {
    for (const m of EDUCATION_MODULES) {
      for (const text of allText(m)) {
        for (const sentence of text.split(/(?<=[.!?:])\s+/)) {
          expect(sentence.split(/\s+/).length, `${m.key}: ${sentence}`).toBeLessThanOrEqual(26);
        }
      }
    }
  });

  it("never names a drug: medicines go to the doctor or pharmacist", () => {
    const everything = EDUCATION_MODULES.flatMap(allText).join(" ");
    expect(everything).not.toMatch(/ibuprofen|paracetamol|acetaminophen|naproxen|aspirin|NSAID|anti-inflammator|glucosamine|collagen|supplement/i);
    expect(everything).toContain("ask your doctor or pharmacist");
  });

  it("names every red flag in 'When to contact the clinic'", () => {
    expect(Object.keys(RED_FLAG_SIGNS).sort()).toEqual([...RED_FLAG_KEYS].sort());
    const body = allText(mod("when-to-contact"));
    for (const sign of Object.values(RED_FLAG_SIGNS)) expect(body).toContain(sign);
  });

  it("says the pain limit the flags use, and the spike reference the run rule uses", () => {
    expect(mod("pain-monitoring").summary).toBe("Some pain during exercise is OK: up to 5 out of 10, if it has settled by the next morning.");
    expect(allText(mod("running-load")).join(" ")).toMatch(/longest run in the last 30 days.*Research does not support that rule/s);
  });

  it("labels evidence in plain words", () => {
    expect(evidenceLabel({ level: "strong", basis: "clinical guideline" })).toBe("Strong evidence: clinical guideline");
    expect(evidenceLabel({ level: "stride", basis: "safety advice" })).toBe("Stride's advice: safety advice");
  });
});

describe("the default set and a plan's choice", () => {
  it("gives everyone the four core modules and runners running load too", () => {
    expect(defaultEducationModules({ runner: false })).toEqual(["what-is-pfp", "load-and-capacity", "pain-monitoring", "when-to-contact"]);
    expect(defaultEducationModules({ runner: true })).toEqual(["what-is-pfp", "load-and-capacity", "pain-monitoring", "running-load", "when-to-contact"]);
    for (const key of defaultEducationModules({ runner: true })) expect(educationModule(key)?.key).toBe(key);
  });

  it("calls a patient a runner when running aggravates the knee or they are on the walk-run programme", () => {
    expect(isRunner({ aggravatingActivities: ["stairs", "running"] }, null)).toBe(true);
    expect(isRunner({ aggravatingActivities: ["stairs"] }, 3)).toBe(true);
    expect(isRunner({ aggravatingActivities: ["stairs"] }, null)).toBe(false);
  });

  it("reads null as the default set and a stored list in reading order, skipping retired keys", () => {
    expect(chosenEducationModules(null, { runner: false }).map((m) => m.key)).toEqual(defaultEducationModules({ runner: false }));
    expect(chosenEducationModules(["when-to-contact", "retired-key", "shoes-and-surfaces"], { runner: true }).map((m) => m.key))
      .toEqual(["shoes-and-surfaces", "when-to-contact"]);
    expect(inReadingOrder(["running-load", "what-is-pfp", "running-load"])).toEqual(["what-is-pfp", "running-load"]);
  });
});
