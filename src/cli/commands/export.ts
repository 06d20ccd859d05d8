// `realitycheck export RUN --format json|jsonl|csv [--out file]`: written to a temporary file and renamed, so a failure leaves no partial file.

import { resolve } from "node:path";
import { once } from "node:events";
import { loadConfig } from "../../config/load-config.ts";
import { ConfigError } from "../../core/errors.ts";
import { exportRun, type ExportFormat } from "../../reports/export-run.ts";
import { loadStoredRun } from "../../runner/load-stored-run.ts";
import type { Command } from "../command.ts";
import { booleanFlag, stringFlag } from "../flag-values.ts";
import { openStore, storagePath } from "../open-store.ts";
import { writeAtomically } from "../write-atomically.ts";

const FORMATS: ExportFormat[] = ["json", "jsonl", "csv"];

export const exportCommand: Command = {
  name: "export",
  summary:
    "Write a run's samples (responses, expected answers, scores, usage, metadata; prompts with --prompts) as json, jsonl or csv. " +
    "Numbers are rounded: latencies to 0.1 ms, costs to $0.000001, scores to 4 significant digits.",
  usage: "export <run-id|prefix|last> --format json|jsonl|csv [--out file] [--prompts]",
  options: { config: { type: "string" }, db: { type: "string" }, format: { type: "string" }, out: { type: "string" }, prompts: { type: "boolean" } },
  positionals: [1, 1],
  async run(args, io) {
    const format = (stringFlag(args.values, "format") ?? "json") as ExportFormat;
    if (!FORMATS.includes(format)) throw new ConfigError(`unknown format "${format}" (use ${FORMATS.join(", ")})`, "--format");
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const opened = await openStore(storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env), { mustExist: true });
    try {
      const { run, targets, tasks } = await loadStoredRun(opened.store, args.positionals[0]!, io.cwd);
      const options = { format, tasks, prompts: booleanFlag(args.values, "prompts") };
      const outFlag = stringFlag(args.values, "out");
      if (!outFlag) {
        for await (const chunk of exportRun(opened.store, run, targets, options)) {
          if (!io.stdout.write(chunk)) await once(io.stdout, "drain");
        }
        return 0;
      }
      const out = resolve(io.cwd, outFlag);
      await writeAtomically(out, exportRun(opened.store, run, targets, options), "export", outFlag);
      io.stdout.write(`wrote ${out}\n`);
      return 0;
    } finally {
      await opened.close();
    }
  },
};
