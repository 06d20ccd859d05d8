// `realitycheck agreement --file labelled.csv [--judge X]`: how far the refusal rules (and any judge, and any grader
// columns the file already has) agree with people's labels on the same completions. Everything that can be wrong with
// the file or the judges is reported before the first judge request; judges stop cleanly at the budget caps. Judges'
// verdicts are cached and recorded under a run of the agreement's own, so asking the same again costs nothing.

import { extname, resolve } from "node:path";
import { loadConfig } from "../../config/load-config.ts";
import { ConfigError } from "../../core/errors.ts";
import { labelerAgreement, type LabelerAgreement } from "../../families/refusal/agreement-report.ts";
import { JUDGE_SETTINGS, judgePrompt } from "../../families/refusal/judge-labeler.ts";
import { parseLabelMap, readLabelledCompletions, type LabelledColumns } from "../../families/refusal/labelled-completions.ts";
import { agreementLabelChunks, type LabelsFormat } from "../../reports/agreement-labels.ts";
import { agreementRunStatus, createAgreementRun, labelCompletions, type LabellerRun } from "../../runner/agreement-session.ts";
import { estimatePromptTokens } from "../../runner/estimate-tokens.ts";
import { judgePool } from "../../runner/judge-models.ts";
import { preflight } from "../../runner/preflight.ts";
import { costOf, priceLookup } from "../../runner/pricing.ts";
import { RequestPipeline } from "../../runner/request-pipeline.ts";
import { DEFAULT_RETRY_POLICY } from "../../runner/retry-policy.ts";
import type { Command } from "../command.ts";
import { passSpendGate, spendEstimate } from "../spend-gate.ts";
import { booleanFlag, commaListFlag, listFlag, numberFlag, stringFlag } from "../flag-values.ts";
import { credentialsInUse } from "../../providers/credentials-in-use.ts";
import { openStore, storagePath } from "../open-store.ts";
import { renderAgreement } from "../render-agreement.ts";
import { terminalWidth } from "../terminal-width.ts";
import { DEFAULT_TIMEOUT_SECONDS, SKIP_PREFLIGHT_OPTION } from "../run-options.ts";
import { writeAtomically } from "../write-atomically.ts";

const OUT_FORMATS: Record<string, LabelsFormat> = { ".csv": "csv", ".jsonl": "jsonl" };

export const agreementCommand: Command = {
  name: "agreement",
  summary: "How far the refusal rules and any judges agree with people's labels: confusion, accuracy and kappa with intervals, refusal rates per group.",
  usage: "agreement --file labelled.csv|jsonl [--label-column C] [--label-map V=complied,...] [--group-by C] [--judge X] [--out labels.csv] [--db path] [--no-cache]",
  options: {
    file: { type: "string", multiple: true },
    "prompt-column": { type: "string" },
    "completion-column": { type: "string" },
    "label-column": { type: "string" },
    "label-map": { type: "string", multiple: true },
    "grader-column": { type: "string", multiple: true },
    "group-by": { type: "string", multiple: true },
    judge: { type: "string", multiple: true },
    out: { type: "string" },
    config: { type: "string" },
    db: { type: "string" },
    "no-cache": { type: "boolean" },
    concurrency: { type: "string" },
    timeout: { type: "string" },
    "max-attempts": { type: "string" },
    "max-requests": { type: "string" },
    "max-tokens": { type: "string" },
    "max-cost": { type: "string" },
    yes: { type: "boolean" },
    ...SKIP_PREFLIGHT_OPTION,
  },
  positionals: [0, 0],
  async run(args, io) {
    const values = args.values;
    const { config } = loadConfig(stringFlag(values, "config"), io.cwd);
    const outFlag = stringFlag(values, "out");
    const outFormat = outFlag === undefined ? undefined : OUT_FORMATS[extname(outFlag).toLowerCase()];
    if (outFlag !== undefined && outFormat === undefined) throw new ConfigError(`write labels as .csv or .jsonl, not "${extname(outFlag) || outFlag}"`, "--out");
    const columns: LabelledColumns = {
      prompt: stringFlag(values, "prompt-column") ?? "prompt",
      completion: stringFlag(values, "completion-column") ?? "completion",
      label: stringFlag(values, "label-column") ?? "label",
      graders: commaListFlag(values, "grader-column"),
      groupBy: commaListFlag(values, "group-by"),
      labelMap: parseLabelMap(listFlag(values, "label-map")),
    };
    const files = listFlag(values, "file").map((file) => resolve(io.cwd, file));
    const rows = await readLabelledCompletions(files, columns);
    const groupBy = files.length > 1 && !columns.groupBy.includes("file") ? ["file", ...columns.groupBy] : [...columns.groupBy];

    const timeoutMs = 1000 * (numberFlag(values, "timeout", { min: 1 }) ?? config.defaults?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS);
    const maxAttempts = numberFlag(values, "max-attempts", { integer: true, min: 1, max: 20 }) ?? config.defaults?.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts;
    const pool = judgePool({ config, env: io.env, cwd: io.cwd, retry: { ...DEFAULT_RETRY_POLICY, maxAttempts }, timeoutMs });
    const judges = commaListFlag(values, "judge").map(pool.resolve);
    const budget = {
      maxRequests: numberFlag(values, "max-requests", { integer: true, min: 1 }) ?? config.budget?.maxRequests,
      maxTokens: numberFlag(values, "max-tokens", { integer: true, min: 1 }) ?? config.budget?.maxTokens,
      maxCostUsd: numberFlag(values, "max-cost", { min: 0 }) ?? config.budget?.maxCostUsd,
    };
    const price = priceLookup(config.pricing);
    if (judges.length > 0) {
      const promptTokens = rows.reduce((sum, row) => sum + estimatePromptTokens(judgePrompt(row.prompt, row.completion)), 0);
      const outputTokens = rows.length * JUDGE_SETTINGS.maxOutputTokens;
      const estimate = spendEstimate(judges.map((judge) => ({ requests: rows.length, inputTokens: promptTokens, outputTokens, costUsd: costOf(price(judge), { inputTokens: promptTokens, outputTokens }) })));
      const what = `judging ${rows.length} completions with ${judges.length} judge${judges.length > 1 ? "s" : ""}`;
      const plan = () => `${what}: up to ${estimate.requests.toLocaleString("en")} requests, ${estimate.tokens.toLocaleString("en")} tokens, at most $${estimate.costUsd.toFixed(2)}\n`;
      passSpendGate({ estimate, caps: budget, yes: booleanFlag(values, "yes"), what, instead: "set --max-cost, or label fewer rows", plan, out: io.stderr });
      if (!booleanFlag(values, "skip-preflight")) await preflight(pool.checks(), { retry: { ...DEFAULT_RETRY_POLICY, maxAttempts }, timeoutMs, signal: io.signal, clock: io.clock });
    }

    const label = (pipeline: RequestPipeline) =>
      labelCompletions(rows, {
        judges,
        pipeline,
        concurrency: numberFlag(values, "concurrency", { integer: true, min: 1, max: 64 }),
        onJudged: (judge, done, total) => void (done % 100 === 0 && io.stderr.write(`  ${judge}: ${done}/${total} labelled\n`)),
      }).finally(() => pipeline.close());
    const pipelineOptions = { cache: !booleanFlag(values, "no-cache"), budget, retry: { ...DEFAULT_RETRY_POLICY, maxAttempts }, timeoutMs, prices: price, onEvent: () => undefined, signal: io.signal, clock: io.clock };
    let runs: LabellerRun[];
    let runId: string | undefined;
    if (judges.length === 0) runs = await label(new RequestPipeline({ runId: "agreement", ...pipelineOptions, cache: false }));
    else {
      // Judges ask through a run of the agreement's own: every verdict recorded, and at temperature 0 cached.
      const opened = await openStore(storagePath(stringFlag(values, "db"), config, io.cwd), { credentials: credentialsInUse(io.env, config.providers) });
      try {
        runId = await createAgreementRun(opened.store, { files, labelColumn: columns.label, judges: judges.map((judge) => judge.id) }, pool.checks().map((check) => check.target));
        const pipeline = new RequestPipeline({ runId, store: opened.store, ...pipelineOptions });
        pool.bind(pipeline);
        runs = await label(pipeline).catch(async (error: unknown) => {
          await opened.store.setRunStatus(runId!, "failed", Date.now());
          throw error;
        });
        await opened.store.setRunStatus(runId, agreementRunStatus(runs), Date.now());
      } finally {
        await opened.close();
      }
    }
    const agreements = runs.map((run) => labelerAgreement(rows, run, groupBy)).filter((a): a is LabelerAgreement => a !== undefined);
    io.stdout.write(renderAgreement(rows.length, columns.label, agreements, runs, terminalWidth(io.stdout, io.env)));
    if (outFlag !== undefined && outFormat !== undefined) {
      const out = resolve(io.cwd, outFlag);
      await writeAtomically(out, agreementLabelChunks(rows, runs, outFormat), "labels", outFlag);
      io.stdout.write(`\nwrote ${out}\n`);
    }
    if (runId !== undefined) io.stdout.write(`\njudges' requests recorded as run ${runId}\n`);
    if (judges.some((judge) => judge.simulated)) io.stdout.write("note: [simulated] judges are the provider simulator, a test double: not any model's labels\n");
    return runs.some((run) => run.stopped !== undefined) ? 1 : 0;
  },
};
