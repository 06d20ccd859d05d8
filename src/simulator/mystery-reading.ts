// Reads a fair-play mystery told in English or Spanish into what a careful reader notes down: the suspects, the
// lettered options, the crime's place and time window, and every stated fact that could clear someone (with the
// sentence that says it). Claims nobody confirms and colour are left out, as the story's rules say.

export interface Clearing {
  kind: "no-motive" | "no-key" | "key-held" | "seen";
  /** The sentence as the story tells it. */
  sentence: string;
  /** Key held by a witness, or seen elsewhere: the minutes it covers. */
  from?: number;
  until?: number;
  /** Where a sighting puts them, as written ("the boathouse", "las caballerizas"). */
  place?: string;
}

export interface CaseNotes {
  /** Full names, in cast order. */
  suspects: string[];
  /** Letter of each suspect when the question lists options. */
  letters: Map<string, string>;
  crimePlace?: string;
  window?: { start: number; end: number };
  clearings: Map<string, Clearing[]>;
}

const TIME = String.raw`(\d{1,2}):(\d\d)`;
const minutes = (hours: string | undefined, mins: string | undefined) => Number(hours) * 60 + Number(mins);

// One pattern per kind of clearing fact, in each story language; the named group is the suspect.
const PATTERNS: { kind: Clearing["kind"]; pattern: RegExp }[] = [
  { kind: "no-motive", pattern: /^(?<who>.+?) (?:had no motive at all|no tenía ningún motivo)/u },
  { kind: "no-key", pattern: /^(?<who>.+?) (?:never had a key|nunca tuvo una llave)/u },
  { kind: "no-key", pattern: /(?:, and (?<who>.+?) was not given a new key|, y a (?<who2>.+?) no le dieron una llave nueva)/u },
  { kind: "key-held", pattern: new RegExp(`^(?:At|A las) ${TIME}, (?<who>.+?) (?:handed|entregó) .* (?:until|hasta las) ${TIME}`, "u") },
  {
    kind: "seen",
    pattern: new RegExp(
      `^(?:The|El|La) [^,]+, [^,]+, (?:saw (?<who>.+?) (?:in|on|at) (?<place>.+?) from ${TIME} to ${TIME}, and did not lose sight` +
        `|vio a (?<who2>.+?) en (?<place2>.+?) desde las ${TIME} hasta las ${TIME}, sin perder)`,
      "u",
    ),
  },
];

export function readCase(story: string): CaseNotes {
  const suspects = [...story.matchAll(/^- ([^,\n]+),/gmu)].map((m) => (m[1] ?? "").trim());
  const letters = new Map<string, string>();
  for (const match of story.matchAll(/^([A-Z])\) (.+)$/gmu)) if (suspects.includes((match[2] ?? "").trim())) letters.set((match[2] ?? "").trim(), match[1] ?? "");
  const sentences = story.split(/\n+|(?<=[.!?])\s+(?=[A-Z"“«¿])/u).map((s) => s.trim()).filter((s) => s !== "");
  const clearings = new Map<string, Clearing[]>(suspects.map((s) => [s, []]));
  const times: number[] = [];
  for (const sentence of sentences) {
    const fact = clearingIn(sentence, suspects);
    if (fact) clearings.get(fact.who)?.push(fact.clearing);
    // The window's two bounds are the timed sentences that name no suspect ("At 20:40, the footman…").
    const timed = new RegExp(`^(?:At|A las) ${TIME},`, "u").exec(sentence);
    if (timed && !suspects.some((s) => sentence.includes(s))) times.push(minutes(timed[1], timed[2]));
  }
  const title = /^(?:THE AFFAIR OF|EL CASO) (.+)$/mu.exec(story)?.[1];
  return {
    suspects,
    letters,
    crimePlace: title === undefined ? undefined : placeKey(title),
    window: times.length >= 2 ? { start: Math.min(...times), end: Math.max(...times) } : undefined,
    clearings,
  };
}

function clearingIn(sentence: string, suspects: readonly string[]): { who: string; clearing: Clearing } | undefined {
  for (const { kind, pattern } of PATTERNS) {
    const found = pattern.exec(sentence);
    const who = found?.groups?.who ?? found?.groups?.who2;
    if (!found || who === undefined || !suspects.includes(who)) continue;
    const clock = [...sentence.matchAll(new RegExp(TIME, "gu"))].map((m) => minutes(m[1], m[2]));
    const clearing: Clearing = { kind, sentence };
    if (kind === "key-held") Object.assign(clearing, { from: clock[0], until: clock.at(-1) });
    if (kind === "seen") Object.assign(clearing, { from: clock[0], until: clock.at(-1), place: found.groups?.place ?? found.groups?.place2 });
    return { who, clearing };
  }
  return undefined;
}

/** A place as a comparable key: folded, articles and "of" dropped ("THE ATTIC", "el desván", "DEL DESVÁN" → "desvan"). */
export function placeKey(place: string): string {
  return place
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^(?:of |de )?(?:the |del |el |la |los |las )/u, "")
    .trim();
}
