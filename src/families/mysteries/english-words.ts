// English names for every catalog key. Gendered entries are [masculine, feminine].

import type { ContainerKey, OccupationKey, PlaceKey, RelationKey, RoleKey, TargetKey } from "./case-catalog.ts";

export interface EnglishPlace {
  name: string;
  /** Preposition for being there (default "in"). */
  at?: string;
}

export const ENGLISH_PLACES: Record<PlaceKey, EnglishPlace> = {
  library: { name: "library" },
  study: { name: "study" },
  conservatory: { name: "conservatory" },
  kitchen: { name: "kitchen" },
  "billiard-room": { name: "billiard room" },
  "music-room": { name: "music room" },
  "dining-room": { name: "dining room" },
  gallery: { name: "picture gallery" },
  greenhouse: { name: "greenhouse" },
  cellar: { name: "wine cellar" },
  terrace: { name: "terrace", at: "on" },
  chapel: { name: "chapel" },
  boathouse: { name: "boathouse" },
  stables: { name: "stables" },
  ballroom: { name: "ballroom" },
  attic: { name: "attic" },
};

export const ENGLISH_TARGETS: Record<TargetKey, string> = {
  necklace: "the diamond necklace",
  manuscript: "the illuminated manuscript",
  medal: "the gold medal",
  miniature: "the portrait miniature",
  snuffbox: "the enamelled snuffbox",
  wine: "glass of wine",
  tea: "cup of tea",
  brandy: "glass of brandy",
  coffee: "cup of coffee",
  telescope: "the brass telescope",
  "printing-press": "the printing press",
  orrery: "the antique orrery",
  generator: "the electric generator",
};

export const ENGLISH_CONTAINERS: Record<ContainerKey, string> = {
  "display-case": "the display case",
  safe: "the wall safe",
  strongbox: "the strongbox",
  "medicine-cabinet": "the medicine cabinet",
  "poison-cupboard": "the poison cupboard",
  "tool-cupboard": "the tool cupboard",
  "workshop-chest": "the workshop chest",
};

export const ENGLISH_OCCUPATIONS: Record<OccupationKey, string> = {
  doctor: "a doctor",
  lawyer: "a lawyer",
  painter: "a painter",
  banker: "a banker",
  journalist: "a journalist",
  architect: "an architect",
  violinist: "a violinist",
  botanist: "a botanist",
  engineer: "an engineer",
  novelist: "a novelist",
  photographer: "a photographer",
  antiquarian: "an antiquarian",
  pilot: "a pilot",
  professor: "a professor",
  sculptor: "a sculptor",
  actor: "an actor",
};

export const ENGLISH_RELATIONS: Record<RelationKey, readonly [string, string]> = {
  nephew: ["nephew", "niece"],
  partner: ["business partner", "business partner"],
  "old-friend": ["old friend", "old friend"],
  neighbour: ["neighbour", "neighbour"],
  "former-spouse": ["former husband", "former wife"],
  godchild: ["godson", "goddaughter"],
  cousin: ["cousin", "cousin"],
  tenant: ["tenant", "tenant"],
  "former-student": ["former student", "former student"],
};

export const ENGLISH_ROLES: Record<RoleKey, string> = {
  cook: "cook",
  gardener: "gardener",
  chauffeur: "chauffeur",
  butler: "butler",
  housekeeper: "housekeeper",
  maid: "maid",
  porter: "porter",
  footman: "footman",
  groom: "groom",
  nurse: "nurse",
  boatman: "boatman",
  governess: "governess",
};
