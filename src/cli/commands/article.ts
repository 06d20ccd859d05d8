// `realitycheck article --model ...` (also `run article`): the review's whole battery in one command. Shows the cost
// plan first and needs --yes above $1; runs the battery, probes each host's context, judges the writing pairwise
// when there are two targets and a judge, holds everything against a claim set when given, and writes the reports.

import { loadConfig, type LoadedConfig } from "../../config/load-config.ts";
import type { ClaimSet } from "../../core/claim.ts";
import { loadClaimSet } from "../../claims/builtin-claim-sets.ts";
import { renderVerdicts } from "../../claims/render-verdicts.ts";
import { builtInSuitePath, loadSuiteFile } from "../../families/suite-file.ts";
import { runArticle, WRITING_TASK, type ArticleResult } from "../../runner/article-session.ts";
import { loadRunMetrics } from "../../runner/run-metrics.ts";
import { wrapText } from "../../core/wrap-text.ts";
import { planJudges } from "../../runner/plan-judges.ts";
import { planRun } from "../../runner/plan-run.ts";
import { planProbes } from "../../runner/probe-plan.ts";
import { PROBE_OUTPUT_TOKENS } from "../../runner/probe-session.ts";
import { checkTargets, prepareRun, type PreparedRun } from "../../runner/run-session.ts";
import type { Command, CommandIO, ParsedCommandArgs } from "../command.ts";
import { ARTICLE_OPTIONS, articleFlags } from "../article-flags.ts";
import { ConfigError } from "../../core/errors.ts";
import { booleanFlag, stringFlag } from "../flag-values.ts";
import { resumeHint } from "../resume-hint.ts";
import { credentialsInUse } from "../../providers/credentials-in-use.ts";
import { openStore, storagePath, type OpenedStore } from "../open-store.ts";
import { ProgressRenderer } from "../progress.ts";
import { columnsSet, terminalWidth } from "../terminal-width.ts";
import { printRunSummary } from "../render-summary.ts";
import { renderBriefSummary } from "../render-brief-summary.ts";
import { renderProbeTable } from "../render-probe.ts";
import { fitLines } from "../fit-lines.ts";
import { worstCaseText } from "../render-plan.ts";
import { renderProbePlan, worstCaseLine } from "../render-probe-plan.ts";
import { renderRatings } from "../render-ratings.ts";
import { requireClaimTargets } from "../require-claim-targets.ts";
import { BASE_RUN_OPTIONS, runSpecFromTasks } from "../run-options.ts";
import { writeReports } from "./report.ts";
import { passSpendGate, spendEstimate, type SpendEstimate } from "../spend-gate.ts";

export interface ArticlePlan {
  prepared: PreparedRun;
  claims?: ClaimSet;
  probe: boolean;
  /** The largest prompt each probe asks (--probe-ceiling), when given. */
  probeCeilingTokens?: number;
  judges: string[];
  yes: boolean;
  /** Lines of the cost plan, ending with its worst case. */
  planLines: string[];
  /** The worst case, battery and probe together (unknown prices count as 0). */
  estimate: SpendEstimate;
}

export async function planArticle(args: ParsedCommandArgs, loaded: LoadedConfig, io: Pick<CommandIO, "env" | "cwd">): Promise<ArticlePlan> {
  const { config } = loaded;
  for (const [flag, value] of Object.entries(args.values)) {
    if (value !== undefined && !BASE_RUN_OPTIONS[flag] && !ARTICLE_OPTIONS[flag]) throw new ConfigError(`--${flag} is not an option of article`, `--${flag}`);
  }
  const flags = articleFlags(args.values);
  const claims = flags.claims === undefined ? undefined : loadClaimSet(flags.claims, io.cwd);
  const suite = loadSuiteFile(builtInSuitePath("article")!, flags.suite);
  const spec = runSpecFromTasks(suite.tasks, args, config, io.cwd, suite);
  if (claims) requireClaimTargets(claims, spec.targets);
  // Nothing is sent while planning: every target and judge is checked after the spend gate (runArticleCommand).
  const prepared = await prepareRun(spec, { config, env: io.env, cwd: io.cwd });
  const planLines = [`article (${suite.scale}): ${prepared.tasks.map((t) => `${t.id} ${t.items.length}`).join(", ")} items × ${spec.trials} trials`, "  battery:"];
  const targets = planRun(spec, prepared.tasks, config, io.env);
  for (const plan of targets) {
    planLines.push(`    ${plan.targetId}: ${plan.requests} requests, ${plan.inputTokens.toLocaleString("en")} input and up to ${plan.outputTokens.toLocaleString("en")} output tokens: ${worstCaseText(plan.simulated, plan.costUsd)}`);
  }
  // Rubric panels on the writing, and pairwise judging of it in both orders when two targets can be compared.
  const pairwise = { taskId: WRITING_TASK, judges: flags.judges.map(prepared.judges.resolve) };
  const judges = planJudges(spec, prepared.tasks, config, pairwise);
  for (const plan of judges) {
    planLines.push(`    judge ${plan.judgeId} (${plan.uses.join(", ")}): ${plan.requests} requests, ${plan.inputTokens.toLocaleString("en")} input and up to ${plan.outputTokens.toLocaleString("en")} output tokens: ${worstCaseText(plan.simulated, plan.costUsd)}`);
  }
  const battery = spendEstimate([...targets, ...judges]);
  const probes = flags.probe ? planProbes(prepared.targets, claims, config, flags.probeCeiling) : [];
  const probe = spendEstimate(probes.map((p) => ({ requests: p.estimate.calls, inputTokens: p.estimate.promptTokens, outputTokens: p.estimate.calls * PROBE_OUTPUT_TOKENS, costUsd: p.costUsd })));
  if (flags.probe) planLines.push(...renderProbePlan(probes, flags.probeCeiling !== undefined));
  planLines.push(worstCaseLine(battery.costUsd, flags.probe ? probe.costUsd : undefined));
  return {
    prepared,
    claims,
    probe: flags.probe,
    probeCeilingTokens: flags.probeCeiling,
    judges: flags.judges,
    yes: booleanFlag(args.values, "yes"),
    planLines,
    estimate: { requests: battery.requests + probe.requests, tokens: battery.tokens + probe.tokens, costUsd: battery.costUsd + probe.costUsd },
  };
}

export async function runArticleCommand(args: ParsedCommandArgs, io: CommandIO): Promise<number> {
  const loaded = loadConfig(stringFlag(args.values, "config"), io.cwd);
  const plan = await planArticle(args, loaded, io);
  io.stdout.write(`${fitLines(plan.planLines, terminalWidth(io.stdout, io.env)).join("\n")}\n`);
  passSpendGate({ estimate: plan.estimate, caps: plan.prepared.spec.execution.budget, yes: plan.yes, what: "this battery", instead: "use --scale quick", out: io.stdout });
  if (!booleanFlag(args.values, "skip-preflight")) await checkTargets([plan.prepared], io);
  const opened = await openStore(storagePath(stringFlag(args.values, "db"), loaded.config, io.cwd, io.env), { cwd: io.cwd, credentials: credentialsInUse(io.env, loaded.config.providers) });
  try {
    const result = await executeArticle(plan, loaded, opened, io);
    const hint = resumeHint(result.runId, result.status, args.values);
    if (hint) io.stderr.write(`${hint}\n`);
    return result.status === "completed" ? 0 : result.status === "interrupted" ? 130 : 1;
  } finally {
    await opened.close();
  }
}

/**
 * Runs a planned article suite (its judges checked) into an opened store and prints what it found: every metric, or
 * with `brief` (the demo) the headline of each task, the ratings and the verdicts, with `show` named for the rest.
 */
export async function executeArticle(plan: ArticlePlan, loaded: LoadedConfig, opened: OpenedStore, io: CommandIO, options: { brief?: boolean } = {}): Promise<ArticleResult> {
  const { config } = loaded;
  // The run's own pool: the pairwise judges ask through the run's pipeline, under its budget, like its rubric judges.
  const pairwiseJudges = plan.judges.map(plan.prepared.judges.resolve);
  const progress = new ProgressRenderer({ out: io.stderr, width: columnsSet(io.env) });
  const result = await runArticle(plan.prepared, { config, env: io.env, cwd: io.cwd, store: opened.store, onEvent: progress.listener, signal: io.signal, clock: io.clock, onStep: (line) => progress.note(line) }, {
    probe: plan.probe,
    probeCeilingTokens: plan.probeCeilingTokens,
    claims: plan.claims,
    pairwiseJudges,
  });
  const width = terminalWidth(io.stdout, io.env);
  if (options.brief) {
    const { run, metrics } = await loadRunMetrics(opened.store, result.runId, io.cwd);
    io.stdout.write(`\nsummary of run ${run.id} (${result.status}); every number and heatmap: show\n${renderBriefSummary(metrics.tasks, result.probes, width).join("\n")}\n`);
  } else {
    await printRunSummary(io.stdout, opened.store, result.runId, io.cwd, { width });
    if (result.probes.length > 0) io.stdout.write(renderProbeTable(result.probes, width));
  }
  if (result.ratings) io.stdout.write(renderRatings(result.ratings, width));
  if (plan.claims) {
    io.stdout.write(`\nclaims: ${plan.claims.name}${plan.claims.simulated ? " (simulated claims about a simulated model)" : ""}\n${renderVerdicts(result.verdicts, { width }).join("\n")}\n`);
  }
  const [markdown, html] = await writeReports(opened, result.runId, ["md", "html"], { cwd: io.cwd });
  const db = `--db ${opened.shown}`;
  const more = options.brief ? wrapText(`every metric, breakdown and heatmap: realitycheck show ${result.runId} ${db}; the dashboard: realitycheck view ${db}`, width) : [];
  io.stdout.write(`\n${[...more, `results: ${opened.shown} (run ${result.runId})`, `write-up: ${markdown}`, `report: ${html}`].join("\n")}\n`);
  return result;
}

export const articleCommand: Command = {
  name: "article",
  summary: "The review's whole battery in one command: cost plan, context probe, long context, riddles, mysteries, refusal, writing, style and loops, verdicts and reports.",
  usage: "article --model provider:model-id [--model ...] [--judge target] [--scale quick|standard|full] [--claims name|file] [--yes] [options]",
  options: { ...BASE_RUN_OPTIONS, ...ARTICLE_OPTIONS },
  positionals: [0, 0],
  run: runArticleCommand,
};
