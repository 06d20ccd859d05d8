// The language-neutral vocabulary cases are drawn from; each story language names every key in its own words.
// Names are chosen to read naturally in English and Spanish and to be unlike any common word.

export const PLACES = [
  "library", "study", "conservatory", "kitchen", "billiard-room", "music-room", "dining-room", "gallery",
  "greenhouse", "cellar", "terrace", "chapel", "boathouse", "stables", "ballroom", "attic",
] as const;
export type PlaceKey = (typeof PLACES)[number];

export const CRIME_KINDS = ["theft", "poisoning", "sabotage"] as const;
export type CrimeKind = (typeof CRIME_KINDS)[number];

export const TARGETS = {
  theft: ["necklace", "manuscript", "medal", "miniature", "snuffbox"],
  poisoning: ["wine", "tea", "brandy", "coffee"],
  sabotage: ["telescope", "printing-press", "orrery", "generator"],
} as const satisfies Record<CrimeKind, readonly string[]>;
export type TargetKey = (typeof TARGETS)[CrimeKind][number];

export const CONTAINERS = {
  theft: ["display-case", "safe", "strongbox"],
  poisoning: ["medicine-cabinet", "poison-cupboard"],
  sabotage: ["tool-cupboard", "workshop-chest"],
} as const satisfies Record<CrimeKind, readonly string[]>;
export type ContainerKey = (typeof CONTAINERS)[CrimeKind][number];

export const MOTIVES = ["debt", "inheritance", "dismissal", "jealousy", "revenge", "blackmail", "rivalry", "ruined-business"] as const;
export type MotiveKey = (typeof MOTIVES)[number];

export const NO_MOTIVES = ["first-meeting", "best-terms", "loses-everything"] as const;
export type NoMotiveKey = (typeof NO_MOTIVES)[number];

/** "handed-over" is the only kind that depends on the window (a witness held the key through it). */
export const NO_ACCESS = ["never-given", "lock-changed", "handed-over"] as const;
export type NoAccessKey = (typeof NO_ACCESS)[number];

export const DETAILS = ["muddy-shoes", "burnt-letter", "quarrel", "new-watch", "nervous", "train-times", "torn-glove", "whisper"] as const;
export type DetailKey = (typeof DETAILS)[number];

export const OCCUPATIONS = [
  "doctor", "lawyer", "painter", "banker", "journalist", "architect", "violinist", "botanist",
  "engineer", "novelist", "photographer", "antiquarian", "pilot", "professor", "sculptor", "actor",
] as const;
export type OccupationKey = (typeof OCCUPATIONS)[number];

export const RELATIONS = ["nephew", "partner", "old-friend", "neighbour", "former-spouse", "godchild", "cousin", "tenant", "former-student"] as const;
export type RelationKey = (typeof RELATIONS)[number];

export const ROLES = ["cook", "gardener", "chauffeur", "butler", "housekeeper", "maid", "porter", "footman", "groom", "nurse", "boatman", "governess"] as const;
export type RoleKey = (typeof ROLES)[number];

/** Roles that read as one gender in both languages. */
export const ROLE_GENDER: Partial<Record<RoleKey, "female" | "male">> = { maid: "female", governess: "female", housekeeper: "female", butler: "male", footman: "male", groom: "male" };

export const FEMALE_NAMES = [
  "Clara", "Elena", "Irene", "Lucia", "Nora", "Alma", "Vera", "Ines", "Julia", "Marta",
  "Silvia", "Rosa", "Olga", "Lena", "Ada", "Diana", "Carla", "Sara", "Noemi", "Greta",
] as const;

export const MALE_NAMES = [
  "Hugo", "Martin", "Oscar", "Victor", "Felix", "Bruno", "Simon", "Tomas", "Adrian", "Pablo",
  "Leon", "Dario", "Ivan", "Marco", "Rafael", "Gabriel", "Emil", "Teo", "Hector", "Ruben",
] as const;

export const LAST_NAMES = [
  "Aldana", "Brandt", "Castell", "Duarte", "Ellery", "Ferrand", "Galvez", "Harlow", "Ibarra", "Jansen",
  "Keller", "Lindqvist", "Morrow", "Navarro", "Okafor", "Pellegrini", "Quintero", "Rourke", "Sandoval", "Thorne",
  "Ulloa", "Varga", "Whitcombe", "Zeller", "Abernathy", "Bellamy", "Carrow", "Delacroix", "Esquivel", "Fairweather",
  "Grimaldi", "Hollis", "Iturbe", "Kowalski", "Merriman", "Novak", "Ortega", "Prescott", "Salgado", "Valcourt",
] as const;
