import { list, p, type EducationModule } from "./types";

export const runningLoad: EducationModule = {
  key: "running-load",
  title: "Running load and spikes",
  summary: "A run much longer than your longest run of the last 30 days raises the risk of injury.",
  body: [
    p("What matters most is each single run, not your weekly total."),
    p("Compare every run with your longest run in the last 30 days:"),
    list(
      "Shorter, or up to 10% longer: fine.",
      "More than 10% longer: a spike. In a study of about 5,200 runners, spikes like this were linked to more injuries.",
      "More than twice as long: a big spike, with the highest risk.",
    ),
    p("Your first run after 30 days or more without running counts as a spike too. Keep it short and easy."),
    p("You may have heard that you should add no more than 10% a week. Research does not support that rule. In the same study, the change from one week to the next was not linked to injury."),
    p("That study was of healthy runners. We use the same idea for runners getting back from a sore knee."),
  ],
  sources: ["frandsen-2025", "buist-2008", "nielsen-2014-jospt"],
  evidence: { level: "moderate", basis: "large cohort study" },
};
