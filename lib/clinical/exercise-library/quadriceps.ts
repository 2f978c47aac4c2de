import { ankleWeight, dumbbells, EARLY_DAYS, reps, seconds, STRENGTH_DAYS, type LibraryExercise } from "./types";

const KNEE_OVER_TOES = "Keep the kneecap pointing over your second toe: do not let it fall inwards.";

/**
 * Thigh (quadriceps) strengthening. "VMO" is not used: selective VMO training is no better than
 * general quadriceps training (domain file; docs/clinical/exercise-ladders.md).
 */
export const QUADRICEPS: readonly LibraryExercise[] = [
  {
    key: "wall-sit", name: "Wall sit (isometric)", type: "strengthening", group: "quadriceps",
    target: "Thigh (quadriceps)", equipment: "A wall",
    instructions: `Stand with your back against a wall, feet about a foot's length in front of you. Slide down until your knees are slightly bent, only as far as is comfortable, and hold still. ${KNEE_OVER_TOES} The knee often feels easier after a few holds; if the pain builds during a hold, come up a little higher.`,
    sets: 5, reps: null, holdSeconds: 30, frequencyPerWeek: 7, eachSide: false,
    doseNote: "Early, for pain relief as well as strength. Depth: pain no more than 5/10 and settled by the next morning.",
    progression: { progressesBy: ["hold"], range: seconds(15, 30, 45), load: null, easier: null, harder: null },
  },
  {
    key: "straight-leg-raise", name: "Straight-leg raise", type: "strengthening", group: "quadriceps",
    target: "Thigh (quadriceps)", equipment: "None, or an ankle weight",
    instructions: "Lie on your back with the other knee bent. Tighten the front of the thigh so the knee locks straight, then lift the leg to the height of the bent knee. Hold for a moment and lower slowly, keeping the thigh muscle tight throughout.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: EARLY_DAYS, eachSide: true,
    doseNote: "At 3 x 15, add a 0.5 kg ankle weight and go back to 3 x 10.",
    progression: { progressesBy: ["reps", "load"], range: reps(6, 10, 15), load: ankleWeight(3), easier: null, harder: null },
  },
  {
    key: "seated-knee-extension", name: "Seated knee extension, 90 to 45 degrees", type: "strengthening", group: "quadriceps",
    target: "Thigh (quadriceps)", equipment: "Resistance band and a chair, or a knee-extension machine",
    instructions: "Sit tall on a chair with a band looped around your ankle and tied to the chair leg behind you. Starting with the knee bent at a right angle, straighten it halfway (to about 45 degrees), not all the way, then lower slowly. This range keeps the load on the kneecap lower.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load"], range: reps(6, 10, 12), load: { kind: "band", max: 4 }, easier: null, harder: null },
  },
  {
    key: "leg-press", name: "Leg press, 0 to 45 degrees", type: "strengthening", group: "quadriceps",
    target: "Thigh (quadriceps) and gluteals", equipment: "Leg-press machine",
    instructions: `Sit in the machine with your feet hip-width apart on the plate. Press until your legs are straight but not locked, then let the knees bend back only to about 45 degrees (not deeper), slowly. ${KNEE_OVER_TOES}`,
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: false,
    doseNote: "Choose a weight the patient can press about 10-12 times with good control.",
    progression: { progressesBy: ["reps", "load"], range: reps(6, 10, 12), load: { kind: "kg", label: "on the leg press", first: 10, step: 5, max: 200 }, easier: null, harder: null },
  },
  {
    key: "banded-squat", name: "Squat with a band around the thighs", type: "strengthening", group: "quadriceps",
    target: "Thigh (quadriceps) and hip abductors", equipment: "Resistance band",
    instructions: "Stand with feet hip-width apart and a band just above the knees. Sit back as if onto a high chair, bending the knees only to about 40 degrees and only as far as is pain-free. Keep the knees pushed out over the toes against the band. Stand up tall.",
    sets: 4, reps: 10, holdSeconds: null, frequencyPerWeek: 7, eachSide: false, doseNote: null,
    progression: { progressesBy: ["reps", "ladder"], range: reps(6, 10, 15), load: null, easier: null, harder: "split-squat" },
  },
  {
    key: "split-squat", name: "Split squat", type: "strengthening", group: "quadriceps",
    target: "Thigh (quadriceps) and gluteals", equipment: "None, or dumbbells",
    instructions: "Stand in a long stride, back heel raised. Lower straight down by bending both knees, keeping the front knee over the middle of the foot, to a depth that stays pain-free. Push back up through the front heel.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load", "ladder"], range: reps(6, 10, 12), load: dumbbells(20), easier: "banded-squat", harder: "step-up" },
  },
  {
    key: "step-up", name: "Step-up", type: "strengthening", group: "quadriceps",
    target: "Thigh (quadriceps) and gluteals", equipment: "A step or sturdy box; dumbbells (optional)",
    instructions: `Put one whole foot on a low step. Lean slightly forward and push through that heel to step up until the leg is straight, without pushing off the back foot. Step down slowly with the other leg. ${KNEE_OVER_TOES} Start with a low step; a higher one is harder.`,
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: true, doseNote: "Start on a step of about 15-20 cm.",
    progression: { progressesBy: ["reps", "load", "ladder"], range: reps(6, 10, 12), load: dumbbells(16), easier: "split-squat", harder: "forward-step-down" },
  },
  {
    key: "forward-step-down", name: "Forward step-down", type: "strengthening", group: "quadriceps",
    target: "Thigh (quadriceps) and hip stabilisers", equipment: "A low step; a wall or rail nearby",
    instructions: `Stand on a low step. Slowly bend the standing knee to lower the other heel towards the floor in front of the step, touch lightly, and straighten up again. Keep your hips level. ${KNEE_OVER_TOES} Hold a rail if you need to.`,
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: true, doseNote: "Start on a step of about 10-15 cm; raise it as control improves.",
    progression: { progressesBy: ["reps", "ladder"], range: reps(6, 10, 12), load: null, easier: "step-up", harder: "lateral-step-down" },
  },
  {
    key: "lateral-step-down", name: "Lateral step-down", type: "strengthening", group: "quadriceps",
    target: "Thigh (quadriceps) and hip stabilisers", equipment: "A step; dumbbells (optional)",
    instructions: `Stand side-on at the edge of a step. Slowly bend the standing knee to lower the other heel towards the floor beside the step, touch lightly, and straighten up. Keep your hips level and your trunk upright. ${KNEE_OVER_TOES}`,
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: STRENGTH_DAYS, eachSide: true, doseNote: "Start on a step of about 10-15 cm; raise it as control improves.",
    progression: { progressesBy: ["reps", "load"], range: reps(6, 10, 12), load: dumbbells(10), easier: "forward-step-down", harder: null },
  },
];
