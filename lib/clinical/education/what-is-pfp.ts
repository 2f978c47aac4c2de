import { list, p, type EducationModule } from "./types";

export const whatIsPfp: EducationModule = {
  key: "what-is-pfp",
  title: "What runner's knee is",
  summary: "Pain around your kneecap that gets better with the right exercise and the right load.",
  body: [
    p("Runner's knee is pain around or behind your kneecap. Its medical name is patellofemoral pain."),
    p("It often hurts most when your knee bends while it carries your weight. For example:"),
    list("running, jumping or hopping", "going up or down stairs", "squatting or kneeling", "sitting for a long time with your knees bent"),
    p("A grinding or clicking feeling in the knee is common. It is usually harmless, so you do not need to check it every day."),
    p("Exercise for your hips and thighs is the treatment with the strongest evidence. It is the main part of your plan."),
    p("For some people it takes a long time to go away. About half still have some pain 5 to 8 years later. That is why learning to manage the load on your knee is part of your treatment, not an extra."),
  ],
  sources: ["willy-2019", "crossley-2016"],
  evidence: { level: "strong", basis: "clinical guideline" },
};
