import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PassThrough } from "node:stream";
import { Terminal } from "@xterm/headless";
import { describe, expect, it } from "vitest";
import type { RunEvent } from "../core/events.ts";
import { DRIVEN_TARGETS } from "../test-support/drive-progress-targets.ts";
import { ProgressRenderer } from "./progress.ts";

function capture(isTTY: boolean, size: { columns?: number; rows?: number } = {}) {
  const out = Object.assign(new PassThrough(), { isTTY, ...size });
  let text = "";
  out.on("data", (chunk: Buffer) => (text += chunk.toString()));
  return { out, text: () => text };
}

const key = (targetId: string, itemId: string) => ({ targetId, taskId: "t", itemId, trial: 1 });

/** What a terminal of this size shows after `output`: the rows of the screen and its scrollback, and how many wrapped. */
async function screen(output: string, columns: number, rows: number, convertEol = false): Promise<{ lines: string[]; wrapped: number }> {
  const terminal = new Terminal({ cols: columns, rows, scrollback: 10_000, allowProposedApi: true, convertEol });
  await new Promise<void>((resolve) => terminal.write(output, resolve));
  const buffer = terminal.buffer.active;
  const lines: string[] = [];
  let wrapped = 0;
  for (let row = 0; row < buffer.length; row++) {
    const line = buffer.getLine(row)!;
    if (line.isWrapped) wrapped++;
    lines.push(line.translateToString(true));
  }
  terminal.dispose();
  return { lines: lines.filter((line) => line !== ""), wrapped };
}

describe("ProgressRenderer", () => {
  it("writes plain periodic lines when not a terminal, and a final line per target", () => {
    let now = 0;
    const sink = capture(false);
    const progress = new ProgressRenderer({ out: sink.out, intervalMs: 1000, now: () => now });
    const events: RunEvent[] = [
      { type: "run-started", runId: "r1", resumed: false, targets: [{ id: "groq:m", total: 3, alreadyDone: 0, simulated: false }, { id: "simulator:x", total: 3, alreadyDone: 1, simulated: true }] },
      { type: "attempt-failed", runId: "r1", key: key("groq:m", "a"), attempt: 1, errorKind: "rate_limited", willRetry: true, retryInMs: 20 },
      { type: "sample-finished", runId: "r1", key: key("groq:m", "a"), status: "done", fromCache: false, inputTokens: 10, outputTokens: 5, costUsd: 0.001 },
      { type: "sample-finished", runId: "r1", key: key("simulator:x", "a"), status: "error", errorKind: "server_error", fromCache: false, inputTokens: 0, outputTokens: 0, costUsd: 0 },
    ];
    for (const event of events) {
      now += 600;
      progress.listener(event);
    }
    progress.listener({ type: "run-finished", runId: "r1", status: "completed", done: 2, errors: 1, pending: 2, skipped: 0, failing: [] });
    const text = sink.text();
    expect(text).toContain("run r1: groq:m 3 to ask, simulator:x [simulated] 2 to ask");
    expect(text).toContain("  groq:m                     1/3    33%  err   0  retry   1  cached   0  tok      15    $0.0010");
    expect(text).toContain("  simulator:x [simulated]    2/3    66%  err   1  retry   0  cached   0  tok       0");
    expect(text).not.toContain("\x1b[");
    expect(text.trim().split("\n").at(-1)).toBe("run r1 completed: 2 answered, 1 ended in error, 2 not asked");
    // A state already written by the periodic lines is not written again at the end.
    expect(text.split("simulator:x [simulated]    2/3").length - 1).toBe(1);
  });

  it("announces budget stops and interruptions on their own lines", () => {
    const sink = capture(false);
    const progress = new ProgressRenderer({ out: sink.out });
    progress.listener({ type: "run-started", runId: "r2", resumed: true, targets: [] });
    progress.listener({ type: "budget-exhausted", runId: "r2", limit: "cost", used: 1.23456, cap: 1.25 });
    progress.listener({ type: "run-stopping", runId: "r2", reason: "interrupted" });
    expect(sink.text()).toContain("run r2 (resumed)");
    expect(sink.text()).toContain("budget reached: cost 1.2346 of 1.25");
    expect(sink.text()).toContain("interrupted: cancelling requests in flight");
  });

  it("names a target the circuit breaker stopped, wrapped to the width, and its samples left as not asked", () => {
    const sink = capture(false);
    const progress = new ProgressRenderer({ out: sink.out, width: 100 });
    progress.listener({ type: "run-started", runId: "r3", resumed: false, targets: [{ id: "vllm:m", total: 40, alreadyDone: 0, simulated: false }] });
    const message = "vllm: the host rejected the API key (HTTP 401): Incorrect API key provided: [redacted]";
    progress.listener({ type: "target-failing", runId: "r3", targetId: "vllm:m", rule: "first", failures: 3, errorKind: "auth_error", message });
    progress.listener({ type: "run-finished", runId: "r3", status: "failed", done: 0, errors: 3, pending: 37, skipped: 0, failing: ["vllm:m"] });
    const lines = sink.text().trim().split("\n");
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    expect(lines.join(" ").replace(/ +/g, " ")).toContain(`vllm:m: stopped, target failing (its first 3 samples all ended in auth_error): ${message}; its remaining samples are not asked`);
    expect(lines.at(-1)).toBe("run r3 failed: 0 answered, 3 ended in error, 37 not asked (target failing: vllm:m)");
  });

  it("on a terminal shorter than its targets, redraws no more lines than the terminal has rows", async () => {
    let now = 0;
    const sink = capture(true, { columns: 60, rows: 6 });
    const progress = new ProgressRenderer({ out: sink.out, now: () => now });
    const targets = Array.from({ length: 9 }, (_, index) => ({ id: `host${index}:model`, total: 5, alreadyDone: 0, simulated: false }));
    progress.listener({ type: "run-started", runId: "r4", resumed: false, targets });
    for (let step = 0; step < 5; step++) {
      for (const target of targets) {
        now += 150;
        progress.listener({ type: "sample-finished", runId: "r4", key: key(target.id, `i${step}`), status: "done", fromCache: false, inputTokens: 1, outputTokens: 1, costUsd: 0 });
      }
    }
    const { lines, wrapped } = await screen(sink.text(), 60, 6, true);
    expect(wrapped).toBe(0);
    // Five rows: the block is cut to four lines and a count of the rest, never taller than the screen.
    const block = lines.filter((line) => / err +\d/.test(line));
    expect(block, lines.join("\n")).toHaveLength(4);
    expect(block.every((line) => line.includes("5/5")), lines.join("\n")).toBe(true);
    expect(lines.at(-1)).toBe("  … 5 more lines");
    progress.listener({ type: "run-finished", runId: "r4", status: "completed", done: 45, errors: 0, pending: 0, skipped: 0, failing: [] });
  });

  it("after the terminal narrows, moves up as many rows as the rewrapped block takes and redraws it to the new width", async () => {
    let now = 0;
    const sink = capture(true, { columns: 100, rows: 30 });
    const progress = new ProgressRenderer({ out: sink.out, now: () => now });
    const ids = ["groq:meta-llama/llama-4-scout-17b-16e-instruct", "together:meta-llama/Llama-4-Maverick-17B-128E"];
    progress.listener({ type: "run-started", runId: "r6", resumed: false, targets: ids.map((id) => ({ id, total: 4, alreadyDone: 0, simulated: false })) });
    const finish = (id: string, item: string) => {
      now += 500;
      progress.listener({ type: "sample-finished", runId: "r6", key: key(id, item), status: "done", fromCache: false, inputTokens: 5, outputTokens: 5, costUsd: 0.01 });
    };
    for (const id of ids) finish(id, "a");
    const terminal = new Terminal({ cols: 100, rows: 30, allowProposedApi: true, convertEol: true });
    const write = (text: string) => new Promise<void>((resolve) => terminal.write(text, resolve));
    await write(sink.text());
    const before = sink.text().length;
    // The terminal rewraps what is on screen, then the process hears of it.
    terminal.resize(50, 30);
    sink.out.columns = 50;
    sink.out.emit("resize");
    for (const id of ids) for (const item of ["b", "c", "d"]) finish(id, item);
    progress.listener({ type: "run-finished", runId: "r6", status: "completed", done: 8, errors: 0, pending: 0, skipped: 0, failing: [] });
    await write(sink.text().slice(before));
    const buffer = terminal.buffer.active;
    const rows = Array.from({ length: buffer.length }, (_, row) => buffer.getLine(row)!.translateToString(true)).filter((line) => line !== "");
    const block = rows.filter((line) => / err +\d/u.test(line));
    expect(block, rows.join("\n")).toHaveLength(2);
    expect(block.every((line) => line.includes("4/4") && line.length <= 49), rows.join("\n")).toBe(true);
    terminal.dispose();
  });

  it("after the run's samples, the steps that follow print lines of their own and never the block again", async () => {
    let now = 0;
    const sink = capture(true, { columns: 100, rows: 20 });
    const progress = new ProgressRenderer({ out: sink.out, now: () => now });
    progress.listener({ type: "run-started", runId: "r5", resumed: false, targets: [{ id: "host:model", total: 2, alreadyDone: 0, simulated: false }] });
    for (const item of ["a", "b"]) {
      now += 500;
      progress.listener({ type: "sample-finished", runId: "r5", key: key("host:model", item), status: "done", fromCache: false, inputTokens: 1, outputTokens: 1, costUsd: 0 });
    }
    progress.listener({ type: "run-finished", runId: "r5", status: "completed", done: 2, errors: 0, pending: 0, skipped: 0, failing: [] });
    progress.note("probing the context of host:model");
    now += 500;
    progress.listener({ type: "request-finished", runId: "r5", purpose: "probe", targetId: "host:model", simulated: false, status: "done", fromCache: false, inputTokens: 9, outputTokens: 1, costUsd: 0 });
    progress.note("judging the writing pairwise");
    const { lines } = await screen(sink.text(), 100, 20, true);
    expect(lines.filter((line) => line.startsWith("  host:model"))).toEqual([expect.stringMatching(/^ {2}host:model +2\/2 +100%/u)]);
    expect(lines.slice(-3)).toEqual(["run r5 completed: 2 answered, 0 ended in error, 0 not asked", "probing the context of host:model", "judging the writing pairwise"]);
  });

  it("in a 100-column pseudo-terminal with 40-character model ids, the final screen shows each target's line once", async () => {
    const driver = fileURLToPath(new URL("../test-support/drive-progress.ts", import.meta.url));
    const command = `stty cols 100 rows 40; "${process.execPath}" --import tsx "${driver}"`;
    const output = execFileSync("script", ["-qfec", command, "/dev/null"], { cwd: fileURLToPath(new URL("../..", import.meta.url)), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const { lines, wrapped } = await screen(output, 100, 40);
    expect(wrapped, lines.join("\n")).toBe(0);
    const progressLines = lines.filter((line) => /^ {2}\S.* {2}err +\d+/.test(line));
    // Three targets, the judge and the calibration: each once, the final state, nothing stale from a redraw.
    expect(progressLines, lines.join("\n")).toHaveLength(5);
    for (const target of DRIVEN_TARGETS) {
      expect(target.id).toHaveLength(40);
      const own = progressLines.filter((line) => line.startsWith(`  ${target.id.slice(0, 10)}`));
      expect(own, target.id).toHaveLength(1);
      const done = target.simulated ? "500/800" : `${target.total}/${target.total} 100%`;
      expect(own[0]).toContain(done);
    }
    expect(lines.at(-2)).toMatch(/^run r1 completed: 3708 answered/);
  });
});
