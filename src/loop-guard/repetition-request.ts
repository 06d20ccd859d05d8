// Reads a prompt for a request whose honest answer repeats itself: "write this line 50 times", "a 20×20 matrix",
// "a table with 45 rows", "count from 1 to 500", in English, Spanish, French and Chinese. The guard then lets the
// answer repeat as far as asked. Only the system prompt and the last user message are read, and only their first and
// last 4,000 characters, so a long-context prompt costs no more than a short one.

import type { ChatMessage } from "../core/messages.ts";

export interface RepetitionAllowance {
  /** Copies, lines, rows or items asked for; for a grid, its longer side. */
  copies?: number;
  /** A grid's cells (rows × columns), for units smaller than a row. */
  cells?: number;
}

export interface RepetitionRequest extends RepetitionAllowance {
  /** The words that asked, as written (up to 80 characters). */
  asked: string;
}

const SCAN_CHARS = 4000;
const MAX_COPIES = 1_000_000;
/** Rows, items or a count below this are an ordinary list, not a request for repetition. */
const MIN_LISTED = 10;

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, quince: 15,
  veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, mil: 1000,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, quinze: 15,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1000,
};

// Word boundaries that know accented letters (\b does not).
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const NUM = `(\\d{1,3}(?:[,.\\u00a0 ]\\d{3})+|\\d{1,7}|${Object.keys(NUMBER_WORDS).join("|")})`;
const VERBS =
  "write|repeat|say|print|type|copy|output|produce|generate|sing|chant|escribe|escribir|repite|repetir|di|dime|imprime|" +
  "copia|genera|canta|écris|écrire|écrivez|répète|répéter|répétez|dis|dites|copie|recopie|génère|chante";
const GRID_NOUNS = "grid|matrix|table|board|array|square|cuadrícula|rejilla|matriz|tabla|tablero|grille|matrice|tableau|damier|网格|矩阵|表格";
const ROW_NOUNS =
  "rows?|lines?|items?|entries|bullets?|steps?|filas?|líneas?|renglones|elementos?|entradas|pasos|lignes?|rangées|éléments?|entrées|étapes";

const TIMES_WORDS = "times|veces|fois";
const COPIES_WORDS = "copies|copias|exemplaires";
const COUNT_VERBS = "count|cuenta|contar|numera|enumera|compte|compter|numérote";
const UNCOUNTED_WORDS =
  "over and over|again and again|forever|indefinitely|endlessly|una y otra vez|sin parar|infinitamente|encore et encore|sans arrêt|à l'infini|indéfiniment";
const CHINESE_WORDS = "次|遍|行|条|项|一遍又一遍|不停地";

const pattern = (source: string) => new RegExp(source, "giu");
/** Up to the end of the sentence, stepping over quoted text (which may hold its own full stop). */
const SPAN = `(?:"[^"\\n]*"|'[^'\\n]*'|“[^”\\n]*”|«[^»\\n]*»|[^.!?\\n])`;
/** "write this line 50 times", "repite 20 veces", "écris-le 10 fois", "50 copies" */
const TIMES = pattern(`${B}(?:${VERBS})${E}${SPAN}{0,120}?${B}${NUM}\\s*(?:${TIMES_WORDS}|x)${E}|${B}${NUM}\\s*(?:${COPIES_WORDS})${E}`);
/** "a 20×20 matrix", "una cuadrícula de 40 x 25" */
const GRID = pattern(`${B}${NUM}\\s*(?:x|×|\\*|by|por|sur)\\s*${NUM}${E}`);
const GRID_NOUN = pattern(`${B}(?:${GRID_NOUNS})`);
/** "45 rows", "a 100-row table", "30 líneas", "12 lignes" */
const ROWS = pattern(`${B}${NUM}\\s*-?\\s*(?:${ROW_NOUNS})${E}`);
/** "count from 1 to 500", "numera del 1 al 100", "compte de 1 à 50" */
const RANGE = pattern(
  `${B}(?:${COUNT_VERBS}|number|list)[^.!?\\n]{0,40}?${B}(?:from|de|del|desde)\\s+${NUM}\\s+(?:to|a|al|hasta|à|jusqu'à)\\s+${NUM}${E}`,
);
/** "count to 500", "countdown from 100", "cuenta hasta 100", "compte à rebours depuis 100" */
const COUNT_TO = pattern(`${B}(?:count(?:down)?|cuenta(?: atrás)?|compte(?: à rebours)?)\\s+(?:to|from|hasta|desde|jusqu'à|depuis|de)\\s+${NUM}${E}`);
/** Chinese: 重复50次, 写50遍, 50行 */
const CHINESE = pattern("(?:重复|写|抄写|输出)[^。！？\\n]{0,20}?(\\d{1,7})\\s*(?:次|遍)|(\\d{1,7})\\s*(?:行|条|项)");
/** Repetition without a count: recorded, but it widens nothing. */
const UNCOUNTED = pattern(`${B}(?:${UNCOUNTED_WORDS})${E}|一遍又一遍|不停地`);
/**
 * Words one of the patterns above needs, found without look-behinds or number words: a prompt with none of them (most
 * prompts) is let go after this one quick scan, so the guard costs a request next to nothing.
 */
const ANY_PATTERN = new RegExp(
  [TIMES_WORDS, COPIES_WORDS, "\\d\\s*[x×*]", GRID_NOUNS, ROW_NOUNS, "\\d\\s+(?:to|al?|hasta|à|jusqu'à)\\s+\\d", COUNT_VERBS, UNCOUNTED_WORDS, CHINESE_WORDS].join("|"),
  "i",
);

/** What the request asks to be repeated, if anything; `undefined` for an ordinary request. */
export function findRepetitionRequest(messages: readonly ChatMessage[]): RepetitionRequest | undefined {
  const lastUser = messages.findLast((message) => message.role === "user");
  const texts = messages.filter((message) => message.role === "system" || message === lastUser).map((message) => scanned(message.content));
  const asks: RepetitionRequest[] = [];
  // "Write it twice" asks for repetition; "5 bullet points" or "a 3x3 grid" is just a short list.
  const note = (asked: string, copies?: number, cells?: number, fewest = MIN_LISTED) => {
    if (copies === undefined || copies >= fewest) asks.push({ asked: clip(asked), copies: cap(copies), cells: cap(cells) });
  };
  for (const text of texts) {
    if (!ANY_PATTERN.test(text)) continue;
    for (const m of text.matchAll(TIMES)) note(m[0], numberOf(m[1] ?? m[2]), undefined, 2);
    for (const m of text.matchAll(ROWS)) note(m[0], numberOf(m[1]));
    for (const m of text.matchAll(RANGE)) note(m[0], Math.abs(numberOf(m[2]) - numberOf(m[1])) + 1);
    for (const m of text.matchAll(COUNT_TO)) note(m[0], numberOf(m[1]));
    for (const m of text.matchAll(CHINESE)) note(m[0], numberOf(m[1] ?? m[2]), undefined, m[1] ? 2 : MIN_LISTED);
    for (const m of text.matchAll(GRID)) {
      const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
      if (!around.match(GRID_NOUN)) continue;
      const rows = numberOf(m[1]);
      const columns = numberOf(m[2]);
      note(m[0], Math.max(rows, columns), rows * columns);
    }
    for (const m of text.matchAll(UNCOUNTED)) note(m[0]);
  }
  if (asks.length === 0) return undefined;
  // The largest count asked for is what the answer may reach; the words shown are the ones that asked for it.
  const largest = asks.reduce((best, ask) => ((ask.copies ?? 0) > (best.copies ?? 0) ? ask : best));
  const cells = Math.max(0, ...asks.map((ask) => ask.cells ?? 0));
  return { asked: largest.asked, ...(largest.copies === undefined ? {} : { copies: largest.copies }), ...(cells > 0 ? { cells } : {}) };
}

function cap(count: number | undefined): number | undefined {
  return count === undefined || Number.isNaN(count) ? undefined : Math.min(count, MAX_COPIES);
}

function scanned(content: string): string {
  return content.length <= 2 * SCAN_CHARS ? content : `${content.slice(0, SCAN_CHARS)}\n${content.slice(-SCAN_CHARS)}`;
}

function numberOf(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  const word = NUMBER_WORDS[text.toLowerCase()];
  return word ?? Number(text.replace(/[,.\u00a0 ]/g, ""));
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 80 ? flat : `${flat.slice(0, 79)}…`;
}
