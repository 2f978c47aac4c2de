import { dumbbells, reps, seconds, STRENGTH_DAYS, type LibraryExercise } from "./types";

/** Hip strengthening standing (weight-bearing): the harder rungs that follow the lying work. */
export const HIP_STANDING: readonly LibraryExercise[] = [
  {
    key: "standing-hip-abduction", name: "Standing hip abduction with a band", type: "strengthening", group: "hip-weight-bearing",
    target: "Hip abductors of both legs: the moving leg and the standing one", equipment: "Resistance band; a wall or counter",
    instructions: "Stand side-on to a wall or counter, lightly holding it, with a band around both ankles. Stand on the inner leg with the knee slightly bent and the kneecap over your second toe. Keeping your trunk upright and toes pointing forward, take the outer leg out to the side, about 20-30 cm, then bring it back slowly.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load", "ladder"], range: reps(6, 10, 15), load: { kind: "band", max: 4 }, easier: "side-lying-leg-raise", harder: "band-lateral-walk" },
  },
  {
    key: "band-lateral-walk", name: "Resistance-band lateral walk", type: "strengthening", group: "hip-weight-bearing",
    target: "Hip abductors", equipment: "Resistance band",
    instructions: "Place a band around your thighs or ankles. Bend your knees slightly and stand tall. Step sideways, keeping tension in the band and your knees pointing over your toes. Take the steps one way, then come back.",
    sets: 3, reps: 15, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: true, doseNote: "15 steps each way per set.",
    progression: { progressesBy: ["reps", "load"], range: reps(10, 15, 20), load: { kind: "band", max: 4 }, easier: "standing-hip-abduction", harder: null },
  },
  {
    key: "side-plank", name: "Side plank", type: "strengthening", group: "hip-weight-bearing",
    target: "Hip abductors and trunk", equipment: "A mat",
    instructions: "Lie on your side propped on your forearm, elbow under your shoulder. Start with your knees bent. Lift your hips so your body is straight from head to knees and hold, breathing normally. Lower gently. The harder version is the same with straight legs, resting on your feet.",
    sets: 3, reps: null, holdSeconds: 20, frequencyPerWeek: STRENGTH_DAYS, eachSide: true,
    doseNote: "Start from the knees. When 3 x 45 s on the knees is comfortable, move to the feet (edit the note and restart at 3 x 20 s).",
    progression: { progressesBy: ["hold"], range: seconds(10, 20, 45), load: null, easier: null, harder: null },
  },
  {
    key: "single-leg-balance", name: "Single-leg balance, knee slightly bent", type: "strengthening", group: "hip-weight-bearing",
    target: "Hip stabilisers and thigh (quadriceps)", equipment: "None",
    instructions: "Stand on one leg with the knee slightly bent and the kneecap in line with your second toe. Keep your pelvis level. Hold, rest briefly, and repeat. Stand near a wall or counter for safety.",
    sets: 10, reps: null, holdSeconds: 5, frequencyPerWeek: 7, eachSide: true, doseNote: "10 holds of 5 seconds.",
    progression: { progressesBy: ["hold"], range: seconds(5, 5, 30), load: null, easier: null, harder: null },
  },
  {
    key: "single-leg-rdl", name: "Single-leg Romanian deadlift", type: "strengthening", group: "hip-weight-bearing",
    target: "Gluteals, hamstrings and hip stabilisers", equipment: "None, or a dumbbell; a wall or chair nearby",
    instructions: "Stand on one leg with the knee slightly bent. Hinge forward at the hip, back straight, letting the other leg lift behind you as a counterweight, until you feel the back of the thigh working. Keep your hips level and the standing kneecap over your second toe. Squeeze your buttock to stand up tall. Hold a support at first if balance is hard.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load"], range: reps(6, 10, 12), load: dumbbells(16, "dumbbell in the opposite hand"), easier: null, harder: null },
  },
];
