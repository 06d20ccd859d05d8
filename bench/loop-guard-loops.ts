// The pathological half of the loop-guard validation set: a normal start, then a loop until far past any stopping
// point: verbatim units from one character to ~8,000, counters that change, sentences restated in other words, and
// requested repetition that goes on past what was asked. Each is labelled with its onset (where the loop, or the
// repetition beyond the request, begins) and its unit. Written or generated for this project; the tests never see it.

import { seededRandom, seedFromString } from "../src/core/random.ts";
import type { LoopKind } from "../src/loop-guard/loop-verdict.ts";
import type { LegitCase } from "./loop-guard-legit.ts";
import * as P from "./loop-guard-prose.ts";

export interface LoopCase extends LegitCase {
  kind: LoopKind;
  /** Where the loop begins: its first copy, or the first copy past what the prompt asked for. */
  onsetChar: number;
  /** Characters of one unit (its first copy). */
  unitChars: number;
}

/** Looping text after every onset: far more than any stopping rule needs. */
const LOOP_CHARS = 16_000;

type Unit = string | ((copy: number) => string);

function loop(name: string, lang: LoopCase["lang"], form: LoopCase["form"], kind: LoopKind, prefix: string, unit: Unit, prompt?: string): LoopCase {
  const copy = typeof unit === "string" ? () => unit : unit;
  const first = copy(0);
  let text = prefix;
  for (let i = 0; text.length < prefix.length + Math.max(LOOP_CHARS, 3 * first.length); i++) text += copy(i);
  return { name, lang, form, kind, text, onsetChar: prefix.length, unitChars: first.length, ...(prompt ? { prompt } : {}) };
}

/** A sentence whose slots take their words at random (seeded), as a loop rewording itself does: `[a|b|c]`. */
function paraphrases(template: string): (copy: number) => string {
  const random = seededRandom(seedFromString(template));
  return () => template.replace(/\[([^\]]+)\]/g, (_all, options: string) => {
    const words = options.split("|");
    return words[Math.floor(random() * words.length)]!;
  });
}

/** The requested copies first, then the same copies without end: the loop begins past the request. */
function overrun(name: string, lang: LoopCase["lang"], prompt: string, intro: string, asked: number, unit: string): LoopCase {
  const prefix = intro + unit.repeat(asked);
  return { ...loop(name, lang, "requested", "exact", prefix, unit, prompt) };
}

const EN_INTRO = `${P.EN_LIGHTHOUSE}\n\n`;
const ES_INTRO = `${P.ES_MERCADO}\n\n`;
const FR_INTRO = `${P.FR_BOULANGERIE}\n\n`;
const ZH_INTRO = `${P.ZH_TEA}\n\n`;
const TWO_PARAGRAPHS = `${P.EN_BEES}\n\n${P.EN_CLOCKS}\n\n`;
const FOUR_PARAGRAPHS = `${P.EN_MAPS}\n\n${P.EN_TRAINS}\n\n${P.EN_BEES}\n\n${P.EN_CLOCKS}\n\n`;
const SEVEN_PARAGRAPHS = `${[P.EN_LIGHTHOUSE, P.EN_COMPOST, P.EN_MAPS, P.EN_TRAINS, P.EN_BEES, P.EN_CLOCKS, P.EN_GLASS].join("\n\n")}\n\n`;
const EVERYTHING = `${[P.EN_ESSAY, P.ES_MERCADO, P.ES_RIO, P.FR_BOULANGERIE, P.FR_VELO, P.ZH_TEA, P.ZH_CITY].join("\n\n")}\n\n`;

export const LOOP_CASES: LoopCase[] = [
  // Verbatim, short units.
  loop("'The reason' after prose", "en", "prose", "exact", `${EN_INTRO}So why did the ship drift? `, "The reason "),
  loop("refusal sentence", "en", "prose", "exact", "Can you tell me how to pick this lock? ", "I'm sorry, but I can't help with that. "),
  loop("Spanish doubt", "es", "prose", "exact", ES_INTRO, "No estoy seguro de eso. "),
  loop("French doubt", "fr", "prose", "exact", FR_INTRO, "Je ne sais pas vraiment. "),
  loop("Chinese doubt", "zh", "prose", "exact", ZH_INTRO, "我不太确定。"),
  loop("Spanish laughter", "es", "prose", "exact", "¡Qué chiste tan bueno! ", "ja"),
  loop("emoji flood", "en", "prose", "exact", "Congratulations on the new job! ", "🎉"),
  loop("emoji pair", "en", "prose", "exact", "That was hilarious ", "😂🤣"),
  loop("exclamation marks", "en", "prose", "exact", "We won the cup", "!"),
  loop("blank lines without end", "en", "prose", "exact", EN_INTRO, "\n"),
  loop("spaces without end", "en", "prose", "exact", `${P.EN_COMPOST} `, " "),
  // Verbatim sentences and lines.
  loop("English sentence", "en", "prose", "exact", EN_INTRO, "The keeper wrote down the weather every morning at six. "),
  loop("Spanish sentence", "es", "prose", "exact", ES_INTRO, "Los vecinos compran pan y fruta antes de las ocho. "),
  loop("French two-sentence cycle", "fr", "prose", "exact", FR_INTRO, "Le pain est prêt à sept heures. La file attend dehors. "),
  loop("Chinese sentence", "zh", "prose", "exact", ZH_INTRO, "好茶要慢慢地喝，才能品出味道。"),
  loop("Chinese list item", "zh", "list", "exact", "注意事项：\n1. 带上雨伞。\n2. 准时出发。\n", "3. 不要忘记带水。\n"),
  loop("list item", "en", "list", "exact", "Before you deploy:\n- Run the tests.\n- Update the changelog.\n", "- Check the logs.\n"),
  loop("Python line", "-", "code", "exact", "def find(items, key):\n    for item in items:\n        if item.key == key:\n            return item\n", "    return None\n"),
  loop("JavaScript line", "-", "code", "exact", "async function send(job) {\n  for (;;) {\n", "    console.log('retrying');\n"),
  loop("SQL values row", "-", "code", "exact", "INSERT INTO jobs (id, state, owner) VALUES\n  (41, 'done', 'ana'),\n", "  (42, 'pending', NULL),\n"),
  loop("JSON object", "-", "data", "exact", '{"items": [\n  {"sku": "A-1", "qty": 2},\n', '  {"sku": "A-2", "qty": 1},\n'),
  loop("CSV row", "-", "data", "exact", "date,city,temp\n2025-01-01,Oslo,-3\n", "2025-01-02,Oslo,-4\n"),
  loop("log line", "-", "data", "exact", "2025-03-01 10:00:01 INFO starting worker\n", "2025-03-01 10:00:02 WARN queue empty, sleeping\n"),
  loop("markdown table row", "-", "data", "exact", "| City | Rain |\n|---|---|\n| Vigo | 1,700 mm |\n", "| Lugo | 1,100 mm |\n"),
  loop("closing tags", "-", "code", "exact", "<div class=\"page\">\n  <div class=\"card\">\n    <p>Hello</p>\n", "  </div>\n"),
  // Verbatim long units: one to ~8,000 characters.
  loop("paragraph of 450 characters", "en", "prose", "exact", EN_INTRO, `${P.EN_BEES}\n\n`),
  loop("two paragraphs", "en", "prose", "exact", EN_INTRO, TWO_PARAGRAPHS),
  loop("four paragraphs (~2,100 characters)", "en", "prose", "exact", "Here is the section again.\n\n", FOUR_PARAGRAPHS),
  loop("seven paragraphs (~4,000 characters)", "en", "prose", "exact", "Here is the chapter.\n\n", SEVEN_PARAGRAPHS),
  loop("a whole report (~8,000 characters)", "en", "prose", "exact", "Report follows.\n\n", EVERYTHING),
  loop("Spanish paragraph", "es", "prose", "exact", "Texto:\n\n", `${P.ES_RIO}\n\n`),
  loop("Chinese paragraph", "zh", "prose", "exact", "全文如下：\n\n", `${P.ZH_CITY}\n\n`),
  // Counters.
  loop("retry sentence with an attempt counter", "en", "prose", "counter", EN_INTRO, (i) => `I tried to reach the payment service again, but the connection timed out before it answered (attempt ${i + 2}). `),
  loop("polling list", "en", "list", "counter", "Checking the export job:\n", (i) => `- Poll ${i + 2}: the export job is still PENDING, so I will wait thirty seconds and check again.\n`),
  loop("steps that never change", "en", "list", "counter", "1. Stop the service.\n2. Back up the database.\n3. Install the update.\n", (i) => `${i + 4}. Open the configuration file and check that the port number is correct.\n`),
  loop("Spanish attempt counter", "es", "list", "counter", "Conectando con el servidor...\n", (i) => `Intento ${i + 2}: la conexión con el servidor ha fallado, vuelvo a intentarlo dentro de un momento.\n`),
  loop("French attempt counter", "fr", "list", "counter", "Connexion au serveur...\n", (i) => `Tentative ${i + 2} : la connexion au serveur a échoué, je réessaie dans quelques secondes.\n`),
  loop("Chinese attempt counter", "zh", "list", "counter", "正在连接服务器……\n", (i) => `第${i + 2}次尝试：连接服务器失败，正在重新连接，请稍候。\n`),
  loop("days that never change", "en", "list", "counter", "Your training plan:\nDay 1: 5 km easy run.\nDay 2: rest.\n", (i) => `Day ${i + 3}: Rest, drink plenty of water and go to bed early tonight.\n`),
  // Sentences restated in other words.
  loop("synonyms swapped", "en", "prose", "near", EN_INTRO, paraphrases("The [result|outcome|finding] is [important|significant|crucial] because the [data|information] [shows|reveals|indicates] a [clear|obvious|evident] [trend|pattern] across all regions. ")),
  loop("paraphrased plan", "en", "prose", "near", EN_INTRO, paraphrases("I [really|truly] [think|believe] we should [review|revisit|reconsider] the [plan|proposal|draft] [before|ahead of] the [meeting|call] with the whole team [tomorrow|next week]. ")),
  loop("apology restated", "en", "prose", "near", "Why is the total wrong? ", paraphrases("I [apologize|am sorry] for the [confusion|misunderstanding] in my previous [answer|reply|response], and I will [correct|fix] the [problem|issue|mistake] in the calculation right away. ")),
  loop("Spanish synonyms swapped", "es", "prose", "near", ES_INTRO, paraphrases("El [resultado|hallazgo] es [importante|fundamental|esencial] porque los [datos|números] [muestran|revelan|indican] una tendencia [clara|evidente] en todas las regiones del país. ")),
  loop("French synonyms swapped", "fr", "prose", "near", FR_INTRO, paraphrases("Ce [résultat|constat] est [important|essentiel|fondamental] parce que les [données|chiffres] [montrent|révèlent|indiquent] une tendance [claire|évidente] dans toutes les régions du pays. ")),
  loop("Chinese restated", "zh", "prose", "near", ZH_INTRO, paraphrases("这个[结果|发现]非常[重要|关键]，因为[数据|资料][显示|表明]了一个[明显|清楚]的[趋势|规律]，在所有地区都是这样。")),
  // Known to be let through: a counter in a unit of several lines reads like a counting song or a rotating schedule,
  // and numbered rows of a table or code like data (loop-rules.ts).
  loop("status block of three lines with a counter", "en", "list", "counter", "Deploying:\n", (i) => `Attempt ${i + 1}:\nConnecting to the database server...\nThe connection was refused, trying again.\n`),
  loop("numbered empty table rows without end", "-", "data", "counter", "| # | Name | Score |\n|---|---|---|\n| 1 | Ana | 7 |\n", (i) => `| ${i + 2} |  |  |\n`),
  // Repetition asked for, which goes on past the request.
  overrun("line asked 30 times, written without end", "en", "Write this sentence 30 times: Practice makes progress, not perfection.", "", 30, "Practice makes progress, not perfection.\n"),
  overrun("Spanish line asked 20 times, written without end", "es", "Escribe 20 veces: Tengo que llegar puntual a clase.", "Aquí está:\n", 20, "Tengo que llegar puntual a clase.\n"),
];
