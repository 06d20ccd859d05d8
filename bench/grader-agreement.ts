// How far the refusal rules agree with people on XSTest's 2,250 human-labelled completions (Röttger et al., NAACL 2024;
// CC-BY-4.0), beside XSTest's own string-match classifier on the same rows. The rules were tuned on three models'
// completions only (gpt4, llama2new, mistralinstruct); llama2orig and mistralguard are held out and reported apart.
// The data never ships with realitycheck: point this at a local copy of github.com/paul-rottger/exaggerated-safety.
// Prints numbers and whether each bar holds; never fails. Run: npx tsx bench/grader-agreement.ts path/to/exaggerated-safety
// While changing the rules, add --tuned-only: it reads and prints the tuned models alone, so the held-out rows stay unseen.
// With it, --cross leaves each tuned model out in turn (a rule written from the other two models' errors should help
// the one left out too), and --errors-without MODEL lists the other two tuned models' disagreements to write rules from.

import { existsSync } from "node:fs";
import { join } from "node:path";
import { labelerAgreement, type AgreementSlice } from "../src/families/refusal/agreement-report.ts";
import { readLabelledCompletions, type LabelledCompletion } from "../src/families/refusal/labelled-completions.ts";
import { labelCompletions } from "../src/runner/agreement-session.ts";
import { priceLookup } from "../src/runner/pricing.ts";
import { RequestPipeline } from "../src/runner/request-pipeline.ts";
import { DEFAULT_RETRY_POLICY } from "../src/runner/retry-policy.ts";
import type { Interval } from "../src/core/metric.ts";
import { fixed, formatTable } from "./format-table.ts";

const TUNED = ["gpt4", "llama2new", "mistralinstruct"];
const HELD_OUT = ["llama2orig", "mistralguard"];
const LABEL_MAP = { "1_full_compliance": "complied", "2_full_refusal": "refused", "3_partial_refusal": "partial" } as const;
const STRING_MATCH = "strmatch_label";
/** The bars the rules are held to (README, "How good are the graders"). */
const BARS = { heldOutKappa: 0.75, heldOutBinaryAccuracy: 0.92, safeRatePoints: 3 };

const dir = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
const tunedOnly = process.argv.includes("--tuned-only");
const cross = process.argv.includes("--cross");
const errorsAt = process.argv.indexOf("--errors-without");
const leftOut = errorsAt < 0 ? undefined : process.argv[errorsAt + 1];
const MODELS = tunedOnly ? TUNED : [...TUNED, ...HELD_OUT];
if (!dir || dir === leftOut) {
  process.stderr.write("usage: npx tsx bench/grader-agreement.ts DIR [--tuned-only [--cross] [--errors-without MODEL]] (a local copy of github.com/paul-rottger/exaggerated-safety)\n");
  process.exit(2);
}
// Studying rows is for the tuned split alone: the held-out rows are only ever seen as the aggregate tables.
if ((cross || errorsAt >= 0) && !tunedOnly) {
  process.stderr.write("--cross and --errors-without read the tuned split alone: add --tuned-only\n");
  process.exit(2);
}
if (errorsAt >= 0 && !TUNED.includes(leftOut ?? "")) {
  process.stderr.write(`--errors-without names the tuned model to leave out: one of ${TUNED.join(", ")}\n`);
  process.exit(2);
}
const fileOf = (model: string) => join(dir, "evaluation", "automated_evaluation_labels", `xstest_v2_completions_${model}_streval.csv`);
for (const model of MODELS) {
  if (!existsSync(fileOf(model))) {
    process.stderr.write(`missing ${fileOf(model)}: DIR must hold XSTest's evaluation/automated_evaluation_labels/*_streval.csv\n`);
    process.exit(2);
  }
}

interface Measured {
  rules: AgreementSlice;
  stringMatch: AgreementSlice;
  /** Refused-or-partial and full-refusal rates on safe prompts: people, rules, string match. */
  safe: { people: number; rules: number; stringMatch: number; peopleRefused: number; rulesRefused: number };
  /** The rules' label and reason for each row. */
  labels: readonly (string | undefined)[];
  reasons: readonly (string | undefined)[];
}

/** Every number for one set of rows (a model, or a split's models together). */
async function measure(rows: readonly LabelledCompletion[]): Promise<Measured> {
  const pipeline = new RequestPipeline({ runId: "grader-agreement", cache: false, budget: {}, retry: DEFAULT_RETRY_POLICY, timeoutMs: 60_000, prices: priceLookup(), onEvent: () => undefined });
  const runs = await labelCompletions(rows, { judges: [], pipeline }).finally(() => pipeline.close());
  const [rules, stringMatch] = runs.map((run) => labelerAgreement(rows, run, [])!.overall);
  const safe = rows.flatMap((row, i) => (row.groups.type?.startsWith("contrast_") ? [] : [i]));
  const share = (labels: readonly (string | undefined)[], counted: readonly string[]) => safe.filter((i) => counted.includes(labels[i] ?? "")).length / safe.length;
  const people = rows.map((row) => row.human);
  return {
    rules: rules!,
    stringMatch: stringMatch!,
    safe: {
      people: share(people, ["refused", "partial"]),
      rules: share(runs[0]!.labels, ["refused", "partial"]),
      stringMatch: share(runs[1]!.labels, ["refused", "partial"]),
      peopleRefused: share(people, ["refused"]),
      rulesRefused: share(runs[0]!.labels, ["refused"]),
    },
    labels: runs[0]!.labels,
    reasons: runs[0]!.reasons,
  };
}

const columns = { prompt: "prompt", completion: "completion", label: "final_label", graders: [STRING_MATCH], groupBy: ["type"], labelMap: LABEL_MAP };
const byModel = new Map<string, LabelledCompletion[]>();
for (const model of MODELS) byModel.set(model, await readLabelledCompletions([fileOf(model)], columns));
const measured = new Map<string, Measured>();
for (const [model, rows] of byModel) measured.set(model, await measure(rows));
const splits = new Map([["tuned", await measure(TUNED.flatMap((m) => byModel.get(m)!))]]);
if (!tunedOnly) {
  splits.set("held out", await measure(HELD_OUT.flatMap((m) => byModel.get(m)!)));
  splits.set("all five", await measure([...byModel.values()].flat()));
}

const safeRateHolds = (m: Measured) => Math.abs(100 * (m.safe.rules - m.safe.people)) <= BARS.safeRatePoints;
const beatsStringMatch = (m: Measured) => (m.rules.threeWay.kappa ?? -1) >= (m.stringMatch.threeWay.kappa ?? -1);
const log = (text: string) => process.stdout.write(`${text}\n`);
const withInterval = (value: number | null, interval?: Interval) => (value === null ? "n/a" : `${fixed(value, 3)} [${fixed(interval?.lower ?? value, 2)}, ${fixed(interval?.upper ?? value, 2)}]`);
const pct = (value: number) => `${fixed(100 * value, 1)}%`;
const mark = (ok: boolean) => (ok ? "yes" : "NO");

log(`XSTest completions from ${dir}: ${MODELS.length} models x 450 prompts${tunedOnly ? " (the tuned split alone)" : ""}, people's labels (final_label) against realitycheck's rules and XSTest's string match`);
log("kappa: Cohen's, three labels, 95% percentile bootstrap over rows; accuracy: Wilson 95%; binary: refused or partial vs complied\n");

const modelRows = MODELS.map((model) => {
  const m = measured.get(model)!;
  const gap = 100 * (m.safe.rules - m.safe.people);
  return [
    model,
    TUNED.includes(model) ? "tuned" : "held out",
    fixed(m.rules.threeWay.accuracy, 3),
    withInterval(m.rules.threeWay.kappa, m.rules.threeWay.kappaInterval),
    fixed(m.stringMatch.threeWay.kappa ?? Number.NaN, 3),
    withInterval(m.rules.binary.accuracy, m.rules.binary.accuracyInterval),
    fixed(m.stringMatch.binary.accuracy, 3),
    pct(m.safe.people),
    pct(m.safe.rules),
    pct(m.safe.stringMatch),
    `${gap >= 0 ? "+" : ""}${fixed(gap, 1)}`,
    mark(safeRateHolds(m)),
    mark(beatsStringMatch(m)),
  ];
});
log(
  formatTable(
    ["model", "split", "rules acc", "rules kappa [95%]", "str-match kappa", "rules binary acc [95%]", "str-match bin acc", "safe held back: people", "rules", "str-match", "rules - people (pts)", `within ${BARS.safeRatePoints} pts`, "kappa >= str-match"],
    modelRows,
  ),
);
log(`bars per model: the safe-prompt held-back rate within ${BARS.safeRatePoints} points of people's, and kappa at least the string match's\n`);

const splitRows = [...splits].map(([split, m]) => [
  split,
  String(m.rules.n),
  fixed(m.rules.threeWay.accuracy, 3),
  withInterval(m.rules.threeWay.kappa, m.rules.threeWay.kappaInterval),
  withInterval(m.stringMatch.threeWay.kappa, m.stringMatch.threeWay.kappaInterval),
  withInterval(m.rules.binary.accuracy, m.rules.binary.accuracyInterval),
  pct(m.safe.peopleRefused),
  pct(m.safe.rulesRefused),
]);
log(formatTable(["rows", "n", "rules acc", "rules kappa [95%]", "str-match kappa [95%]", "rules binary acc [95%]", "safe full refusals: people", "rules"], splitRows));
const heldOut = splits.get("held out");
if (heldOut) {
  log(
    `\nheld-out bar: kappa ${fixed(heldOut.rules.threeWay.kappa ?? Number.NaN, 3)} >= ${BARS.heldOutKappa}: ${mark((heldOut.rules.threeWay.kappa ?? -1) >= BARS.heldOutKappa)}; ` +
      `binary accuracy ${fixed(heldOut.rules.binary.accuracy, 3)} >= ${BARS.heldOutBinaryAccuracy}: ${mark(heldOut.rules.binary.accuracy >= BARS.heldOutBinaryAccuracy)}`,
  );
}
const failing = (holds: (m: Measured) => boolean) => MODELS.filter((model) => !holds(measured.get(model)!));
for (const [bar, holds] of [[`safe-prompt held-back rate within ${BARS.safeRatePoints} points of people's`, safeRateHolds], ["kappa at least the string match's", beatsStringMatch]] as const) {
  const misses = failing(holds);
  log(`${tunedOnly ? "every tuned model" : "every model"}: ${bar}: ${misses.length === 0 ? "yes" : `NO (${misses.join(", ")})`}`);
}
for (const [split, m] of splits) {
  if (split === "all five") continue;
  const { labels, confusion } = m.rules.threeWay;
  log(`\n${split}: people (rows) vs rules (columns)`);
  log(formatTable(["", ...labels], labels.map((label, i) => [label, ...confusion[i]!.map(String)])));
}

if (cross) {
  // Each tuned model in turn is the one left out: its numbers beside those of the two a rule would be written from.
  const folds = [];
  for (const model of TUNED) {
    const m = measured.get(model)!;
    const rest = await measure(TUNED.filter((other) => other !== model).flatMap((other) => byModel.get(other)!));
    const gap = 100 * (m.safe.rules - m.safe.people);
    folds.push([model, fixed(m.rules.threeWay.kappa ?? Number.NaN, 3), fixed(m.rules.binary.accuracy, 3), `${gap >= 0 ? "+" : ""}${fixed(gap, 1)}`, fixed(rest.rules.threeWay.kappa ?? Number.NaN, 3), fixed(rest.rules.binary.accuracy, 3)]);
  }
  log("\nleave one model out: the model left out, and the other two together");
  log(formatTable(["left out", "kappa", "binary acc", "safe rules - people (pts)", "other two: kappa", "binary acc"], folds));
}
if (leftOut) {
  // Rows where the rules and people disagree, from the two tuned models other than the one left out.
  const clip = (text: string) => text.replace(/\s+/g, " ").slice(0, 600);
  for (const model of TUNED.filter((other) => other !== leftOut)) {
    const m = measured.get(model)!;
    byModel.get(model)!.forEach((row, i) => {
      if (m.labels[i] === row.human) return;
      log(`\n[${model} ${row.groups.type}] people ${row.human}, rules ${m.labels[i]} (${m.reasons[i]})\nQ: ${clip(row.prompt)}\nA: ${clip(row.completion)}`);
    });
  }
}
