/**
 * Intake checklists for patellofemoral pain. Descriptive only: age, BMI and Q angle did not
 * predict PFP in a prospective meta-analysis (Neal et al., BJSM 2019), so no score is built from them.
 */
export const RISK_FACTORS = [
  { key: "overpronation", label: "Overpronation" },
  { key: "leg-length-discrepancy", label: "Leg-length discrepancy" },
  { key: "large-q-angle", label: "Large Q angle" },
  { key: "rotational-deformity", label: "Rotational deformity of hip or knee (femoral anteversion, genu varum)" },
  { key: "weak-vmo", label: "Weak VMO relative to the lateral quadriceps" },
  { key: "weak-hip-abductors", label: "Weak hip abductors or external rotators" },
  { key: "tight-soft-tissue", label: "Tight muscles or fascia around the knee" },
  { key: "training-load-spike", label: "Training load raised too fast" },
  { key: "unsupportive-footwear", label: "Unsupportive footwear" },
  { key: "high-bmi", label: "High BMI" },
] as const;

export const AGGRAVATING_ACTIVITIES = [
  { key: "running", label: "Running" },
  { key: "jumping", label: "Jumping" },
  { key: "hopping", label: "Hopping" },
  { key: "stairs", label: "Stairs" },
  { key: "squatting", label: "Squatting" },
  { key: "kneeling", label: "Kneeling" },
  { key: "long-sitting", label: "Sitting a long time with bent knees" },
  { key: "walking", label: "Walking" },
] as const;

export type RiskFactorKey = (typeof RISK_FACTORS)[number]["key"];
export type AggravatingActivityKey = (typeof AGGRAVATING_ACTIVITIES)[number]["key"];
