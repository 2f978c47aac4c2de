import { describe, expect, it } from "vitest";
import { createRandom, generatePatients, shareMatching } from "./names";

describe("the large seed's generator", () => {
  it("repeats itself exactly for one seed number and differs for another", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    expect(generatePatients(200, 7)).toEqual(generatePatients(200, 7));
    expect(generatePatients(200, 7)).not.toEqual(generatePatients(200, 8));
  });

  it("draws numbers in [0, 1) spread across the range", () => {
    const random = createRandom(1);
    const values = Array.from({ length: 10_000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const lowerHalf = values.filter((v) => v < 0.5).length / values.length;
    expect(lowerHalf).toBeGreaterThan(0.45);
    expect(lowerHalf).toBeLessThan(0.55);
  });

  it("makes a search for 'a' match about three patients in four, as the benchmark's table view assumes", () => {
    const people = generatePatients(20_000, 2026);
    expect(shareMatching(people, "a")).toBeGreaterThan(0.68);
    expect(shareMatching(people, "a")).toBeLessThan(0.82);
    // A rarer letter matches far fewer: the names are varied, not one repeated shape.
    expect(shareMatching(people, "q")).toBeLessThan(0.1);
  });

  it("gives every patient a unique address when it gives one, and leaves about one in ten without", () => {
    const people = generatePatients(5000, 3);
    const emails = people.map((p) => p.email).filter((e): e is string => e !== null);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((e) => /^[a-z.]+\d+@[a-z]+\.test$/.test(e))).toBe(true);
    expect(1 - emails.length / people.length).toBeGreaterThan(0.07);
    expect(1 - emails.length / people.length).toBeLessThan(0.13);
  });

  it("gives valid birth dates and sides", () => {
    for (const p of generatePatients(1000, 9)) {
      expect(p.dateOfBirth).toMatch(/^(19[4-9]\d|200\d)-\d\d-\d\d$/);
      expect(["left", "right", "both"]).toContain(p.affectedSide);
    }
  });
});
