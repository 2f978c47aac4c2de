import type { RedFlagKey } from "../red-flags";
import { list, p, type EducationModule } from "./types";

/** One line per red flag (red-flags.ts): typed by its keys, so a new red flag cannot be left out here. */
export const RED_FLAG_SIGNS: Record<RedFlagKey, string> = {
  "locking-giving-way": "Your knee locks, or gives way under you.",
  "hot-red-swollen-fever": "Your knee is hot, red or swollen, or you have a fever.",
  "calf-pain-swelling": "You have pain or swelling in your calf.",
  "night-rest-pain-worse": "Pain at night or at rest keeps getting worse.",
  "new-injury": "You have a new injury, such as a fall or a twist.",
};

export const whenToContact: EducationModule = {
  key: "when-to-contact",
  title: "When to contact the clinic",
  summary: "Some signs are not typical of runner's knee: if you notice one, contact the clinic the same day.",
  body: [
    p("Contact the clinic the same day if you notice any of these:"),
    list(...Object.values(RED_FLAG_SIGNS)),
    p("Runner's knee does not usually swell. Swelling is a reason to call the clinic, not to treat it yourself."),
    p("Stop your exercises and running until you have spoken to the clinic."),
    p("If you feel very unwell or cannot reach the clinic, get urgent medical help."),
    p("For questions about medicines, ask your doctor or pharmacist."),
  ],
  sources: ["willy-2019", "stride"],
  evidence: { level: "stride", basis: "safety advice" },
};
