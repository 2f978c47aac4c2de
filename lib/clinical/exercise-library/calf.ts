import { dumbbells, reps, seconds, STRENGTH_DAYS, type LibraryExercise } from "./types";

/** Calf and spring: calf raises (3 x 15-25 in the domain file), then hops and skipping before running. */
export const CALF: readonly LibraryExercise[] = [
  {
    key: "calf-raise-double", name: "Calf raise, both legs", type: "strengthening", group: "calf",
    target: "Calf (gastrocnemius and soleus)", equipment: "A step or the floor; a wall for balance",
    instructions: "Stand on both feet, lightly holding a wall. Rise up onto the balls of your feet as high as you can, pause, then lower slowly over about two seconds. Keep your weight over the big toe, not rolling out.",
    sets: 3, reps: 15, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: false, doseNote: null,
    progression: { progressesBy: ["reps", "ladder"], range: reps(10, 15, 25), load: null, easier: null, harder: "calf-raise-single" },
  },
  {
    key: "calf-raise-single", name: "Calf raise, one leg", type: "strengthening", group: "calf",
    target: "Calf (gastrocnemius and soleus)", equipment: "A step or the floor; a wall for balance; a dumbbell (optional)",
    instructions: "Stand on one foot, lightly holding a wall, the knee straight but not locked. Rise up onto the ball of the foot as high as you can, pause, then lower slowly over about two seconds. On a step, lower the heel just below the step.",
    sets: 3, reps: 15, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load"], range: reps(10, 15, 25), load: dumbbells(16, "dumbbell in the hand on the working side"), easier: "calf-raise-double", harder: null },
  },
  {
    key: "hop-double-leg", name: "Hops on both feet", type: "strengthening", group: "calf",
    target: "Calf and thigh: spring for running", equipment: "None; a firm, non-slip floor",
    instructions: "Stand with feet hip-width apart. Make small, quick, springy hops on the spot, landing softly on the balls of your feet with the knees slightly bent and pointing over your toes. Stay light and quiet. Stop the set if the knee pain builds.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: false, doseNote: "Before running: pain no more than 2/10.",
    progression: { progressesBy: ["reps", "ladder"], range: reps(6, 10, 20), load: null, easier: null, harder: "hop-single-leg" },
  },
  {
    key: "hop-single-leg", name: "Hops on one leg", type: "strengthening", group: "calf",
    target: "Calf and thigh: spring for running", equipment: "None; a firm, non-slip floor; a wall nearby",
    instructions: "Stand on one leg with the knee slightly bent. Make small, springy hops on the spot, landing softly on the ball of the foot with the kneecap over your second toe. Keep your hips level. Stop the set if the knee pain builds.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: true,
    doseNote: "Return-to-running entry includes 10-20 single-leg hops at pain 2/10 or less.",
    progression: { progressesBy: ["reps"], range: reps(6, 10, 20), load: null, easier: "hop-double-leg", harder: null },
  },
  {
    key: "skipping", name: "Skipping", type: "strengthening", group: "calf",
    target: "Calf and thigh: spring and rhythm for running", equipment: "A skipping rope (optional)",
    instructions: "Skip lightly on the balls of your feet, with or without a rope, as if jumping rope: small, quick, quiet bounces, knees soft and pointing over your toes. Rest between sets. Stop if the knee pain builds.",
    sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: STRENGTH_DAYS, eachSide: false, doseNote: "Seconds of skipping per set.",
    progression: { progressesBy: ["hold"], range: seconds(20, 30, 60), load: null, easier: null, harder: null },
  },
];
