import { describe, expect, it } from "vitest";
import { z } from "zod";
import { clinicSettingsSchema, selectableTimeZones } from "./clinic";

const valid = { name: " Riverside Physio ", timeZone: "Europe/London", phone: "+44 (0)20 7946 0958", pdfPageSize: "A4" };
const errorsOf = (input: unknown) => {
  const r = clinicSettingsSchema.safeParse(input);
  return r.success ? {} : (z.flattenError(r.error).fieldErrors as Record<string, string[]>);
};

describe("clinicSettingsSchema", () => {
  it("parses the form, trimming the name and phone", () => {
    expect(clinicSettingsSchema.parse({ ...valid, phone: " 555.867.5309 " })).toEqual({
      name: "Riverside Physio", timeZone: "Europe/London", phone: "555.867.5309", pdfPageSize: "A4",
    });
  });

  it("stores an empty zone as null (the server's zone) and an empty phone as null", () => {
    expect(clinicSettingsSchema.parse({ ...valid, timeZone: "", phone: "" })).toMatchObject({ timeZone: null, phone: null });
    expect(clinicSettingsSchema.parse({ ...valid, phone: undefined }).phone).toBeNull();
  });

  it("refuses an unknown zone with a message naming it", () => {
    expect(errorsOf({ ...valid, timeZone: "Mars/Olympus_Mons" }).timeZone).toEqual([
      '"Mars/Olympus_Mons" is not a time zone this server knows. Choose one from the list, such as Europe/London.',
    ]);
    expect(errorsOf({ ...valid, timeZone: undefined }).timeZone).toEqual(["Choose a time zone."]);
  });

  it("stores a zone in the runtime's own spelling, so the form's list selects it", () => {
    expect(clinicSettingsSchema.parse({ ...valid, timeZone: "europe/london" }).timeZone).toBe("Europe/London");
    expect(clinicSettingsSchema.parse({ ...valid, timeZone: "UTC" }).timeZone).toBe("UTC");
  });

  it("takes phone numbers loosely but refuses letters, too short, too long and punctuation alone", () => {
    for (const phone of ["020 7946 0958", "+1 (555) 867-5309", "555.867.5309", "123456"]) expect(errorsOf({ ...valid, phone })).toEqual({});
    for (const phone of ["call us", "12345", "1".repeat(31), "+-().  ", "info@clinic.test"]) expect(errorsOf({ ...valid, phone })).toEqual({ phone: ["Enter a phone number of 6 to 30 characters: digits, spaces and + - ( ) . only."] });
  });

  it("needs a name and a paper size from the list", () => {
    const errors = errorsOf({ ...valid, name: "  ", pdfPageSize: "A3" });
    expect(errors.name).toEqual(["Enter clinic name."]);
    expect(errors.pdfPageSize).toEqual(["Choose A4 or Letter."]);
  });
});

describe("selectableTimeZones", () => {
  it("lists UTC first, then the runtime's zones, and keeps a current zone the list lacks", () => {
    const zones = selectableTimeZones(null);
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Europe/London");
    expect(new Set(zones).size).toBe(zones.length);
    expect(selectableTimeZones("Etc/GMT-14")).toContain("Etc/GMT-14");
  });
});
