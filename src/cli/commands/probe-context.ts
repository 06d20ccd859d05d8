// `realitycheck probe-context --model ...`: per target, the largest prompt the host accepts, whether it cuts longer
// prompts silently (and where, and from what length), and how its token counts compare with ours. Shows the most
// it can cost before it starts, and refuses to start a costly probe without --yes.

import { loadConfig } from "../../config/load-config.ts";
import { resolveTargets } from "../../config/resolve-targets.ts";
import { estimateProbeCost } from "../../probes/context/probe-cost.ts";
import { defaultMaxTokens } from "../../probes/context/probe-options.ts";
import { lengthLabel, parseSize } from "../../families/niah/grid-spec.ts";
import { loadTokenizerForModel } from "../../providers/target-tokenizer.ts";
import { latestEffectiveLength } from "../../runner/latest-effective-length.ts";
import { costOf, priceLookup } from "../../runner/pricing.ts";
import { runContextProbe } from "../../runner/probe-session.ts";
import { preflight } from "../../runner/preflight.ts";
import { RequestPipeline } from "../../runner/request-pipeline.ts";
import { DEFAULT_RETRY_POLICY } from "../../runner/retry-policy.ts";
import { buildRuntimes } from "../../runner/target-runtime.ts";
import { loadTokenizer, tokenizerLabel } from "../../tokenizers/tokenizer-registry.ts";
import type { Command } from "../command.ts";
import { booleanFlag, listFlag, numberFlag, stringFlag } from "../flag-values.ts";
import { credentialsInUse } from "../../providers/credentials-in-use.ts";
import { openStore, storagePath } from "../open-store.ts";
import { renderProbeTable } from "../render-probe.ts";
import { fitLines } from "../fit-lines.ts";
import { terminalWidth } from "../terminal-width.ts";
import { DEFAULT_TIMEOUT_SECONDS, SKIP_PREFLIGHT_OPTION } from "../run-options.ts";
import { passSpendGate } from "../spend-gate.ts";


export const probeContextCommand: Command = {
  name: "probe-context",
  summary: "Find the largest prompt each host accepts and whether it truncates longer ones silently (claimed / accepted / kept).",
  usage: "probe-context --model provider:model-id [--model ...] [--claimed 10m] [--max 16m] [options]",
  options: {
    model: { type: "string", multiple: true, short: "m" },
    config: { type: "string" },
    db: { type: "string" },
    claimed: { type: "string" },
    max: { type: "string" },
    start: { type: "string" },
    precision: { type: "string" },
    tokenizer: { type: "string" },
    seed: { type: "string" },
    timeout: { type: "string" },
    "max-attempts": { type: "string" },
    yes: { type: "boolean" },
    ...SKIP_PREFLIGHT_OPTION,
  },
  positionals: [0, 0],
  async run(args, io) {
    const values = args.values;
    const { config } = loadConfig(stringFlag(values, "config"), io.cwd);
    const targets = resolveTargets(listFlag(values, "model"), config, io.cwd);
    const claimedFlag = stringFlag(values, "claimed");
    const claimedTokens = claimedFlag === undefined ? undefined : parseSize(claimedFlag, "--claimed");
    const maxFlag = stringFlag(values, "max");
    const maxFor = (claimed: number | undefined) => (maxFlag === undefined ? defaultMaxTokens(claimed) : parseSize(maxFlag, "--max"));
    const startFlag = stringFlag(values, "start");
    const startTokens = startFlag === undefined ? undefined : parseSize(startFlag, "--start");
    const precision = numberFlag(values, "precision", { min: 0.001, max: 0.5 });
    const runtimes = buildRuntimes(targets, config, io.env, 1);
    // A window stated in the config for a target counts as its claim unless --claimed says otherwise.
    const claimFor = (targetId: string) => claimedTokens ?? config.targets?.[targetId]?.contextWindow;

    const optionsFor = (targetId: string) => {
      const claimed = claimFor(targetId);
      return { maxTokens: maxFor(claimed), startTokens, precision, claimedTokens: claimed };
    };
    // Every option is checked before the plan is printed: bad input leaves nothing on stdout.
    const planned = targets.map((target) => ({ target, options: optionsFor(target.id) }));
    const prices = priceLookup(config.pricing);
    const total = { requests: 0, tokens: 0, costUsd: 0 };
    const width = terminalWidth(io.stdout, io.env);
    io.stdout.write("probe plan (worst case; usually far less):\n");
    for (const { target, options } of planned) {
      const estimate = estimateProbeCost(options);
      const price = prices(target);
      const usd = price ? costOf(price, { inputTokens: estimate.promptTokens, outputTokens: estimate.calls * 64 }) : undefined;
      total.requests += estimate.calls;
      total.tokens += estimate.promptTokens + estimate.calls * 64;
      total.costUsd += usd ?? 0;
      const cost = target.simulated ? "simulated, free" : usd === undefined ? "unknown price" : `at most $${usd.toFixed(2)}`;
      const line = `  ${target.id}: up to ${estimate.calls} calls, ${estimate.promptTokens.toLocaleString("en")} prompt tokens ` +
        `(${estimate.withoutCut.calls} calls, ${estimate.withoutCut.promptTokens.toLocaleString("en")} if nothing is cut), prompts up to ${lengthLabel(options.maxTokens)}: ${cost}`;
      io.stdout.write(`${fitLines([line], width).join("\n")}\n`);
    }
    passSpendGate({ estimate: total, yes: booleanFlag(values, "yes"), what: "this probe", instead: "lower --max", out: io.stdout });
    const retry = { ...DEFAULT_RETRY_POLICY, maxAttempts: numberFlag(values, "max-attempts", { integer: true, min: 1, max: 20 }) ?? DEFAULT_RETRY_POLICY.maxAttempts };
    const timeoutMs = 1000 * (numberFlag(values, "timeout", { min: 1 }) ?? config.defaults?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS);
    if (!booleanFlag(values, "skip-preflight")) {
      const checks = targets.map((target) => ({ role: "target" as const, target, connection: runtimes.get(target.id)! }));
      await preflight(checks, { retry, timeoutMs, signal: io.signal, clock: io.clock });
    }

    const opened = await openStore(storagePath(stringFlag(values, "db"), config, io.cwd, io.env), { credentials: credentialsInUse(io.env, config.providers) });
    // Not a run: the probes' requests are paced and retried, and the probe result is stored, not each request.
    const pipeline = new RequestPipeline({ runId: "probe-context", cache: false, budget: {}, retry, timeoutMs, prices, onEvent: () => undefined, signal: io.signal, clock: io.clock });
    try {
      const rows = [];
      for (const target of targets) {
        const forced = stringFlag(values, "tokenizer");
        const tokenizer = forced ? await loadTokenizer(forced) : await loadTokenizerForModel(target.provider, target.model);
        io.stderr.write(`${fitLines([`probing ${target.id} (counting with ${tokenizerLabel(tokenizer)})`], width).join("\n")}\n`);
        const effective = await latestEffectiveLength(opened.store, target.id, io.cwd);
        const { id, result } = await runContextProbe(target, pipeline, runtimes.get(target.id)!, tokenizer, opened.store, {
          ...optionsFor(target.id),
          seed: numberFlag(values, "seed", { integer: true, min: 0 }) ?? 1,
          cwd: io.cwd,
          effectiveTokens: effective?.tokens,
          onReply: (reply, tokens) => {
            const what = reply.accepted ? `accepted${reply.reportedPromptTokens === undefined ? "" : ` (host counted ${reply.reportedPromptTokens})`}` : "rejected";
            io.stderr.write(`  ${tokens.toLocaleString("en")} tokens: ${what}\n`);
          },
        });
        rows.push({ target, id, result, effectiveRun: effective?.runId });
      }
      io.stdout.write(renderProbeTable(rows, width));
      if (targets.some((t) => t.simulated)) io.stdout.write("note: [simulated] targets are the provider simulator, a test double: not any host's behaviour\n");
      return 0;
    } finally {
      await pipeline.close();
      await opened.close();
    }
  },
};
