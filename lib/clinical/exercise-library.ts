
/**
 * The built-in runner's-knee (patellofemoral pain) library. Doses are defaults a therapist edits
 * per patient; sources are in docs/clinical/runners-knee.md. Instructions are Stride's own words.
 */
/**
 * What an exercise does, and how clinicians group the programme (the domain file's library: hip
 * non-weight-bearing, hip weight-bearing, thigh, calf and spring, flexibility); db/schema stores these.
 */
export const EXERCISE_TYPES = ["strengthening", "flexibility"] as const;
export const EXERCISE_GROUPS = ["hip", "hip-weight-bearing", "quadriceps", "calf", "flexibility"] as const;
export type ExerciseType = (typeof EXERCISE_TYPES)[number];
export type ExerciseGroup = (typeof EXERCISE_GROUPS)[number];

export type LibraryExercise = {
  key: string;
  name: string;
  type: ExerciseType;
  group: ExerciseGroup;
  target: string;
  equipment: string;
  instructions: string;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  frequencyPerWeek: number;
  eachSide: boolean;
  doseNote: string | null;
  /** How a suggestion moves this exercise's dose on or back (docs/clinical/exercise-ladders.md). */
  progression: ExerciseProgression;
};

/**
 * What a progression can change, in the order it is tried: the per-set amount first ("reps", or
 * "hold" seconds) up to the top of the range, then the next load or the next rung of the ladder.
 * An empty list: Stride does not suggest dose changes for this exercise (flexibility and comfort work).
 */
export type ProgressionStep = "reps" | "hold" | "load" | "ladder";

/** Per-set amount, in reps or seconds: a regression never goes below floor; start is the library default. */
export type AmountRange = { floor: number; start: number; top: number; step: number };

/**
 * How load is added. "kg": a weight named in kilograms in the load text ("0.5 kg ankle weight"),
 * from `first` in `step`s up to `max`. "band": the next band in a colour or light-to-heavy
 * sequence (lib/clinical/dose-steps.ts), up to the `max`-th band of the sequence.
 */
export type LoadScheme =
  | { kind: "kg"; label: string; first: number; step: number; max: number }
  | { kind: "band"; max: number };

export type ExerciseProgression = {
  progressesBy: readonly ProgressionStep[];
  range: AmountRange;
  load: LoadScheme | null;
  /** Library keys of the ladder neighbours, or null at either end. */
  easier: string | null;
  harder: string | null;
};

const reps = (floor: number, start: number, top: number): AmountRange => ({ floor, start, top, step: 2 });
const fixed = (seconds: number, top = seconds): AmountRange => ({ floor: seconds, start: seconds, top, step: 0 });
const ankleWeight = (max: number): LoadScheme => ({ kind: "kg", label: "ankle weight", first: 0.5, step: 0.5, max });
const NOT_PROGRESSED = { progressesBy: [], load: null, easier: null, harder: null } as const;

export const EXERCISE_LIBRARY: readonly LibraryExercise[] = [
  {
    key: "side-lying-leg-raise", name: "Side-lying leg raise (hip abduction)", type: "strengthening", group: "hip",
    target: "Hip abductors (gluteus medius)", equipment: "None, or an ankle weight",
    instructions: "Lie on your side with the lower knee bent for balance. Keep the top leg straight and slightly behind your body, toes pointing forward, and lift it about 30-40 cm. Lower slowly over two seconds. Keep your pelvis still: do not roll backwards.",
    sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load", "ladder"], range: reps(8, 12, 15), load: ankleWeight(1.5), easier: "clamshell", harder: "band-lateral-walk" },
  },
  {
    key: "clamshell", name: "Clam shell", type: "strengthening", group: "hip",
    target: "Hip abductors and external rotators", equipment: "Resistance band (optional)",
    instructions: "Lie on your side, hips and knees bent, feet together. Keeping your feet touching, open the top knee like a clam shell as far as you can without your pelvis rolling back, then close it slowly. A band just above the knees makes it harder.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load", "ladder"], range: reps(6, 10, 15), load: { kind: "band", max: 2 }, easier: null, harder: "side-lying-leg-raise" },
  },
  {
    key: "donkey-kick", name: "Donkey kick (hip extension on all fours)", type: "strengthening", group: "hip",
    target: "Gluteus maximus and hip extensors", equipment: "None",
    instructions: "Start on hands and knees with your back flat. Keeping the knee bent at a right angle, push one foot up towards the ceiling until the thigh is level with your back. Do not arch your lower back. Lower with control.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load"], range: reps(6, 10, 15), load: ankleWeight(2), easier: null, harder: null },
  },
  {
    key: "band-lateral-walk", name: "Resistance-band lateral walk", type: "strengthening", group: "hip",
    target: "Hip abductors", equipment: "Resistance band",
    instructions: "Place a band around your thighs or ankles. Bend your knees slightly and stand tall. Step sideways, keeping tension in the band and your knees pointing over your toes. Take the steps one way, then come back.",
    sets: 3, reps: 15, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, doseNote: "15 steps each way per set.",
    progression: { progressesBy: ["reps", "load"], range: reps(10, 15, 20), load: { kind: "band", max: 4 }, easier: "side-lying-leg-raise", harder: null },
  },
  {
    key: "banded-glute-bridge", name: "Glute bridge with a band around the thighs", type: "strengthening", group: "hip",
    target: "Gluteals and hip abductors", equipment: "Resistance band",
    instructions: "Lie on your back, knees bent, feet flat and hip-width apart, band just above the knees. Press your knees gently out against the band and lift your hips until your body is straight from shoulders to knees. Pause, then lower slowly.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: false, doseNote: null,
    progression: { progressesBy: ["reps", "load"], range: reps(6, 10, 15), load: { kind: "band", max: 4 }, easier: null, harder: null },
  },
  {
    key: "straight-leg-raise", name: "Straight-leg raise", type: "strengthening", group: "quadriceps",
    target: "Quadriceps and vastus medialis obliquus (VMO)", equipment: "None, or an ankle weight",
    instructions: "Lie on your back with the other knee bent. Tighten the front of the thigh so the knee locks straight, then lift the leg to the height of the bent knee. Hold for a moment and lower slowly, keeping the thigh muscle tight throughout.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true,
    doseNote: "Add 2 reps a session up to 3 x 40, then add a 0.5 kg ankle weight and start again at 3 x 10.",
    progression: { progressesBy: ["reps", "load"], range: reps(6, 10, 15), load: ankleWeight(3), easier: null, harder: null },
  },
  {
    key: "banded-squat", name: "Squat with a band around the thighs", type: "strengthening", group: "quadriceps",
    target: "Quadriceps (VMO) and hip abductors", equipment: "Resistance band",
    instructions: "Stand with feet hip-width apart and a band just above the knees. Sit back as if onto a high chair, bending the knees only to about 40 degrees and only as far as is pain-free. Keep the knees pushed out over the toes against the band. Stand up tall.",
    sets: 4, reps: 10, holdSeconds: null, frequencyPerWeek: 7, eachSide: false, doseNote: null,
    progression: { progressesBy: ["reps", "ladder"], range: reps(6, 10, 15), load: null, easier: null, harder: "split-squat" },
  },
  {
    key: "single-leg-balance", name: "Single-leg balance, knee slightly bent", type: "strengthening", group: "quadriceps",
    target: "Quadriceps (VMO) and hip stabilisers", equipment: "None",
    instructions: "Stand on one leg with the knee slightly bent and the kneecap in line with your second toe. Keep your pelvis level. Hold, rest briefly, and repeat. Stand near a wall or counter for safety.",
    sets: 10, reps: null, holdSeconds: 5, frequencyPerWeek: 7, eachSide: true, doseNote: "10 holds of 5 seconds.",
    progression: { progressesBy: ["hold"], range: { floor: 5, start: 5, top: 30, step: 5 }, load: null, easier: null, harder: null },
  },
  {
    key: "split-squat", name: "Split squat", type: "strengthening", group: "quadriceps",
    target: "Quadriceps (VMO) and gluteals", equipment: "None, or dumbbells",
    instructions: "Stand in a long stride, back heel raised. Lower straight down by bending both knees, keeping the front knee over the middle of the foot, to a depth that stays pain-free. Push back up through the front heel.",
    sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, eachSide: true, doseNote: null,
    progression: { progressesBy: ["reps", "load"], range: reps(6, 10, 12), load: { kind: "kg", label: "dumbbell in each hand", first: 2, step: 2, max: 20 }, easier: "banded-squat", harder: null },
  },
  {
    key: "foam-roll-quads", name: "Foam rolling, front of the thigh", type: "flexibility", group: "flexibility",
    target: "Quadriceps", equipment: "Foam roller",
    instructions: "Lie face down with the roller under the front of one thigh, supported on your forearms. Roll slowly from just above the kneecap to the hip. Pause on tender spots; it may feel strong but should not be sharp.",
    sets: 2, reps: null, holdSeconds: 60, frequencyPerWeek: 7, eachSide: true, doseNote: null,
    progression: { ...NOT_PROGRESSED, range: fixed(60, 120) },
  },
  {
    key: "foam-roll-lateral-thigh", name: "Foam rolling, outer thigh", type: "flexibility", group: "flexibility",
    target: "Lateral thigh and iliotibial band", equipment: "Foam roller",
    instructions: "Lie on your side with the roller under the outer thigh, top foot on the floor in front to control the pressure. Roll slowly between the hip and just above the knee.",
    sets: 2, reps: null, holdSeconds: 60, frequencyPerWeek: 7, eachSide: true, doseNote: null,
    progression: { ...NOT_PROGRESSED, range: fixed(60, 120) },
  },
  {
    key: "massage-gun-thigh", name: "Massage gun, thigh", type: "flexibility", group: "flexibility",
    target: "Quadriceps and lateral thigh", equipment: "Massage gun",
    instructions: "With the thigh relaxed, glide the massage gun slowly over the front and outer thigh. Avoid the kneecap and any bony area. Stop if it causes sharp pain or numbness.",
    sets: 1, reps: null, holdSeconds: 60, frequencyPerWeek: 7, eachSide: true, doseNote: "60 seconds per area. A conservative default: no published dose was found.",
    progression: { ...NOT_PROGRESSED, range: fixed(60) },
  },
  {
    key: "quad-stretch", name: "Standing quadriceps stretch", type: "flexibility", group: "flexibility",
    target: "Quadriceps", equipment: "None",
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
];

/** Starter templates each clinic receives; kept short because adherence falls as programmes grow. */
export const STARTER_TEMPLATES = [
  {
    name: "Runner's knee, phase 1",
    phase: 1,
    description: "Early hip and quadriceps strengthening with flexibility work. Pain during exercise up to 5/10 is acceptable if it settles by the next morning.",
    exerciseKeys: ["clamshell", "side-lying-leg-raise", "banded-glute-bridge", "straight-leg-raise", "single-leg-balance", "quad-stretch", "foam-roll-quads"],
  },
  {
    name: "Runner's knee, phase 2",
    phase: 2,
    description: "Adds loaded hip and knee strengthening once phase 1 is comfortable.",
    exerciseKeys: ["clamshell", "side-lying-leg-raise", "banded-glute-bridge", "straight-leg-raise", "single-leg-balance", "band-lateral-walk", "banded-squat", "split-squat", "donkey-kick", "quad-stretch", "foam-roll-quads"],
  },
] as const;
