// `realitycheck report RUN --format html|md|json|csv [--out file]`: a self-contained HTML report, a Markdown write-up
// in the review's shape, or the samples as JSON or CSV. Written to a temporary file and renamed, so a failure
// leaves no partial report. Default: reports/<run-id>.<ext> beside the results database.

import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { loadConfig } from "../../config/load-config.ts";
import { ConfigError } from "../../core/errors.ts";
import type { Task } from "../../core/task.ts";
import { exportRun } from "../../reports/export-run.ts";
import { htmlReport } from "../../reports/html/html-report.ts";
import { buildReportModel, type ReportModel } from "../../reports/html/report-model.ts";
import { reviewWriteup } from "../../reports/markdown/review-writeup.ts";
import { loadRunFindings } from "../../reports/run-findings.ts";
import { loadStoredRun } from "../../runner/load-stored-run.ts";
import { loadRunMetrics } from "../../runner/run-metrics.ts";
import type { Command } from "../command.ts";
import { stringFlag } from "../flag-values.ts";
import { openStore, storagePath, type OpenedStore } from "../open-store.ts";
import { writeAtomically } from "../write-atomically.ts";

export const REPORT_FORMATS = ["html", "md", "json", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface WriteReportOptions {
  format: ReportFormat;
  /** Absolute path; default reports/<run-id>.<format> beside the database. */
  out?: string;
  cwd: string;
}

export const reportCommand: Command = {
  name: "report",
  summary: "Write a run's report: a self-contained HTML page, a Markdown write-up in the review's shape, or its samples as JSON or CSV.",
  usage: "report <run-id|prefix|last> --format html|md|json|csv [--out file]",
  options: { config: { type: "string" }, db: { type: "string" }, format: { type: "string" }, out: { type: "string" } },
  positionals: [1, 1],
  async run(args, io) {
    const format = stringFlag(args.values, "format") ?? "html";
    if (!isReportFormat(format)) throw new ConfigError(`unknown format "${format}" (use ${REPORT_FORMATS.join(", ")})`, "--format");
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const opened = await openStore(storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env), { mustExist: true, cwd: io.cwd });
    try {
      const outFlag = stringFlag(args.values, "out");
      const path = await writeReport(opened, args.positionals[0]!, { format, out: outFlag === undefined ? undefined : resolve(io.cwd, outFlag), cwd: io.cwd });
      io.stdout.write(`wrote ${path}\n`);
      return 0;
    } finally {
      await opened.close();
    }
  },
};

/** Writes one report of a stored run and returns its path. */
export async function writeReport(opened: OpenedStore, runRef: string, options: WriteReportOptions): Promise<string> {
  const [path] = await writeReports(opened, runRef, [options.format], options);
  return path!;
}

/**
 * Writes several formats of one run's report, reading the run, its stored findings (verdicts, probes, ratings) and
 * building the page model once, and returns their paths in the same order. `options.out` applies only when a single
 * format is asked.
 */
export async function writeReports(opened: OpenedStore, runRef: string, formats: readonly ReportFormat[], options: Omit<WriteReportOptions, "format">): Promise<string[]> {
  const { run, trials, metrics } = await loadRunMetrics(opened.store, runRef, options.cwd);
  let model: ReportModel | undefined;
  let tasks: Task[] | undefined;
  const paths: string[] = [];
  for (const format of formats) {
    let out = formats.length === 1 ? options.out : undefined;
    if (out === undefined) {
      out = join(opened.reportsDir, `${run.id}.${format}`);
      mkdirSync(dirname(out), { recursive: true });
    }
    let chunks: Iterable<string> | AsyncIterable<string>;
    if (format === "json" || format === "csv") {
      tasks ??= (await loadStoredRun(opened.store, run.id, options.cwd)).tasks;
      chunks = exportRun(opened.store, run, run.targets, { format, tasks });
    } else {
      if (!model) {
        const findings = await loadRunFindings(opened.store, run.id);
        const verdicts = findings.verdicts.flatMap((set) => set.verdicts);
        model = await buildReportModel({ store: opened.store, run, trials, metrics, verdicts, probes: findings.probes, ratings: findings.ratings });
      }
      chunks = [format === "html" ? htmlReport(model) : reviewWriteup(model)];
    }
    await writeAtomically(out, chunks, "report");
    paths.push(out);
  }
  return paths;
}

function isReportFormat(format: string): format is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(format);
}
