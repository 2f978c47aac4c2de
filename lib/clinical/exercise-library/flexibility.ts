import { fixed, NOT_PROGRESSED, type LibraryExercise } from "./types";

/**
 * Flexibility and comfort work: optional, not treatment (no PFP trials; small short-term effects on
 * range of motion). Not progressed by rule. Rolling is minutes of rolling, not holds.
 */
export const FLEXIBILITY: readonly LibraryExercise[] = [
  {
    key: "quad-stretch", name: "Standing quadriceps stretch", type: "flexibility", group: "flexibility",
    target: "Thigh (quadriceps)", equipment: "None",
    instructions: "Stand tall holding a wall. Bend one knee and hold the ankle behind you, knees together and pelvis tucked under, until you feel a stretch at the front of the thigh. If holding the ankle hurts the knee, use a towel around the foot.",
    sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: 7, eachSide: true, doseNote: null,
    progression: { ...NOT_PROGRESSED, range: fixed(30) },
  },
  {
    key: "hamstring-stretch", name: "Hamstring stretch", type: "flexibility", group: "flexibility",
    target: "Hamstrings", equipment: "None",
    instructions: "Put your heel on a low step with the knee straight. Keeping your back long, lean forward from the hips until you feel a stretch behind the thigh. Do not bounce.",
    sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: 7, eachSide: true, doseNote: null,
    progression: { ...NOT_PROGRESSED, range: fixed(30) },
  },
  {
    key: "calf-stretch", name: "Calf stretch", type: "flexibility", group: "flexibility",
    target: "Gastrocnemius and soleus", equipment: "A wall",
    instructions: "Face a wall with one foot back, heel down and knee straight, and lean in until you feel the stretch in the calf. Then bend the back knee slightly, heel still down, to stretch lower in the calf.",
    sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: 7, eachSide: true, doseNote: null,
    progression: { ...NOT_PROGRESSED, range: fixed(30) },
  },
  {
    key: "foam-roll-quads", name: "Foam rolling, front of the thigh", type: "flexibility", group: "flexibility",
    target: "Thigh (quadriceps)", equipment: "Foam roller",
    instructions: "Lie face down with the roller under the front of one thigh, supported on your forearms. Roll slowly up and down, from just above the kneecap to the hip, for 1-2 minutes of rolling. Ease off on tender spots; it may feel strong but should not be sharp. Optional, for comfort.",
    sets: 1, reps: null, holdSeconds: 90, frequencyPerWeek: 7, eachSide: true, doseNote: "1-2 minutes of rolling per thigh (the time is rolling, not a hold).",
    progression: { ...NOT_PROGRESSED, range: fixed(90, 120) },
  },
  {
    key: "foam-roll-lateral-thigh", name: "Foam rolling, outer thigh", type: "flexibility", group: "flexibility",
    target: "Outer thigh (lateral thigh and iliotibial band)", equipment: "Foam roller",
    instructions: "Lie on your side with the roller under the outer thigh, top foot on the floor in front to control the pressure. Roll slowly between the hip and just above the knee for 1-2 minutes of rolling. Optional, for comfort.",
    sets: 1, reps: null, holdSeconds: 90, frequencyPerWeek: 7, eachSide: true, doseNote: "1-2 minutes of rolling per thigh (the time is rolling, not a hold).",
    progression: { ...NOT_PROGRESSED, range: fixed(90, 120) },
  },
  {
    key: "massage-gun-thigh", name: "Massage gun, thigh", type: "flexibility", group: "flexibility",
    target: "Thigh (quadriceps) and outer thigh", equipment: "Massage gun",
    instructions: "With the thigh relaxed, glide the massage gun slowly over the front and outer thigh for about a minute. Avoid the kneecap and any bony area. Stop if it causes sharp pain or numbness. Optional, for comfort.",
    sets: 1, reps: null, holdSeconds: 60, frequencyPerWeek: 7, eachSide: true, doseNote: "60 seconds per area. A conservative default: no published dose was found.",
    progression: { ...NOT_PROGRESSED, range: fixed(60) },
  },
];
