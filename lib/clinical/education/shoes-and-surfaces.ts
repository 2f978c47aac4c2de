import { p, type EducationModule } from "./types";

export const shoesAndSurfaces: EducationModule = {
  key: "shoes-and-surfaces",
  title: "Shoes and surfaces",
  summary: "No type of shoe or softer surface has been shown to prevent runner's knee; avoid sudden changes.",
  body: [
    p("Research has not shown that any type of shoe prevents runner's knee. That includes \"stability\" shoes."),
    p("Running on softer ground has not been shown to prevent it either."),
    p("In a study of new runners, feet that roll inwards were not linked to more injuries when they ran in neutral shoes."),
    p("If your shoes are comfortable, keep them. If you do change shoes or where you run, change slowly, not all at once."),
  ],
  sources: ["willy-2019", "nielsen-2014-bjsm", "stride"],
  evidence: { level: "limited", basis: "no study shows a benefit" },
};
