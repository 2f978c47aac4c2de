import { p, type EducationModule } from "./types";

export const changingYourRunning: EducationModule = {
  key: "changing-your-running",
  title: "Change your running rather than stop",
  summary: "You may not need to stop running: a small change, agreed with your therapist, can ease your knee.",
  body: [
    p("You may not need to stop running. Often, running a little less, or a little differently, is enough."),
    p("While your knee settles, run shorter or less often. Keep your pain within the limits in \"How much pain is OK\"."),
    p("One option is to take slightly shorter, quicker steps: about 5 to 10% more steps each minute. This can lower the load on your knee."),
    p("This change is optional. Only try it with your therapist. They will give you a target if it suits you."),
    p("Change one thing at a time, so you can tell what helps."),
  ],
  sources: ["esculier-2018", "willy-2019", "willson-2014", "stride"],
  evidence: { level: "moderate", basis: "clinical guideline (an option)" },
};
