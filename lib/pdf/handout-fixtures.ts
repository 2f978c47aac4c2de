import { EXERCISE_LIBRARY, type LibraryExercise } from "@/lib/clinical/exercise-library";
import { handoutPlanUrl, type ProtocolPdfData, type ProtocolPdfItem } from "./protocol-pdf-data";

/** A prescribed built-in exercise at its library dose (tests only). */
export function fromLibrary(key: string, overrides: Partial<ProtocolPdfItem> = {}): ProtocolPdfItem {
  const ex: LibraryExercise | undefined = EXERCISE_LIBRARY.find((e) => e.key === key);
  if (!ex) throw new Error(`No library exercise "${key}"`);
  return {
    name: ex.name, group: ex.group, sets: ex.sets, reps: ex.reps, holdSeconds: ex.holdSeconds,
    frequencyPerWeek: ex.frequencyPerWeek, eachSide: ex.eachSide, side: "both", load: null,
    note: ex.doseNote, instructions: ex.instructions, equipment: ex.equipment, libraryKey: ex.key, ...overrides,
  };
}

export const handoutBase: Omit<ProtocolPdfData, "items"> = {
  clinicName: "Riverside Physio",
  clinicPhone: "020 7946 0123",
  pageSize: "A4",
  patientName: "Zoë O'Neill-Smith",
  therapistName: "Sam Carter",
  title: "Runner's knee, phase 1",
  phase: 1,
  version: 3,
  startDate: "2025-03-03",
  versionDate: "2025-03-24",
  generatedOn: "2025-03-25",
  portalUrl: handoutPlanUrl("https://clinic.example"),
};

// Listed out of group order on purpose: the renderer must regroup them.
export const sevenItems: ProtocolPdfItem[] = [
  fromLibrary("quad-stretch"),
  fromLibrary("clamshell", { load: "Green band", note: "Keep your heels together throughout." }),
  fromLibrary("side-lying-leg-raise", { side: "right", eachSide: false, sets: 2, reps: 15 }),
  fromLibrary("banded-glute-bridge"),
  fromLibrary("straight-leg-raise", { load: "0.5 kg ankle weight" }),
  fromLibrary("single-leg-balance"),
  fromLibrary("foam-roll-quads"),
];
