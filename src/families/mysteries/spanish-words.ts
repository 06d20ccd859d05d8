// Spanish names for every catalog key, with their articles. Gendered entries are [masculine, feminine];
// nouns carry their own gender, which adjectives and pronouns in the story agree with.

import type { ContainerKey, OccupationKey, PlaceKey, RelationKey, RoleKey, TargetKey } from "./case-catalog.ts";

export interface SpanishNoun {
  /** With its article: "la biblioteca". */
  name: string;
  female: boolean;
}

export interface SpanishPlace extends SpanishNoun {
  /** How a reader may name it without the article, lower-case. */
  terms: string[];
}

const place = (name: string, female: boolean, ...terms: string[]): SpanishPlace => ({ name, female, terms });

export const SPANISH_PLACES: Record<PlaceKey, SpanishPlace> = {
  library: place("la biblioteca", true, "biblioteca"),
  study: place("el despacho", false, "despacho"),
  conservatory: place("el jardín de invierno", false, "jardín de invierno"),
  kitchen: place("la cocina", true, "cocina"),
  "billiard-room": place("la sala de billar", true, "sala de billar", "billar"),
  "music-room": place("la sala de música", true, "sala de música"),
  "dining-room": place("el comedor", false, "comedor"),
  gallery: place("la galería de cuadros", true, "galería de cuadros", "galería"),
  greenhouse: place("el invernadero", false, "invernadero"),
  cellar: place("la bodega", true, "bodega"),
  terrace: place("la terraza", true, "terraza"),
  chapel: place("la capilla", true, "capilla"),
  boathouse: place("el cobertizo de los botes", false, "cobertizo de los botes", "cobertizo"),
  stables: place("las caballerizas", true, "caballerizas"),
  ballroom: place("el salón de baile", false, "salón de baile"),
  attic: place("el desván", false, "desván"),
};

const noun = (name: string, female: boolean): SpanishNoun => ({ name, female });

/** Drinks are said without an article ("una taza de té", "la taza de té"). */
export const SPANISH_TARGETS: Record<TargetKey, SpanishNoun> = {
  necklace: noun("el collar de diamantes", false),
  manuscript: noun("el manuscrito iluminado", false),
  medal: noun("la medalla de oro", true),
  miniature: noun("el retrato en miniatura", false),
  snuffbox: noun("la tabaquera esmaltada", true),
  wine: noun("copa de vino", true),
  tea: noun("taza de té", true),
  brandy: noun("copa de coñac", true),
  coffee: noun("taza de café", true),
  telescope: noun("el telescopio de latón", false),
  "printing-press": noun("la imprenta", true),
  orrery: noun("el planetario mecánico", false),
  generator: noun("el generador eléctrico", false),
};

export const SPANISH_CONTAINERS: Record<ContainerKey, SpanishNoun> = {
  "display-case": noun("la vitrina", true),
  safe: noun("la caja fuerte", true),
  strongbox: noun("el cofre", false),
  "medicine-cabinet": noun("el botiquín", false),
  "poison-cupboard": noun("el armario de los venenos", false),
  "tool-cupboard": noun("el armario de las herramientas", false),
  "workshop-chest": noun("el arcón del taller", false),
};

export const SPANISH_OCCUPATIONS: Record<OccupationKey, readonly [string, string]> = {
  doctor: ["médico", "médica"],
  lawyer: ["abogado", "abogada"],
  painter: ["pintor", "pintora"],
  banker: ["banquero", "banquera"],
  journalist: ["periodista", "periodista"],
  architect: ["arquitecto", "arquitecta"],
  violinist: ["violinista", "violinista"],
  botanist: ["botánico", "botánica"],
  engineer: ["ingeniero", "ingeniera"],
  novelist: ["novelista", "novelista"],
  photographer: ["fotógrafo", "fotógrafa"],
  antiquarian: ["anticuario", "anticuaria"],
  pilot: ["piloto", "piloto"],
  professor: ["profesor", "profesora"],
  sculptor: ["escultor", "escultora"],
  actor: ["actor", "actriz"],
};

export const SPANISH_RELATIONS: Record<RelationKey, readonly [string, string]> = {
  nephew: ["sobrino", "sobrina"],
  partner: ["socio", "socia"],
  "old-friend": ["viejo amigo", "vieja amiga"],
  neighbour: ["vecino", "vecina"],
  "former-spouse": ["exmarido", "exmujer"],
  godchild: ["ahijado", "ahijada"],
  cousin: ["primo", "prima"],
  tenant: ["inquilino", "inquilina"],
  "former-student": ["antiguo alumno", "antigua alumna"],
};

/** With the article, as in "el ama de llaves". */
export const SPANISH_ROLES: Record<RoleKey, readonly [string, string]> = {
  cook: ["el cocinero", "la cocinera"],
  gardener: ["el jardinero", "la jardinera"],
  chauffeur: ["el chófer", "la chófer"],
  butler: ["el mayordomo", "la mayordoma"],
  housekeeper: ["el ama de llaves", "el ama de llaves"],
  maid: ["la doncella", "la doncella"],
  porter: ["el portero", "la portera"],
  footman: ["el lacayo", "el lacayo"],
  groom: ["el mozo de cuadra", "el mozo de cuadra"],
  nurse: ["el enfermero", "la enfermera"],
  boatman: ["el barquero", "la barquera"],
  governess: ["la institutriz", "la institutriz"],
};

/** "de el" and "a el" contract to "del" and "al". */
export const de = (phrase: string) => (phrase.startsWith("el ") ? `del ${phrase.slice(3)}` : `de ${phrase}`);
export const a = (phrase: string) => (phrase.startsWith("el ") ? `al ${phrase.slice(3)}` : `a ${phrase}`);
export const en = (phrase: string) => `en ${phrase}`;
export const gendered = (female: boolean, masculine: string, feminine: string) => (female ? feminine : masculine);
