// `realitycheck verify --claims NAME|FILE --model ...`: runs exactly what the claims need (a long-context sweep with
// adaptive sampling, the families metric claims name, the benchmarks benchmark claims name, a context probe for window
// claims), shows the cost plan first (--yes above $1), and prints claimed vs measured with a verdict for every claim
// and target.

import { resolve } from "node:path";
import { loadConfig } from "../../config/load-config.ts";
import { ConfigError } from "../../core/errors.ts";
import { loadClaimSet } from "../../claims/builtin-claim-sets.ts";
import { resolveTargets } from "../../config/resolve-targets.ts";
import { renderVerdicts } from "../../claims/render-verdicts.ts";
import { planJudges } from "../../runner/plan-judges.ts";
import { parseSize } from "../../families/niah/grid-spec.ts";
import { adaptiveCapNotes, planRun } from "../../runner/plan-run.ts";
import { planProbes } from "../../runner/probe-plan.ts";
import { PROBE_OUTPUT_TOKENS } from "../../runner/probe-session.ts";
import { checkTargets, prepareAvailableRun, prepareRun } from "../../runner/run-session.ts";
import { verifyPlan } from "../../runner/verify-plan.ts";
import { runVerify } from "../../runner/verify-session.ts";
import type { Command } from "../command.ts";
import { booleanFlag, listFlag, numberFlag, stringFlag } from "../flag-values.ts";
import { credentialsInUse } from "../../providers/credentials-in-use.ts";
import { openStore, storagePath } from "../open-store.ts";
import { ProgressRenderer } from "../progress.ts";
import { columnsSet, terminalWidth } from "../terminal-width.ts";
import { renderProbeTable } from "../render-probe.ts";
import { fitLines } from "../fit-lines.ts";
import { renderProbePlan, worstCaseLine } from "../render-probe-plan.ts";
import { requireClaimTargets } from "../require-claim-targets.ts";
import { BASE_RUN_OPTIONS, runSpecFromTasks } from "../run-options.ts";
import { writeReport } from "./report.ts";
import { passSpendGate, spendEstimate } from "../spend-gate.ts";
import { resumeCommandLine } from "../resume-hint.ts";

/** The sweep's cap per cell: adaptive sampling stops most cells long before it. */
const DEFAULT_MAX_TRIALS = 30;
const DEFAULT_TRIALS = 3;

export const verifyCommand: Command = {
  name: "verify",
  summary: "Check a vendor's claims: run exactly what they need and print claimed vs measured with a verdict for each.",
  usage: "verify --claims llama-4-scout|claims.yaml --model provider:model-id [--model ...] [--judge target] [--max-trials 30] [--limit N] [--yes] [options]",
  options: {
    ...BASE_RUN_OPTIONS,
    claims: { type: "string" },
    judge: { type: "string", multiple: true },
    "max-trials": { type: "string" },
    "no-probe": { type: "boolean" },
    "probe-ceiling": { type: "string" },
    yes: { type: "boolean" },
    limit: { type: "string" },
    "data-dir": { type: "string" },
  },
  positionals: [0, 0],
  async run(args, io) {
    const { values } = args;
    const loaded = loadConfig(stringFlag(values, "config"), io.cwd);
    const { config } = loaded;
    const claimsRef = stringFlag(values, "claims");
    if (!claimsRef) throw new ConfigError("name the claims to check: a built-in set (llama-4-scout, llama-4-maverick, demo-sim) or a claim file", "--claims");
    const claims = loadClaimSet(claimsRef, io.cwd);
    requireClaimTargets(claims, resolveTargets(listFlag(values, "model"), config, io.cwd));
    const ceilingFlag = stringFlag(values, "probe-ceiling");
    const probeCeiling = ceilingFlag === undefined ? undefined : parseSize(ceilingFlag, "--probe-ceiling");
    const judges = listFlag(values, "judge").flatMap((v) => v.split(",")).filter(Boolean);
    const dataDir = stringFlag(values, "data-dir");
    const plan = verifyPlan(claims, judges, { limit: numberFlag(values, "limit", { integer: true, min: 1 }), dataDir: dataDir === undefined ? undefined : resolve(io.cwd, dataDir) });
    const maxTrials = numberFlag(values, "max-trials", { integer: true, min: 1, max: 1000 }) ?? DEFAULT_MAX_TRIALS;
    const deps = { config, env: io.env, cwd: io.cwd };
    // The sweep always gets its own cap; the other families take --trials like any run.
    const sweep = plan.sweep ? await prepareRun({ ...runSpecFromTasks([plan.sweep], args, config, io.cwd), trials: maxTrials }, deps) : undefined;
    // A benchmark is asked once per question, as vendors measure it; --trials asks more. One whose data cannot be had
    // (a gated set without HF_TOKEN, offline without a copy) is left out with its reason: the other claims still run.
    const available = plan.benchmarks.length > 0 ? await prepareAvailableRun(runSpecFromTasks(plan.benchmarks, args, config, io.cwd, { trials: 1 }), deps) : { skipped: [] };
    const benchmarks = available.prepared;
    const probe = plan.probe && !booleanFlag(values, "no-probe");
    // The probe is made within a run (paced, budgeted and recorded with it): window claims alone get a run of no tasks.
    const needsRun = plan.tasks.length > 0 || (probe && !sweep && !benchmarks);
    const battery = needsRun ? await prepareRun(runSpecFromTasks(plan.tasks, args, config, io.cwd, { trials: DEFAULT_TRIALS }), deps) : undefined;
    const rows: { requests: number; inputTokens: number; outputTokens: number; costUsd?: number }[] = [];
    const width = terminalWidth(io.stdout, io.env);
    // The plan's lines wrap at spaces, so a long target id never breaks the terminal's width.
    const say = (...lines: string[]) => io.stdout.write(`${fitLines(lines, width).join("\n")}\n`);
    say(`verify ${claims.name}: ${claims.claims.length} claims${claims.simulated ? " (simulated)" : ""}`);
    for (const [label, prepared] of [["long-context sweep (adaptive, at most", sweep], ["other families (", battery], ["benchmarks (", benchmarks]] as const) {
      if (!prepared || prepared.tasks.length === 0) continue;
      say(`  ${label} ${prepared.spec.trials} trials): ${prepared.tasks.map((t) => `${t.id} ${t.items.length} items`).join(", ")}`);
      for (const row of planRun(prepared.spec, prepared.tasks, config, io.env)) {
        rows.push(row);
        say(`    ${row.targetId}: up to ${row.requests} requests, ${row.inputTokens.toLocaleString("en")} input tokens${row.costUsd === undefined ? "" : `, at most $${row.costUsd.toFixed(2)}`}`);
      }
      for (const note of adaptiveCapNotes(prepared.tasks, prepared.spec.trials)) say(`    ! adaptive sampling: ${note}`);
      for (const row of planJudges(prepared.spec, prepared.tasks, config)) {
        rows.push(row);
        say(`    judge ${row.judgeId}: up to ${row.requests} requests, ${row.inputTokens.toLocaleString("en")} input tokens${row.costUsd === undefined ? "" : `, at most $${row.costUsd.toFixed(2)}`}`);
      }
    }
    for (const { task, reason } of available.skipped) say(`  ${String(task.options.benchmark)}: not run, its claims stay untested: ${reason}`);
    const probes = probe ? planProbes((battery ?? benchmarks ?? sweep)?.targets ?? [], claims, config, probeCeiling) : [];
    const probeUsd = probe ? probes.reduce((total, plan) => total + (plan.costUsd ?? 0), 0) : undefined;
    if (probe) say(...renderProbePlan(probes, probeCeiling !== undefined));
    if (!sweep && !battery && !benchmarks && !probe) say("  nothing here can test these claims; each is listed as not tested");
    const asked = spendEstimate(rows);
    say(worstCaseLine(asked.costUsd, probeUsd));
    const probed = spendEstimate(probes.map((p) => ({ requests: p.estimate.calls, inputTokens: p.estimate.promptTokens, outputTokens: p.estimate.calls * PROBE_OUTPUT_TOKENS, costUsd: p.costUsd })));
    // Each run keeps to its own caps, so they bound the total only when there is one run.
    const runs = [sweep, battery, benchmarks].filter((prepared) => prepared !== undefined);
    const caps = runs.length === 1 ? runs[0]!.spec.execution.budget : undefined;
    const instead = benchmarks ? "lower --max-trials, --limit or --probe-ceiling" : "lower --max-trials or --probe-ceiling";
    const estimate = { requests: asked.requests + probed.requests, tokens: asked.tokens + probed.tokens, costUsd: asked.costUsd + probed.costUsd };
    passSpendGate({ estimate, caps, yes: booleanFlag(values, "yes"), what: "checking these claims", instead, out: io.stdout });
    if (!booleanFlag(values, "skip-preflight")) await checkTargets(runs, io);
    const opened = await openStore(storagePath(stringFlag(values, "db"), config, io.cwd, io.env), { cwd: io.cwd, credentials: credentialsInUse(io.env, config.providers) });
    try {
      const progress = new ProgressRenderer({ out: io.stderr, width: columnsSet(io.env) });
      const result = await runVerify(claims, { sweep, battery, benchmarks, probe, probeCeilingTokens: probeCeiling }, {
        ...deps,
        store: opened.store,
        onEvent: progress.listener,
        signal: io.signal,
        clock: io.clock,
        onStep: (line) => progress.note(line),
      });
      if (result.statuses.some((s) => s !== "completed")) {
        io.stdout.write(`runs ${result.runIds.join(", ")} did not complete (${result.statuses.join(", ")}): no verdicts\n`);
        result.runIds.forEach((runId, index) => {
          if (result.statuses[index] !== "completed") io.stderr.write(`to finish ${runId}: ${resumeCommandLine(runId, values)}\n`);
        });
        return 1;
      }
      if (result.probes.length > 0) io.stdout.write(renderProbeTable(result.probes, width));
      io.stdout.write(`\n${renderVerdicts(result.verdicts, { width }).join("\n")}\n`);
      for (const runId of result.runIds) {
        const report = await writeReport(opened, runId, { format: "html", cwd: io.cwd });
        io.stdout.write(`run ${runId}: report ${report}\n`);
      }
      return 0;
    } finally {
      await opened.close();
    }
  },
};
