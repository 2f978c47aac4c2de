import { p, type EducationModule } from "./types";

export const loadAndCapacity: EducationModule = {
  key: "load-and-capacity",
  title: "Load and capacity",
  summary: "Your knee hurts when it gets more load than it can handle for now; exercise builds what it can handle.",
  body: [
    p("Load is everything you ask your knee to do: walking, stairs, sport, running and your exercises."),
    p("Capacity is how much load your knee can handle right now."),
    p("When the load is more than your knee can handle for a while, it gets sore."),
    p("Two things help. Take away some of the load that makes it worse for a while. And build up what your knee can handle with your exercises."),
    p("To calm a sore knee down, do less of what makes it worse for a few days. Then build back up, step by step. You do not need to rest completely."),
    p("Your therapist will make your exercises harder bit by bit as your knee gets stronger."),
  ],
  sources: ["esculier-2018", "winters-2021", "willy-2019"],
  evidence: { level: "moderate", basis: "randomised trial and clinical guideline" },
};
