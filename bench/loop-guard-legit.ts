// The legitimate half of the loop-guard validation set: answers that repeat themselves on purpose (refrains, counting
// songs, lists, tables, grids, repetition the prompt asked for, with its prompt), in English, Spanish, French and
// Chinese, then the code and data of loop-guard-legit-data.ts. The guard must let every one stream to its end.
// Written or generated for this project; the tests never see it.

import { int, ITEMS, LEGIT_CODE_AND_DATA, type LegitCase, lines, pick, range, SURNAMES } from "./loop-guard-legit-data.ts";
import * as P from "./loop-guard-prose.ts";

export type { LegitCase };

const EN_NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const FR_NUMBERS = ["plus aucun", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"];
const CITIES = ["Oslo", "Bergen", "Trondheim", "Tromsø", "Bodø", "Ålesund", "Stavanger", "Kristiansand", "Lillehammer", "Narvik", "Alta", "Molde", "Hamar", "Drammen"];

function enCountingSong(): string {
  return range(10, 1).map((n) => lines(
    `${cap(EN_NUMBERS[n]!)} little boats went sailing out to sea,`,
    `${cap(EN_NUMBERS[n]!)} little boats as happy as can be,`,
    "Then one met a wave that was taller than a tree,",
    `And ${EN_NUMBERS[n - 1]} little boats came home for tea.`,
  )).join("\n\n");
}

function esCountingSong(): string {
  return range(8, 1).map((n) => lines(
    `En el estanque había ${n} patos,`,
    `${n} patos nadando sin zapatos;`,
    "llegó la garza con su paso lento",
    `y quedaron ${n - 1} patos contentos.`,
  )).join("\n\n");
}

function frCountingRhyme(): string {
  return range(10, 1).map((n) => `${cap(FR_NUMBERS[n]!)} ${n === 1 ? "petit chat dort" : "petits chats dorment"} sur le toit, l'un d'eux s'en va, il en reste ${FR_NUMBERS[n - 1]}.`).join("\n");
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const EN_REFRAIN = "and still the lamp turns on the rock";
const ES_REFRAIN = "y el río sigue bajando al mar";
const FR_REFRAIN = "et le vent tourne sur la lande";
const ZH_REFRAIN = "月光照在旧河边。";

const enPoem = lines(
  "The boats are in, the nets are dry,", "the gulls have gone to sleep,", EN_REFRAIN, "",
  "The harbour wall is cold with salt,", "the children count the stars,", EN_REFRAIN, "",
  "A fisher's wife sets out the bread,", "a kettle starts to sing,", EN_REFRAIN, "",
  "And when the morning comes again", "the keeper climbs the stair,", EN_REFRAIN,
);

const longChorus = lines(
  "So raise a glass to the ones who stayed,", "to the lamps in the windows and the debts we paid,", "to the roads we walked and the songs we made,",
  "to the friends we lost and the friends we found,", "to the boats come home and the boats run aground,", "raise a glass, raise a glass, and pass it round.",
);
const FUNCTION_BEFORE = lines(
  "function total(order) {", "  let sum = 0;", "  for (const line of order.lines) {", "    if (line.quantity <= 0) continue;",
  "    const price = line.unitPrice * line.quantity;", "    const discount = line.discount ?? 0;", "    sum += price - discount;", "  }",
);
const CORRECTED = "The committee met on Tuesday to review the draft budget for next year. Members agreed that the library hours " +
  "should be extended on weekends, that the swimming pool needs a new heating system before winter, and that the park " +
  "benches along the river will be repaired in spring. ";

const chorus = lines("Oh carry me home on the evening tide,", "carry me home with the wind at my side,", "the road is long and the night is wide,", "so carry me home on the tide.");
const song = lines("The fields were gold when I went away,", "I swore I'd be back by the end of May.", "", chorus, "", "The months went by and the letters too,", "and every one said I'm coming to you.", "", chorus, "", chorus, "", chorus);

export const LEGIT_CASES: LegitCase[] = [
  { name: "English essay", lang: "en", form: "prose", text: P.EN_ESSAY },
  { name: "Spanish prose", lang: "es", form: "prose", text: `${P.ES_MERCADO}\n\n${P.ES_RIO}` },
  { name: "French prose", lang: "fr", form: "prose", text: `${P.FR_BOULANGERIE}\n\n${P.FR_VELO}` },
  { name: "Chinese prose", lang: "zh", form: "prose", text: `${P.ZH_TEA}\n\n${P.ZH_CITY}` },
  { name: "poem with a refrain", lang: "en", form: "verse", text: enPoem },
  { name: "song ending on its chorus three times", lang: "en", form: "verse", text: song },
  { name: "counting song down to none, in words", lang: "en", form: "verse", text: enCountingSong() },
  { name: "Spanish counting song with digits", lang: "es", form: "verse", text: esCountingSong() },
  { name: "French counting rhyme", lang: "fr", form: "verse", text: frCountingRhyme() },
  {
    name: "Spanish poem with a refrain", lang: "es", form: "verse",
    text: range(1, 5).map((i) => lines(`La ${["mañana", "tarde", "noche", "lluvia", "luna"][i - 1]} pasa por el puente,`, "las barcas duermen en la orilla,", ES_REFRAIN)).join("\n\n"),
  },
  {
    name: "French poem with a refrain", lang: "fr", form: "verse",
    text: range(1, 5).map((i) => lines(`Les ${["moutons", "bergers", "oiseaux", "enfants", "nuages"][i - 1]} rentrent avant la pluie,`, "la cloche sonne au village,", FR_REFRAIN)).join("\n\n"),
  },
  { name: "Chinese poem with a refrain", lang: "zh", form: "verse", text: ["春风吹过小桥，", "夏雨落在山头，", "秋叶飘进院子，", "冬雪盖住屋顶，"].map((line) => `${line}\n远方的人还没回来，\n${ZH_REFRAIN}`).join("\n\n") },
  {
    name: "chant sung ten times, as asked", lang: "en", form: "requested", prompt: "Write out our team chant ten times for the banner: 'Blue and gold, brave and bold!'",
    text: `Here it is:\n\n${"Blue and gold, brave and bold!\n".repeat(10)}`,
  },
  {
    name: "song ending on a long chorus sung twice", lang: "en", form: "verse",
    text: lines(
      "The harbour bell has rung for the last time tonight,",
      "the fishermen are home and the tables are bright.",
      "",
      longChorus,
      "",
      "Tomorrow the tide will take some of us away,",
      "but tonight there is bread and the fiddler will play.",
      "",
      longChorus,
      "",
      longChorus,
    ),
  },
  {
    name: "code before and after a fix", lang: "-", form: "code",
    text: lines("Before:", "```js", FUNCTION_BEFORE, "  return sum;", "}", "```", "", "After (rounding to cents):", "```js", FUNCTION_BEFORE, "  return Math.round(sum * 100) / 100;", "}", "```"),
  },
  {
    name: "paragraph quoted, then corrected", lang: "en", form: "prose",
    text: `Your text:\n\n${CORRECTED}The next meeting is on the 14th.\n\nCorrected:\n\n${CORRECTED}The next meeting will be held on the 14th.`,
  },
  { name: "packing list", lang: "en", form: "list", text: lines("Packing list:", ...ITEMS.map((item, i) => `${i + 1}. Pack the ${item} in the ${i % 2 ? "side pocket" : "main compartment"}.`)) },
  {
    name: "templated itinerary", lang: "en", form: "list",
    text: lines(...CITIES.map((city, i) => `Day ${i + 1}: Take the morning train to ${city} and check in at a small hotel near the old town.`)),
  },
  {
    name: "workout rotation over eight weeks", lang: "en", form: "list",
    text: lines(...range(1, 32).map((d) => `Day ${d}: ${["legs and core, 45 minutes", "upper body, 40 minutes", "easy run, 30 minutes", "rest and stretching"][(d - 1) % 4]}`)),
  },
  {
    name: "lease clauses", lang: "en", form: "list",
    text: lines(
      ...["pay the rent on the first day of each month", "keep the premises clean and in good repair", "not sublet any part of the premises without written consent", "allow the landlord to inspect the premises with 24 hours notice", "not keep animals without written consent", "return all keys at the end of the tenancy", "report any damage to the landlord promptly", "not make structural alterations to the premises"].map((duty, i) => `${i + 1}. The Tenant shall ${duty}.`),
    ),
  },
  {
    name: "FAQ", lang: "en", form: "list",
    text: range(1, 8).map((i) => `Q: ${["How do I reset my password?", "Can I change my username?", "Where are invoices?", "How do I delete my account?", "Is there a mobile app?", "How do I export my data?", "Who can see my profile?", "How do I contact support?"][i - 1]}\nA: Open Settings, choose ${["Security", "Profile", "Billing", "Account", "Downloads", "Privacy", "Visibility", "Help"][i - 1]}, and follow the steps shown there.`).join("\n\n"),
  },
  {
    name: "line written fifty times, as asked", lang: "en", form: "requested", prompt: "Write this line 50 times: I will check my sources before I publish.",
    text: "I will check my sources before I publish.\n".repeat(50),
  },
  {
    name: "numbered lines, one hundred as asked", lang: "en", form: "requested", prompt: "Write 'I will proofread every email before sending it.' 100 times, numbered.",
    text: lines(...range(1, 100).map((i) => `${i}. I will proofread every email before sending it.`)),
  },
  { name: "count to 300 as asked", lang: "en", form: "requested", prompt: "Count from 1 to 300, comma-separated.", text: range(1, 300).join(", ") },
  {
    name: "20x20 zero matrix in LaTeX, as asked", lang: "-", form: "requested", prompt: "Give me a 20x20 zero matrix in LaTeX.",
    text: lines("\\begin{pmatrix}", ...range(1, 20).map(() => `${Array(20).fill("0").join(" & ")} \\\\`), "\\end{pmatrix}"),
  },
  {
    name: "blank sign-up table of 45 rows, as asked", lang: "en", form: "requested", prompt: "Make a blank sign-up sheet as a markdown table with 45 rows: number, name, phone, signature.",
    text: lines("| # | Name | Phone | Signature |", "|---|------|-------|-----------|", ...range(1, 45).map((i) => `| ${i} |  |  |  |`)),
  },
  {
    name: "40x25 grid of dots, as asked", lang: "-", form: "requested", prompt: "Draw an empty 40 x 25 grid of dots for a dot-grid notebook page.",
    text: lines(...range(1, 40).map(() => Array(25).fill(".").join(" "))),
  },
  {
    name: "Spanish line written 30 times, as asked", lang: "es", form: "requested", prompt: "Escribe 30 veces la frase: Debo hacer los deberes antes de jugar.",
    text: "Debo hacer los deberes antes de jugar.\n".repeat(30),
  },
  {
    name: "French line written 25 times, as asked", lang: "fr", form: "requested", prompt: "Écris 25 fois la phrase suivante : Je range ma chambre tous les samedis.",
    text: "Je range ma chambre tous les samedis.\n".repeat(25),
  },
  { name: "Chinese line written 20 times, as asked", lang: "zh", form: "requested", prompt: "请把这句话重复20次：我每天早上都会读书。", text: "我每天早上都会读书。\n".repeat(20) },
  {
    name: "100-row markdown table of measurements", lang: "-", form: "data",
    text: lines(
      "| Station | Temp °C | Rain mm | Wind km/h |",
      "|---|---|---|---|",
      ...range(1, 100).map((i) => `| S-${String(i).padStart(3, "0")} | ${(int(-50, 300) / 10).toFixed(1)} | ${int(0, 40)} | ${int(0, 90)} |`),
    ),
  },
  {
    name: "Spanish recipe steps", lang: "es", form: "list",
    text: lines(
      "Tortilla de patatas:",
      ...["Pela y corta las patatas en láminas finas.", "Pica la cebolla en trozos pequeños.", "Calienta abundante aceite en una sartén.", "Fríe las patatas y la cebolla a fuego medio.", "Bate los huevos con una pizca de sal.", "Escurre las patatas y mézclalas con el huevo.", "Deja reposar la mezcla unos minutos.", "Cuaja la tortilla por un lado.", "Dale la vuelta con ayuda de un plato.", "Sírvela templada."].map((step, i) => `Paso ${i + 1}: ${step}`),
    ),
  },
  {
    name: "Spanish list of towns and populations", lang: "es", form: "data",
    text: lines(
      "Municipio — habitantes",
      ...["Alcalá", "Benavente", "Cuenca", "Daroca", "Écija", "Ferrol", "Guadix", "Huesca", "Jaca", "Lorca", "Mérida", "Nájera", "Olot", "Plasencia", "Ronda", "Soria", "Teruel", "Úbeda", "Vic", "Zafra"].map((town) => `${town}: ${int(5, 250) * 1000 + int(0, 999)} habitantes`),
    ),
  },
  {
    name: "Spanish statute articles", lang: "es", form: "list",
    text: lines(
      ...["La asociación se denomina Club de Lectura del Barrio.", "Su domicilio se fija en la biblioteca municipal.", "Los fines de la asociación son fomentar la lectura y el debate.", "Podrán ser socios las personas mayores de dieciséis años.", "La asamblea general se reunirá al menos una vez al año.", "La junta directiva estará formada por cinco miembros.", "Las cuotas se fijarán cada año por la asamblea."].map((text, i) => `Artículo ${i + 1}. ${text}`),
    ),
  },
  {
    name: "French task list", lang: "fr", form: "list",
    text: lines(
      "À faire cette semaine :",
      ...["appeler le plombier", "payer la facture d'électricité", "rendre les livres à la médiathèque", "réserver les billets de train", "acheter un cadeau pour Léa", "trier les papiers du bureau", "prendre rendez-vous chez le dentiste", "arroser les plantes du voisin"].map((task, i) => `${i + 1}. ${cap(task)}.`),
    ),
  },
  {
    name: "French table of départements", lang: "fr", form: "data",
    text: lines(
      "| Département | Préfecture | Habitants |",
      "|---|---|---|",
      ...["Ain", "Aisne", "Allier", "Ardèche", "Ariège", "Aube", "Aude", "Aveyron", "Cantal", "Charente", "Cher", "Corrèze", "Creuse", "Doubs", "Drôme"].map((d) => `| ${d} | ${pick(["Bourg", "Laon", "Moulins", "Privas", "Foix", "Troyes", "Rodez", "Aurillac", "Guéret"])} | ${int(100, 700)} ${String(int(0, 999)).padStart(3, "0")} |`),
    ),
  },
  {
    name: "Chinese numbered steps", lang: "zh", form: "list",
    text: lines(...["准备好所有材料。", "把面粉和水混合均匀。", "盖上湿布醒面半小时。", "把面团分成小块。", "擀成薄薄的圆皮。", "放入馅料并捏紧边缘。", "水开后下锅煮十分钟。", "捞出装盘即可食用。"].map((step, i) => `第${i + 1}步：${step}`)),
  },
  { name: "Chinese multiplication table", lang: "zh", form: "data", text: lines(...range(1, 9).map((a) => range(1, a).map((b) => `${b}×${a}=${a * b}`).join("  "))) },
  { name: "Chinese sales table", lang: "zh", form: "data", text: lines("| 月份 | 销量 | 增长 |", "|---|---|---|", ...range(1, 12).map((m) => `| ${m}月 | ${int(800, 2000)} | ${int(-9, 15)}% |`)) },
  { name: "emoji ratings", lang: "en", form: "list", text: lines(...ITEMS.map((item) => `${"⭐".repeat(int(1, 5))} ${item}`)) },
  {
    name: "release notes with a repeated label", lang: "en", form: "list",
    text: lines(
      "## 4.2.0",
      ...["the export dialog remembers the last folder", "large CSV files open without freezing", "dark mode covers the settings page", "search matches accented letters", "the installer asks before replacing files", "undo works after a paste"].map((note) => `- **Fixed:** ${note}.`),
    ),
  },
  {
    name: "meeting minutes with action items", lang: "en", form: "list",
    text: lines(
      "Minutes, 3 March",
      ...SURNAMES.slice(0, 8).map((name, i) => `- Action (${name}): ${["draft the budget", "book the venue", "email the speakers", "update the website", "order the badges", "check the projector", "confirm catering", "send the agenda"][i]} by Friday.`),
    ),
  },
  {
    name: "vocabulary drill", lang: "es", form: "list",
    text: lines(
      "Conjugación de «hablar»:",
      ...[["yo", "hablo"], ["tú", "hablas"], ["él / ella", "habla"], ["nosotros", "hablamos"], ["vosotros", "habláis"], ["ellos", "hablan"]].map(([p, f]) => `- ${p} ${f}`),
      "Conjugación de «comer»:",
      ...[["yo", "como"], ["tú", "comes"], ["él / ella", "come"], ["nosotros", "comemos"], ["vosotros", "coméis"], ["ellos", "comen"]].map(([p, f]) => `- ${p} ${f}`),
    ),
  },
  ...LEGIT_CODE_AND_DATA,
];
