// Renders engine events as progress: a redrawn block on a terminal, plain periodic lines otherwise.

import type { RunEvent } from "../core/events.ts";

interface TargetProgress {
  id: string;
  simulated: boolean;
  total: number;
  done: number;
  errors: number;
  retries: number;
  cached: number;
  tokens: number;
  costUsd: number;
  startedDone: number;
}

/** A judge's, probe's or calibration's requests to one target. */
interface RequestProgress {
  label: string;
  simulated: boolean;
  asked: number;
  errors: number;
  retries: number;
  cached: number;
  tokens: number;
  costUsd: number;
}

export interface ProgressOptions {
  out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Plain-line interval when not a terminal. */
  intervalMs?: number;
  now?: () => number;
}

export class ProgressRenderer {
  private readonly targets = new Map<string, TargetProgress>();
  private readonly requests = new Map<string, RequestProgress>();
  private startedAt = 0;
  private lastPlain = 0;
  private lastPlainLines = "";
  private drawnLines = 0;
  private timer?: NodeJS.Timeout;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
  }

  readonly listener = (event: RunEvent): void => {
    switch (event.type) {
      case "run-started":
        this.startedAt = this.now();
        this.lastPlain = this.startedAt;
        for (const t of event.targets) {
          this.targets.set(t.id, { id: t.id, simulated: t.simulated, total: t.total, done: t.alreadyDone, errors: 0, retries: 0, cached: 0, tokens: 0, costUsd: 0, startedDone: t.alreadyDone });
        }
        const again = event.askedAgain ? `, ${event.askedAgain} errored sample${event.askedAgain === 1 ? "" : "s"} asked again` : "";
        this.line(`run ${event.runId}${event.resumed ? ` (resumed${again})` : ""}: ${[...this.targets.values()].map((t) => `${label(t)} ${t.total - t.done} to ask`).join(", ")}`);
        if (this.options.out.isTTY) this.timer = setInterval(() => this.draw(), 200);
        break;
      case "sample-finished": {
        const t = this.targets.get(event.key.targetId);
        if (!t) break;
        t.done++;
        if (event.status === "error") t.errors++;
        if (event.fromCache) t.cached++;
        t.tokens += event.inputTokens + event.outputTokens;
        t.costUsd += event.costUsd;
        this.maybePlain();
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
        const r = this.requestsOf(`${event.purpose} ${event.targetId}`);
        r.simulated = event.simulated;
        r.asked++;
        if (event.status === "error") r.errors++;
        if (event.fromCache) r.cached++;
        r.tokens += event.inputTokens + event.outputTokens;
        r.costUsd += event.costUsd;
        break;
      }
      case "request-attempt-failed":
        if (event.willRetry) this.requestsOf(`${event.purpose} ${event.targetId}`).retries++;
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
        if (this.timer) clearInterval(this.timer);
        this.draw(true);
        const failing = event.failing.length > 0 ? ` (target failing: ${event.failing.join(", ")})` : "";
        this.line(`run ${event.runId} ${event.status}: ${event.done} answered, ${event.errors} ended in error, ${event.pending} not asked${failing}${event.skipped > 0 ? `, ${event.skipped} not needed (adaptive sampling: their cells were decided)` : ""}`);
        break;
      }
      default:
        break;
    }
  };

  private requestsOf(label: string): RequestProgress {
    let progress = this.requests.get(label);
    if (!progress) {
      progress = { label, simulated: false, asked: 0, errors: 0, retries: 0, cached: 0, tokens: 0, costUsd: 0 };
      this.requests.set(label, progress);
    }
    return progress;
  }

  /** One line per target, then one per judge (or probe, or calibration) and target asked. */
  private lines(withEta: boolean): string[] {
    const requests = [...this.requests.values()].map((r) => {
      const cost = r.simulated ? "" : ` $${r.costUsd.toFixed(4)}`;
      return `  ${r.label}${r.simulated ? " [simulated]" : ""}  ${r.asked} asked  errors ${r.errors}  retries ${r.retries}  cached ${r.cached}  tokens ${r.tokens}${cost}`;
    });
    return [...[...this.targets.values()].map((t) => this.describe(t, withEta)), ...requests];
  }

  private maybePlain(): void {
    if (this.options.out.isTTY) return;
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

  private draw(final = false): void {
    if (!this.options.out.isTTY) {
      if (final) this.plain();
      return;
    }
    const lines = this.lines(true);
    if (this.drawnLines) this.options.out.write(`\x1b[${this.drawnLines}A`);
    for (const l of lines) this.options.out.write(`\x1b[2K${l}\n`);
    this.drawnLines = final ? 0 : lines.length;
  }

  private line(text: string): void {
    if (this.options.out.isTTY && this.drawnLines) {
      this.options.out.write(`\x1b[${this.drawnLines}A\x1b[0J`);
      this.drawnLines = 0;
    }
    this.options.out.write(text + "\n");
  }

  private describe(t: TargetProgress, withEta = true): string {
    const elapsed = (this.now() - this.startedAt) / 1000;
    const newlyDone = t.done - t.startedDone;
    const rate = elapsed > 0 ? newlyDone / elapsed : 0;
    const eta = withEta && rate > 0 && t.done < t.total ? ` eta ${formatSeconds((t.total - t.done) / rate)}` : "";
    const pct = t.total ? Math.floor((100 * t.done) / t.total) : 100;
    const cost = t.simulated ? "" : ` $${t.costUsd.toFixed(4)}`;
    return `  ${label(t)}  ${t.done}/${t.total} (${pct}%)  errors ${t.errors}  retries ${t.retries}  cached ${t.cached}  tokens ${t.tokens}${cost}${eta}`;
  }
}

function label(t: { id: string; simulated: boolean }): string {
  return t.simulated ? `${t.id} [simulated]` : t.id;
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${Math.ceil(seconds % 60)}s`;
  return `${Math.floor(seconds / 3600)}h${Math.floor((seconds % 3600) / 60)}m`;
}
