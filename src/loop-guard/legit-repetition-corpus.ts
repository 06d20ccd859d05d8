// Answers that repeat themselves on purpose (lists, tables, refrains, code, borders): the loop guard must let every one
// of them stream to its end. Written for this project; also the normal prefixes of the pathological corpus.

export interface CorpusText {
  name: string;
  text: string;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const lines = (...rows: string[]) => rows.join("\n");

/** Ordinary explanatory prose, ~2,300 characters, with no repetition to speak of. */
export const PLAIN_PROSE = lines(
  "Bridges rarely fail for a single reason. Engineers who study collapses usually find a chain of small decisions, each " +
    "reasonable on its own, that together left the structure with no margin. A bolt specified for one load ends up carrying " +
    "another; an inspection is postponed because the previous one found nothing; a repair uses the steel that was in stock.",
  "",
  "The first thing investigators look at is the load path. Every force on a deck has to travel somewhere: through the " +
    "girders, into the bearings, down the piers and finally into the ground. When one link is weaker than the drawings " +
    "assume, the load does not politely stop there. It finds the next stiffest route, and that route was never designed for it.",
  "",
  "Fatigue is the second suspect. Steel can carry a load thousands of times below its strength and still crack, because " +
    "each passing truck opens a microscopic flaw a little wider. Welds are especially prone to this, since the heat of " +
    "welding leaves residual stresses and tiny voids that act as starting points. A crack can grow for decades before anyone sees it.",
  "",
  "Water is the third. Drains clog, joints leak, and salt spread in winter soaks into concrete until it reaches the " +
    "reinforcing bars. Rusting iron swells to several times its volume, pushing the concrete apart from inside. By the time " +
    "the surface spalls, the bars underneath may have lost a third of their cross-section.",
  "",
  "None of this means old bridges are unsafe. Most are inspected on a schedule, and most inspections catch problems early. " +
    "But the collapses that make the news tend to share a pattern: warnings existed, they were written down, and the people " +
    "who read them had too many other warnings on their desks. Good engineering is as much about paperwork as about steel.",
);

/** More prose, ~2,200 characters: with PLAIN_PROSE, the 4,000-character unit of a long loop. */
export const MORE_PROSE = lines(
  "Rivers rarely run straight for long. A small bend forms wherever the bank is a little softer, and once it exists the " +
    "water on the outside of the curve moves faster than the water on the inside. The fast water cuts into the outer " +
    "bank while the slow water drops sand and gravel on the inner one, so the bend grows, one flood at a time.",
  "",
  "Over decades a gentle curve becomes a loop, and the loop becomes so tight that the river finally breaks through the " +
    "narrow neck of land between its two ends. The old loop is left behind as a crescent-shaped lake, cut off from the " +
    "current, slowly filling with silt and reeds. Seen from the air, a wide valley floor is often covered with these " +
    "abandoned curves, each one a record of where the river used to be.",
  "",
  "People have straightened rivers for centuries, to drain fields, to speed up shipping, or to keep floods away from " +
    "towns. The results are mixed. A straight channel carries water away quickly, which helps the town beside it and " +
    "hurts the town downstream, where the flood now arrives sooner and higher. The river also keeps trying to bend " +
    "again, so the embankments need constant repair.",
  "",
  "In recent years some of these projects have been reversed. Engineers remove the concrete, reconnect the old loops " +
    "and let the river spread across meadows when the water is high. Fish return to the quiet side channels, birds " +
    "nest in the reeds, and the meadows store water that would otherwise rush downstream. It costs farmland, and the " +
    "arguments about who gives it up can last longer than the construction work itself.",
  "",
  "Measuring a river is harder than it sounds. The level at a gauge is easy to read, but what matters is the volume " +
    "passing each second, and that depends on the shape of the channel, which changes with every flood. Hydrologists " +
    "keep re-measuring the channel, wading across with a current meter or towing one from a cable, and redraw the curve " +
    "that turns a level into a flow. A gauge whose curve has not been checked for years can be off by a third in a " +
    "flood, exactly when the number matters most to the people deciding whether to open a sluice or close a road.",
  "",
  "Old records help. Marks cut into bridge piers and church walls show how high past floods reached, sometimes " +
    "centuries ago, and they often reach higher than anything the gauges have seen.",
);

const FRUITS = ["apples", "pears", "plums", "cherries", "grapes", "lemons", "limes", "peaches", "apricots", "figs", "dates", "kiwis", "mangoes", "melons", "oranges"];
const NAMES = ["Ana", "Ben", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq"];
const CITIES = ["Lisbon", "Porto", "Madrid", "Seville", "Granada", "Valencia", "Barcelona", "Bilbao", "San Sebastian", "Pamplona", "Zaragoza", "Toledo", "Salamanca", "Leon"];

const CHORUS = lines("And we row, row, row to the harbour light,", "Row, row, row through the long dark night,", "Hold the oar and hold the line,", "We'll be home by morning time.");
const REFRAIN = "The river keeps its own slow time.";

export const LEGIT_REPETITION_CORPUS: readonly CorpusText[] = [
  { name: "plain prose", text: PLAIN_PROSE },
  { name: "numbered list of similar steps", text: lines("Here is a packing checklist:", ...range(1, 40).map((i) => `${i}. Pack ${i % 3 === 0 ? "two" : "one"} bag of ${FRUITS[i % FRUITS.length]}.`)) },
  {
    name: "markdown table of planets",
    text: lines(
      "| Planet | Moons | Rings | Day length |",
      "|--------|-------|-------|------------|",
      ...[["Mercury", 0, "no", "59 d"], ["Venus", 0, "no", "243 d"], ["Earth", 1, "no", "24 h"], ["Mars", 2, "no", "24.6 h"], ["Jupiter", 95, "yes", "9.9 h"], ["Saturn", 146, "yes", "10.7 h"], ["Uranus", 28, "yes", "17.2 h"], ["Neptune", 16, "yes", "16.1 h"]].map((r) => `| ${r.join(" | ")} |`),
    ),
  },
  {
    name: "markdown table with many identical cells",
    text: lines("| Week | Mon | Tue | Wed | Thu | Fri | Sat | Sun |", "|---|---|---|---|---|---|---|---|", ...range(1, 30).map((w) => `| ${w} | run | rest | run | rest | run | long run | rest |`)),
  },
  {
    name: "poem with a refrain between stanzas",
    text: lines(
      "The heron waits where the shallows shine,", "a grey thought standing on one leg,", REFRAIN, "",
      "The ferry coughs against the pier,", "a boy counts coins for the evening bread,", REFRAIN, "",
      "The mill is quiet, the wheel is moss,", "the miller's name is on a stone,", REFRAIN, "",
      "And when the lamps come on in town", "the water carries them away,", REFRAIN,
    ),
  },
  {
    name: "song with a chorus between verses and twice at the end",
    text: lines(
      "Verse 1:", "The wind came up from the western sea,", "it rattled the shutters and called to me.", "", "Chorus:", CHORUS, "",
      "Verse 2:", "My father's boat had a patched red sail,", "he sang this song through the autumn gale.", "", "Chorus:", CHORUS, "",
      "Verse 3:", "Now the harbour's quiet and the nets are dry,", "but I still hear him when the gulls go by.", "", "Chorus:", CHORUS, CHORUS,
    ),
  },
  { name: "la la la chorus eight times", text: lines("Everybody sing!", Array(8).fill("la la la").join(", ") + ",", "and clap your hands together,", Array(8).fill("la la la").join(", ") + "!") },
  { name: "short cheer", text: "We won the final! " + "Go team! ".repeat(6) + "What a season it has been." },
  { name: "switch over letters", text: lines("function letter(n: number): string {", "  switch (n) {", ...range(1, 26).map((i) => `    case ${i}: return "${String.fromCharCode(96 + i)}";`), '    default: return "?";', "  }", "}") },
  { name: "JSON array of similar objects", text: JSON.stringify(NAMES.map((name, i) => ({ id: i + 1, name, active: i % 4 !== 0, role: i % 5 === 0 ? "admin" : "user", score: (i * 37) % 100 })), null, 2) },
  { name: "CSS utility rules", text: lines(...range(0, 24).map((i) => `.mt-${i} { margin-top: ${i * 0.25}rem; }`), ...range(0, 24).map((i) => `.mb-${i} { margin-bottom: ${i * 0.25}rem; }`)) },
  { name: "SQL inserts", text: lines("INSERT INTO customers (id, name, city) VALUES", ...NAMES.map((name, i) => `  (${i + 1}, '${name}', '${CITIES[i % CITIES.length]}')${i === NAMES.length - 1 ? ";" : ","}`)) },
  { name: "SQL insert statements one per row", text: lines(...range(1, 60).map((i) => `INSERT INTO orders (id, qty) VALUES (${i}, ${(i * 7) % 13 + 1});`)) },
  { name: "countdown from 100", text: "Counting down: " + range(1, 100).reverse().join(", ") + "... liftoff!" },
  { name: "countdown with ellipses", text: range(1, 20).reverse().map((i) => `${i}...`).join(" ") + " Happy New Year!" },
  { name: "multiplication tables 1 to 12", text: range(1, 12).map((a) => lines(`Table of ${a}:`, ...range(1, 12).map((b) => `${a} x ${b} = ${a * b}`))).join("\n\n") },
  { name: "itinerary by day", text: lines(...CITIES.map((city, i) => `Day ${i + 1}: Morning train to ${city}. Afternoon walking tour of ${city}. Dinner in ${city} and overnight there.`)) },
  { name: "fifty bullets with the same first word", text: lines("Tips:", ...range(1, 50).map((i) => `- Remember to ${["drink water", "stretch", "save your work", "call home", "check the oven"][i % 5]} before task ${i}.`)) },
  { name: "markdown checklist", text: lines(...range(1, 30).map((i) => `- [${i % 3 === 0 ? "x" : " "}] Review chapter ${i}`)) },
  {
    name: "chess game in PGN",
    text: "1. e4 e5 2. Nf3 d6 3. d4 Bg4 4. dxe5 Bxf3 5. Qxf3 dxe5 6. Bc4 Nf6 7. Qb3 Qe7 8. Nc3 c6 9. Bg5 b5 10. Nxb5 cxb5 " +
      "11. Bxb5+ Nbd7 12. O-O-O Rd8 13. Rxd7 Rxd7 14. Rd1 Qe6 15. Bxd7+ Nxd7 16. Qb8+ Nxb8 17. Rd8# 1-0",
  },
  { name: "chess knights shuffling to a draw", text: range(1, 12).map((i) => `${i}. ${i % 2 === 1 ? "Nf3 Nf6" : "Ng1 Ng8"}`).join(" ") + " 1/2-1/2 (threefold repetition)" },
  { name: "ASCII banner with 80-character rules", text: lines("=".repeat(80), "  QUARTERLY REPORT".padEnd(80), "=".repeat(80), "", PLAIN_PROSE.slice(0, 600), "", "-".repeat(80), "  END OF SECTION", "-".repeat(80)) },
  { name: "ASCII box", text: lines("+" + "-".repeat(78) + "+", ...Array(5).fill("|" + " ".repeat(78) + "|"), "|" + "  Notes".padEnd(78) + "|", ...Array(5).fill("|" + " ".repeat(78) + "|"), "+" + "-".repeat(78) + "+") },
  { name: "long decorative rule", text: lines("Chapter One", "*".repeat(160), "It was a cold morning.", "~".repeat(120)) },
  { name: "empty sudoku grid", text: lines(...[0, 1, 2].flatMap(() => ["+-------+-------+-------+", ...Array(3).fill("| . . . | . . . | . . . |")]), "+-------+-------+-------+") },
  { name: "zero matrix in Python", text: lines("grid = [", ...Array(10).fill("    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],"), "]") },
  { name: "guitar tab", text: lines(...["e", "B", "G", "D", "A", "E"].map((s, i) => `${s}|${"-".repeat(4)}${i}${"-".repeat(7)}${i + 2}${"-".repeat(7)}|${"-".repeat(16)}|${"-".repeat(3)}${5 - i}${"-".repeat(12)}|`)) },
  { name: "hex dump", text: lines(...range(0, 15).map((row) => `${(row * 16).toString(16).padStart(8, "0")}: ${range(0, 15).map((c) => (row === 3 || row === 4 ? "00" : ((row * 31 + c * 7) % 256).toString(16).padStart(2, "0"))).join(" ")}`)) },
  { name: "binary counting", text: lines(...range(0, 63).map((i) => `${i.toString().padStart(2)} = ${i.toString(2).padStart(8, "0")}`)) },
  { name: "star triangle", text: lines(...range(1, 25).map((i) => "*".repeat(i))) },
  { name: "log lines", text: lines(...range(1, 40).map((i) => `2024-05-0${(i % 9) + 1} 12:${String(i).padStart(2, "0")}:07 INFO GET /api/items/${i} 200 in ${(i * 13) % 90 + 4}ms`)) },
  { name: "HTML navigation list", text: lines("<ul>", ...range(1, 25).map((i) => `  <li><a href="/docs/page-${i}">Page ${i}</a></li>`), "</ul>") },
  { name: "unit tests of one function", text: lines(...range(1, 30).map((i) => `it("adds ${i} and ${i}", () => expect(add(${i}, ${i})).toBe(${2 * i}));`)) },
  { name: "Python constructor assignments", text: lines("class Point:", "    def __init__(self, x, y, z, w, label, color, size, weight):", ...["x", "y", "z", "w", "label", "color", "size", "weight"].map((f) => `        self.${f} = ${f}`)) },
  { name: "YAML services", text: lines("services:", ...["web", "api", "worker", "cache", "db", "queue"].flatMap((s, i) => [`  ${s}:`, `    image: example/${s}:1.${i}`, "    restart: always", `    ports: ["${8000 + i}:${8000 + i}"]`])) },
  { name: "weekly plan repeated under week headers", text: range(1, 4).map((w) => lines(`Week ${w}:`, "Monday: swim. Tuesday: rest. Wednesday: swim. Thursday: rest. Friday: long swim.")).join("\n") },
  { name: "Spanish step list", text: lines("Receta de pan:", ...range(1, 12).map((i) => `Paso ${i}: amasar durante ${i + 2} minutos y dejar reposar la masa ${i * 5} minutos más.`)) },
  { name: "knitting pattern", text: lines(...range(1, 24).map((r) => `Row ${r}: ${r % 2 === 1 ? "k2, p2; repeat to end" : "p2, k2; repeat to end"} (${40 + (r % 4)} sts).`)) },
  { name: "star ratings", text: lines(...FRUITS.map((f, i) => `${"⭐".repeat((i % 5) + 1)} ${f}`)) },
  { name: "counting song with digits, in stanzas", text: Array.from({ length: 10 }, (_, i) => 10 - i).map((n) => lines(`${n} green kites are flying in the sky,`, `${n} green kites are flying way up high,`, "and if one kite should tumble from the blue,", `there'll be ${n - 1} green kites flying for you.`)).join("\n\n") },
  { name: "weekly rotation with a day counter", text: lines(...range(1, 28).map((d) => `Day ${d}: ${["swim for forty minutes", "rest and stretch", "cycle to the lake and back", "strength training at the gym"][(d - 1) % 4]}.`)) },
  { name: "list of near-identical sentences about different things", text: lines(...FRUITS.map((f) => `Remember to pack one bag of fresh ${f} for the long train journey north.`)) },
  { name: "Chinese prose", text: "我们的城市有一条很长的河。每天早上，很多人在河边散步、跑步或者打太极拳。到了周末，河边还有小市场，卖水果、蔬菜和自己做的点心。孩子们喜欢在桥上看船慢慢地开过去，老人们则坐在树下聊天，一坐就是一个下午。" },
  { name: "buffalo sentence", text: "Buffalo buffalo Buffalo buffalo buffalo buffalo Buffalo buffalo. That is a grammatical English sentence." },
  { name: "alphabet primer", text: lines(...range(0, 25).map((i) => `${String.fromCharCode(65 + i)} is for ${["apple", "ball", "cat", "dog", "egg", "fish", "goat", "hat", "ink", "jam", "kite", "lamp", "moon", "nest", "owl", "pig", "queen", "rose", "sun", "tree", "umbrella", "van", "whale", "fox", "yak", "zebra"][i]}.`)) },
];
