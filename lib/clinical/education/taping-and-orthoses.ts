import { p, type EducationModule } from "./types";

export const tapingAndOrthoses: EducationModule = {
  key: "taping-and-orthoses",
  title: "Taping and foot insoles",
  summary: "Tape on the kneecap or ready-made insoles can help for a short time, with your exercises, if your therapist suggests them.",
  body: [
    p("Some people get short-term relief from tape on the kneecap. It helps most together with your exercises, not instead of them."),
    p("Ready-made foot insoles (orthoses) can also help for a short time, up to about 6 weeks."),
    p("Your therapist decides if either one suits you. If you use insoles, your therapist will check how they are going after 6 weeks."),
    p("Neither one replaces your exercises."),
  ],
  sources: ["willy-2019", "collins-2018"],
  evidence: { level: "moderate", basis: "clinical guideline (short-term option)" },
};
