import { optionalText } from "./form";

/** A therapist's optional note when reviewing flags: kept with the review for the record's history. */
export const reviewNoteField = optionalText(1000, "Keep the note under 1,000 characters");
