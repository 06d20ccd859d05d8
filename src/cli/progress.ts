// Renders engine events as progress: on a terminal, a block of one line per target (then one per judge, probe or
// calibration) redrawn in place; otherwise plain lines now and then. Lines never wrap: a wrapped line would make
// the next redraw move up too few rows and leave stale text behind.

import type { RunEvent } from "../core/events.ts";
import { wrapText } from "../core/wrap-text.ts";
import { formatEta, progressLayout, progressLine, type ProgressCounts } from "./progress-line.ts";
import type { SizedStream } from "./terminal-width.ts";

interface TargetProgress extends ProgressCounts {
  total: number;
  startedDone: number;
}

export interface ProgressOptions {
  out: SizedStream & { on?(event: "resize", listener: () => void): unknown; off?(event: "resize", listener: () => void): unknown };
  /** Width of plain lines when `out` is not a terminal (COLUMNS); none, one line per event (a terminal's own width is read at every redraw). */
  width?: number;
  /** Plain-line interval when not a terminal. */
  intervalMs?: number;
  /** Least time between two redraws on a terminal. */
  redrawMs?: number;
  now?: () => number;
}

const ESC = "\u001b[";

export class ProgressRenderer {
  private readonly targets = new Map<string, TargetProgress>();
  private readonly requests = new Map<string, ProgressCounts>();
  private readonly now: () => number;
  private readonly tty: boolean;
  private startedAt = 0;
  private lastPlain = 0;
  private lastPlainLines = "";
  private lastDraw = -Infinity;
  /** Lengths of the lines of the block on screen now (none when no block is drawn). */
  private drawn: number[] = [];
  /** The run's samples are over: what comes after (probes, pairwise judging) prints lines, not the block again. */
  private finished = false;
  private timer?: NodeJS.Timeout;
  private readonly onResize = (): void => this.draw();

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.tty = options.out.isTTY === true;
  }

  readonly listener = (event: RunEvent): void => {
    switch (event.type) {
      case "run-started":
        // One renderer may see several runs (verify's): each gets a block of its own.
        this.targets.clear();
        this.requests.clear();
        this.finished = false;
        this.startedAt = this.now();
        this.lastPlain = this.startedAt;
        for (const t of event.targets) {
          this.targets.set(t.id, { label: t.id, simulated: t.simulated, total: t.total, done: t.alreadyDone, errors: 0, retries: 0, cached: 0, tokens: 0, costUsd: 0, startedDone: t.alreadyDone });
        }
        this.started(event);
        break;
      case "sample-finished": {
        const t = this.targets.get(event.key.targetId);
        if (!t) break;
        t.done++;
        if (event.status === "error") t.errors++;
        if (event.fromCache) t.cached++;
        t.tokens += event.inputTokens + event.outputTokens;
        t.costUsd += event.costUsd;
        this.update();
        break;
      }
      case "sample-skipped": {
        const t = this.targets.get(event.key.targetId);
        if (t) t.total--;
        break;
      }
      case "attempt-failed": {
        const t = this.targets.get(event.key.targetId);
        if (t && event.willRetry) t.retries++;
        break;
      }
      case "request-finished": {
        const r = this.requestsOf(`${event.purpose} ${event.targetId}`, event.simulated);
        r.done++;
        if (event.status === "error") r.errors++;
        if (event.fromCache) r.cached++;
        r.tokens += event.inputTokens + event.outputTokens;
        r.costUsd += event.costUsd;
        this.update();
        break;
      }
      case "request-attempt-failed":
        if (event.willRetry) this.requestsOf(`${event.purpose} ${event.targetId}`, false).retries++;
        break;
      case "rate-limit-learned":
        this.line(`${event.targetId}: host limits learned${event.requestsPerMinute ? ` ${event.requestsPerMinute} requests/min` : ""}${event.tokensPerMinute ? ` ${event.tokensPerMinute} tokens/min` : ""}`);
        break;
      case "budget-exhausted":
        this.line(`budget reached: ${event.limit} ${round(event.used)} of ${round(event.cap)}; stopping (resume with a larger budget to continue)`);
        break;
      case "run-stopping":
        if (event.reason === "interrupted") this.line("interrupted: cancelling requests in flight; finished samples are saved");
        break;
      case "target-failing": {
        const which = event.rule === "first" ? `its first ${event.failures} samples all ended in ${event.errorKind}` : `its last ${event.failures} samples in a row ended in error, the last in ${event.errorKind}`;
        this.line(`${event.targetId}: stopped, target failing (${which}): ${event.message}; its remaining samples are not asked`);
        break;
      }
      case "run-finished": {
        this.stopTimer();
        this.draw(true);
        this.finished = true;
        const failing = event.failing.length > 0 ? ` (target failing: ${event.failing.join(", ")})` : "";
        this.line(`run ${event.runId} ${event.status}: ${event.done} answered, ${event.errors} ended in error, ${event.pending} not asked${failing}${event.skipped > 0 ? `, ${event.skipped} not needed (adaptive sampling: their cells were decided)` : ""}`);
        break;
      }
      default:
        break;
    }
  };

  private started(event: Extract<RunEvent, { type: "run-started" }>): void {
    const again = event.askedAgain ? `, ${event.askedAgain} errored sample${event.askedAgain === 1 ? "" : "s"} asked again` : "";
    this.line(`run ${event.runId}${event.resumed ? ` (resumed${again})` : ""}: ${[...this.targets.values()].map((t) => `${t.label}${t.simulated ? " [simulated]" : ""} ${t.total - t.done} to ask`).join(", ")}`);
    if (!this.tty) return;
    // Redraws follow events; the timer only keeps the eta moving while a host keeps everyone waiting.
    this.timer = setInterval(() => this.draw(), 1000);
    this.timer.unref();
    this.options.out.on?.("resize", this.onResize);
    this.draw();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.options.out.off?.("resize", this.onResize);
  }

  private requestsOf(label: string, simulated: boolean): ProgressCounts {
    let progress = this.requests.get(label);
    if (!progress) {
      progress = { label, simulated, done: 0, errors: 0, retries: 0, cached: 0, tokens: 0, costUsd: 0 };
      this.requests.set(label, progress);
    }
    progress.simulated ||= simulated;
    return progress;
  }

  private width(): number {
    // The last column is left empty: a character there puts some terminals in a pending wrap.
    if (this.tty) return Math.max(20, (this.options.out.columns ?? 80) - 1);
    return this.options.width ?? Infinity;
  }

  /** One line per target, then one per judge (or probe, or calibration) and target asked. */
  private lines(withEta: boolean): string[] {
    const layout = progressLayout([...this.targets.values(), ...this.requests.values()], this.width(), withEta);
    return [...[...this.targets.values()].map((t) => progressLine(t, layout, withEta ? this.eta(t) : "")), ...[...this.requests.values()].map((r) => progressLine(r, layout))];
  }

  private eta(t: TargetProgress): string {
    if (t.done >= t.total) return "done";
    const elapsed = (this.now() - this.startedAt) / 1000;
    const rate = elapsed > 0 ? (t.done - t.startedDone) / elapsed : 0;
    return rate > 0 ? formatEta((t.total - t.done) / rate) : "-";
  }

  /** A line of the command's own (a step starting) above the block, so the block's redraws never overwrite it. */
  note(text: string): void {
    this.line(text);
  }

  private update(): void {
    if (this.finished) return;
    if (this.tty) {
      if (this.now() - this.lastDraw >= (this.options.redrawMs ?? 100)) this.draw();
      return;
    }
    const now = this.now();
    if (now - this.lastPlain < (this.options.intervalMs ?? 5000)) return;
    this.lastPlain = now;
    this.plain();
  }

  /** Plain lines for logs: one per target, skipped when nothing changed since the last ones. */
  private plain(): void {
    const lines = this.lines(false).join("\n");
    if (lines === this.lastPlainLines) return;
    this.lastPlainLines = lines;
    this.options.out.write(lines + "\n");
  }

  /** Redraws the block in place, in one write: up to its first line, each line cleared and written, the rest erased. */
  private draw(final = false): void {
    if (!this.tty) {
      if (final) this.plain();
      return;
    }
    this.lastDraw = this.now();
    const lines = this.fitRows(this.lines(!final));
    this.options.out.write(`${this.erase(false)}${lines.map((line) => `${ESC}2K${line}\n`).join("")}${ESC}0J`);
    this.drawn = final ? [] : lines.map((line) => line.length);
  }

  /** Never more lines than the terminal has rows: lines that scrolled off could not be reached to redraw them. */
  private fitRows(lines: string[]): string[] {
    const rows = Math.max(2, (this.options.out.rows ?? 24) - 1);
    if (lines.length <= rows) return lines;
    return [...lines.slice(0, rows - 1), `  … ${lines.length - rows + 1} more lines`];
  }

  /** Moves up to the block's first row (as many rows as its lines take at today's width: a resized terminal rewraps them). */
  private erase(clear: boolean): string {
    if (this.drawn.length === 0) return "\r";
    const columns = this.options.out.columns ?? 80;
    const rows = this.drawn.reduce((sum, length) => sum + Math.max(1, Math.ceil(length / columns)), 0);
    this.drawn = [];
    return `${ESC}${rows}A\r${clear ? `${ESC}0J` : ""}`;
  }

  /** A line of its own above the block, wrapped to the width; the block is drawn again below it. */
  private line(text: string): void {
    const lines = wrapText(text, this.width());
    if (!this.tty) {
      this.options.out.write(lines.join("\n") + "\n");
      return;
    }
    const live = this.drawn.length > 0;
    this.options.out.write(`${this.erase(true)}${lines.join("\n")}\n`);
    if (live) this.draw();
  }
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}
