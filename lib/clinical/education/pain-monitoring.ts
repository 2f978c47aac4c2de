import { DEFAULT_PAIN_MONITORING_LIMITS } from "../pain-log-types";
import { list, p, type EducationModule } from "./types";

// The same limit the triage rules and the pain guidance use, so the texts and the flags agree.
const LIMIT = DEFAULT_PAIN_MONITORING_LIMITS.acceptableExercisePain;

export const painMonitoring: EducationModule = {
  key: "pain-monitoring",
  title: "How much pain is OK",
  summary: `Some pain during exercise is OK: up to ${LIMIT} out of 10, if it has settled by the next morning.`,
  body: [
    p("You do not have to be free of pain to exercise. Some pain is safe. Check these three things:"),
    list(
      `During exercise or a run: pain up to ${LIMIT} out of 10 is OK.`,
      "The next morning: your knee should feel the way it usually does in the morning.",
      "Week to week: your pain should not creep up.",
    ),
    p("If one of these is not true, do less next time: fewer repetitions, less weight or a shorter run. Tell your therapist."),
    p("Morning pain back to your usual level means your knee handled the load."),
    p("Log your pain each day. Your therapist uses your log to adjust your plan."),
  ],
  sources: ["thomee-1997", "silbernagel-2007"],
  evidence: { level: "limited", basis: "small trials" },
};
