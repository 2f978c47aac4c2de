import { ankleWeight, EARLY_DAYS, reps, type LibraryExercise } from "./types";

/** Hip strengthening lying down (non-weight-bearing): the early work of the domain file's library. */
export const HIP_LYING: readonly LibraryExercise[] = [
  {
    key: "clamshell", name: "Clam shell", type: "strengthening", group: "hip",
    target: "Hip abductors and external rotators", equipment: "Resistance band (optional)",
    instructions: "Lie on your side, hips and knees bent, feet together. Keeping your feet touching, open the top knee like a clam shell as far as you can without your pelvis rolling back, then close it slowly. A band just above the knees makes it harder.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: EARLY_DAYS, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load", "ladder"], range: reps(6, 10, 15), load: { kind: "band", max: 2 }, easier: null, harder: "side-lying-leg-raise" },
  },
  {
    key: "side-lying-leg-raise", name: "Side-lying leg raise (hip abduction)", type: "strengthening", group: "hip",
    target: "Hip abductors (gluteus medius)", equipment: "None, or an ankle weight",
    instructions: "Lie on your side with the lower knee bent for balance. Keep the top leg straight and slightly behind your body, toes pointing forward, and lift it about 30-40 cm. Lower slowly over two seconds. Keep your pelvis still: do not roll backwards.",
    sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: EARLY_DAYS, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load", "ladder"], range: reps(8, 12, 15), load: ankleWeight(1.5), easier: "clamshell", harder: "standing-hip-abduction" },
  },
  {
    key: "prone-hip-extension", name: "Prone hip extension (lying face down)", type: "strengthening", group: "hip",
    target: "Gluteus maximus and hip extensors", equipment: "None, or an ankle weight; a pillow",
    instructions: "Lie face down with a pillow under your hips and your forehead on your hands. Tighten your buttock, then lift one straight leg a hand's width off the floor. Keep your hips on the pillow and do not arch your lower back. Lower slowly. Nothing presses on your kneecap, which is why Stride uses this instead of the kneeling \"donkey kick\".",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: EARLY_DAYS, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load"], range: reps(6, 10, 15), load: ankleWeight(2), easier: null, harder: null },
  },
  {
    key: "banded-glute-bridge", name: "Glute bridge with a band around the thighs", type: "strengthening", group: "hip",
    target: "Gluteals and hip abductors", equipment: "Resistance band",
    instructions: "Lie on your back, knees bent, feet flat and hip-width apart, band just above the knees. Press your knees gently out against the band and lift your hips until your body is straight from shoulders to knees. Pause, then lower slowly.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: EARLY_DAYS, eachSide: false, doseNote: null,
    progression: { progressesBy: ["reps", "load"], range: reps(6, 10, 15), load: { kind: "band", max: 4 }, easier: null, harder: null },
  },
];
