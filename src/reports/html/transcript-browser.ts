// The transcript browser's markup: filters by task, target and outcome, a text search, the list the script fills,
// and the transcripts themselves as JSON data (never as markup: the script inserts every field with textContent).

import { escapeHtml, jsonForScript } from "./escape.ts";
import { formatCount } from "./format-values.ts";
import type { ReportModel } from "./report-model.ts";

export const LOOP_FILTER = "LOOP";

export function transcriptBrowser(model: ReportModel): string {
  const { total, embedded, omitted } = model.transcriptCounts;
  const outcomes = [...new Set(model.transcripts.map((t) => t.outcome))].sort();
  if (model.transcripts.some((t) => t.loop)) outcomes.push(LOOP_FILTER);
  const note =
    omitted === 0
      ? `All ${formatCount(total)} samples are here.`
      : `${formatCount(embedded)} of ${formatCount(total)} samples are here; ${formatCount(omitted)} were left out to keep this file small ` +
        `(the first samples of each task and target, then failures). Every sample: realitycheck export ${model.run.id} --format jsonl.`;
  return (
    `<section id="transcripts"><h2>Transcripts</h2>` +
    `<p class="about">${escapeHtml(note)} Long answers are clipped; prompts are not embedded (export --prompts has them).</p>` +
    `<div class="filters">` +
    select("rc-task", "task", model.tasks.map((t) => t.id)) +
    select("rc-target", "target", model.targets.map((t) => t.id)) +
    select("rc-outcome", "outcome", outcomes) +
    `<label>search <input id="rc-text" type="search" placeholder="text in question, answer or item id"></label>` +
    `<span id="rc-cell" hidden><span id="rc-cell-label"></span> <button type="button" id="rc-cell-clear">show all cells</button></span>` +
    `</div><p id="rc-count" class="muted"></p><div id="rc-list"></div>` +
    `<button type="button" id="rc-more" hidden>show more</button>` +
    `<div id="rc-tip" class="tip" hidden></div>` +
    `<script type="application/json" id="rc-data">${jsonForScript({ transcripts: model.transcripts })}</script>` +
    `</section>`
  );
}

function select(id: string, label: string, values: readonly string[]): string {
  const options = values.map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`).join("");
  return `<label>${label} <select id="${id}"><option value="">all</option>${options}</select></label>`;
}
