// Reads a pairwise judge's verdict: the last "WINNER: A | B | TIE" line (markdown, case and the battery languages
// tolerated) or MT-Bench style [[A]] / [[B]] / [[C]]. Anything it cannot read for sure, or that names both, is undefined.

/** "A" and "B" are the answers in the order the judge was shown them. */
export type PairwiseVerdict = "A" | "B" | "tie";

/** Labels accepted at the start of a line before a colon. */
export const WINNER_LABELS: readonly string[] = [
  "winner",
  "final verdict",
  "verdict",
  "ganador",
  "ganadora",
  "veredicto",
  "gagnant",
  "verdict final",
  "gewinner",
  "sieger",
  "urteil",
  "vencedor",
  "veredito",
  "vincitore",
  "verdetto",
  "获胜者",
  "胜者",
  "裁决",
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const LABEL_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-*>#]+[ \t]+)*(?:\*\*|__|\x60)?[ \t]*(?:${WINNER_LABELS.map(escapeRegExp).join("|")})[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(.*)$`,
  "gimu",
);

const BRACKETED = /\[\[\s*(a|b|c|tie)\s*\]\]/giu;

/** Words that may name an answer before its letter: "Answer B", "Assistant A", "Respuesta B". */
const SIDE_NOUNS = "answer|response|assistant|model|output|option|candidate|respuesta|asistente|modelo|opcion|reponse|modele|antwort|assistent|resposta|risposta|assistente|回答|答案";
const TIE_WORDS = "tie|draw|neither|equal|empate|egalite|ex aequo|unentschieden|pareggio|parita|平局|平手";

const SIDE = new RegExp(String.raw`^(?:the\s+)?(?:(?:${SIDE_NOUNS})\s*)?([ab])(?![\p{L}\p{N}])(.*)$`, "u");
const TIE = new RegExp(String.raw`^(?:it'?s\s+)?(?:a\s+)?(?:${TIE_WORDS})(?![\p{L}\p{N}])(.*)$`, "u");
// After one verdict, a connective and another verdict means the line names two: "A or B", "A/B", "tie or A".
const SECOND_VERDICT = new RegExp(
  String.raw`^[\s*_\x60"')\]]*(?:[/&+|,;]|\b(?:or|and|y|o|ou|et|und|oder|e|vs\.?|versus)\b)\s*(?:the\s+)?(?:(?:${SIDE_NOUNS})\s*)?(?:[ab]|${TIE_WORDS})(?![\p{L}\p{N}])`,
  "u",
);
const WRAPPERS = /^[\s*_\x60"'“”‘’«»()[\]{}]+|[\s*_\x60"'“”‘’«»()[\]{}.,;:!?。！]+$/gu;

export function parsePairwiseVerdict(reply: string): PairwiseVerdict | undefined {
  const labelled = labelValue(reply);
  const fromLabel = labelled === undefined ? undefined : readValue(labelled);
  const fromBrackets = lastBracketed(reply);
  if (fromLabel !== undefined && fromBrackets !== undefined && fromLabel !== fromBrackets) return undefined;
  return fromLabel ?? fromBrackets;
}

/** The value of the last label line (or, when that line holds only the label, of the next non-empty line). */
function labelValue(reply: string): string | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of reply.matchAll(LABEL_LINE)) last = match;
  if (!last) return undefined;
  const value = last[1]?.trim() ?? "";
  if (value.replace(WRAPPERS, "") !== "") return value;
  return reply.slice((last.index ?? 0) + last[0].length).split("\n").find((line) => line.trim() !== "");
}

function readValue(raw: string): PairwiseVerdict | undefined {
  const bracketed = bracketedIn(raw);
  if (bracketed.size > 0) return single(bracketed);
  const value = raw.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(WRAPPERS, "");
  const side = SIDE.exec(value);
  const tie = side ? undefined : TIE.exec(value);
  const found = side ?? tie;
  if (!found) return undefined;
  const rest = (side ? side[2] : tie?.[1]) ?? "";
  if (SECOND_VERDICT.test(rest)) return undefined;
  return side ? (side[1] === "a" ? "A" : "B") : "tie";
}

/** The verdict of the last line holding [[…]] tokens, when that line holds only one kind. */
function lastBracketed(reply: string): PairwiseVerdict | undefined {
  const lines = reply.split("\n").filter((line) => bracketedIn(line).size > 0);
  const last = lines.at(-1);
  return last === undefined ? undefined : single(bracketedIn(last));
}

function bracketedIn(text: string): Set<PairwiseVerdict> {
  const found = new Set<PairwiseVerdict>();
  for (const match of text.matchAll(BRACKETED)) {
    const token = (match[1] as string).toLowerCase();
    found.add(token === "a" ? "A" : token === "b" ? "B" : "tie");
  }
  return found;
}

function single(verdicts: Set<PairwiseVerdict>): PairwiseVerdict | undefined {
  return verdicts.size === 1 ? [...verdicts][0] : undefined;
}
