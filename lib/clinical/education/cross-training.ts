import { p, type EducationModule } from "./types";

export const crossTraining: EducationModule = {
  key: "cross-training",
  title: "Staying fit while it settles",
  summary: "Keep fit with activity that does not flare your knee, such as cycling with the saddle high enough.",
  body: [
    p("While your knee settles, you can keep fit in other ways."),
    p("Cycling is a good choice. Set the saddle high enough: a low saddle bends your knee more and loads your kneecap."),
    p("If you are not sure about your saddle height, ask your therapist."),
    p("Use the same pain limits as for your exercises. If it flares your knee, do less of it."),
  ],
  sources: ["stride"],
  evidence: { level: "stride", basis: "sensible relative rest; no trials" },
};
