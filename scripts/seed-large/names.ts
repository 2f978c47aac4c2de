/**
 * The made-up people of the large seed (npm run db:seed:large): pure and reproducible, so the same
 * seed number always yields the same clinic. A small PRNG (mulberry32) picks from name lists drawn
 * from many languages, so trigram search meets the spread of letters a real clinic has: searching
 * "a" matches about three patients in four, as in a real list of names, rather than all or none.
 */

/** mulberry32: a 32-bit generator, tiny and good enough to spread test data (not for secrets). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  "Maria", "James", "Aisha", "Lukas", "Sofia", "Noah", "Yuki", "Omar", "Ingrid", "Mateo", "Clara", "Ravi", "Zoe", "Amir", "Leila",
  "Tomas", "Priya", "Samuel", "Hannah", "Kofi", "Elena", "Liam", "Mei", "Jonas", "Fatima", "Oscar", "Nina", "Diego", "Ruth", "Ahmed",
  "Greta", "Kenji", "Laura", "Pedro", "Signe", "Tariq", "Olivia", "Bruno", "Freya", "Sven", "Chidi", "Isabel", "Hamza", "Wen", "Rosa",
  "Marta", "Nour", "Piotr", "Joyce", "Tamar", "Lin", "Benedikt", "Grace", "Ines", "Olu", "Kwame", "Soren", "Judith", "Yusuf", "Helen",
];
const LAST_NAMES = [
  "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Byrne", "Haddad", "Kowalski", "Reyes", "Ferrari", "Nguyen", "Osei",
  "Petrov", "Brennan", "Yilmaz", "Costa", "Murphy", "Iversen", "Schmidt", "Dubois", "Kim", "Mbeki", "Rossi", "O'Neill", "Chen",
  "Fischer", "Hughes", "Kovacs", "Lopez", "Eriksson", "Wood", "Bell", "Jung", "Price", "Hill", "Ortiz", "Quinn", "Yoon", "Singh",
  "Lewis", "Ruiz", "Berg", "Holm", "Pohl", "Doyle", "Choi", "Stone", "Kruger", "Moss", "Wu", "Sorensen", "Gill", "Fox", "Obi",
];
/** Mail domains without an "a", so the address adds nothing to a search for "a" that the name does not. */
const DOMAINS = ["post.test", "inbox.test", "mymail.test", "web.test"];
const SIDES = ["left", "right", "both"] as const;

export type GeneratedPatient = {
  fullName: string;
  /** Null for about one patient in ten: not everyone gives an address. */
  email: string | null;
  dateOfBirth: string;
  affectedSide: (typeof SIDES)[number];
  /** Archived (discharged) patients: about one in ten. */
  archived: boolean;
  /** Days before the seed's "today" the record was created (0-1,500). */
  createdDaysAgo: number;
};

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** Day `offset` after 1940-01-01 as YYYY-MM-DD (UTC arithmetic: no time zone can shift it). */
const dayFrom1940 = (offset: number) => new Date(Date.UTC(1940, 0, 1 + offset)).toISOString().slice(0, 10);

/**
 * `count` patients from `seed`. Patient i's email carries i, so every address is unique within the
 * clinic (the database insists) while the names repeat the way real ones do.
 */
export function generatePatients(count: number, seed: number): GeneratedPatient[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const hasEmail = random() >= 0.1;
    const localPart = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "");
    return {
      fullName: `${first} ${last}`,
      email: hasEmail ? `${localPart}${i + 1}@${pick(random, DOMAINS)}` : null,
      // Born 1940-2009: adults and teenagers, as a runner's-knee caseload has.
      dateOfBirth: dayFrom1940(Math.floor(random() * 70 * 365)),
      affectedSide: pick(random, SIDES),
      archived: random() < 0.1,
      createdDaysAgo: Math.floor(random() * 1500),
    };
  });
}

/** The share of patients a case-insensitive substring search finds (name or email), as the table's ILIKE does. */
export function shareMatching(people: GeneratedPatient[], text: string): number {
  const needle = text.toLowerCase();
  const hits = people.filter((p) => p.fullName.toLowerCase().includes(needle) || (p.email ?? "").toLowerCase().includes(needle)).length;
  return people.length ? hits / people.length : 0;
}
