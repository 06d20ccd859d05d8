// The HTML report: one self-contained file (inline style, one inline script, inline SVG, no network), with a strict
// Content-Security-Policy so that even a tag slipping through escaping could neither run nor load anything.

import { createHash } from "node:crypto";
import { escapeHtml } from "./escape.ts";
import { targetHeadlines } from "../target-headlines.ts";
import { familySections } from "./family-sections.ts";
import { SIMULATED_NOTE, type ReportModel } from "./report-model.ts";
import { claimsFigure } from "./report-plots.ts";
import { REPORT_SCRIPT } from "./report-script.ts";
import { REPORT_STYLE } from "./report-style.ts";
import { costTables, pathologyTable, styleTable, targetCell } from "./run-tables.ts";
import { transcriptBrowser } from "./transcript-browser.ts";
import { verdictTable } from "./verdict-table.ts";

/** Nothing may load from anywhere; the one inline script runs by its hash, inline styles are allowed, images only as data: URLs. */
export function contentSecurityPolicy(): string {
  const hash = createHash("sha256").update(REPORT_SCRIPT).digest("base64");
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

export function htmlReport(model: ReportModel): string {
  const { run } = model;
  const title = `realitycheck report: run ${run.id}`;
  const sections: [string, string][] = [
    ...(model.verdicts.length > 0 ? [["verdicts", "Claimed vs measured"] as [string, string]] : []),
    ...model.sections.map(({ section }) => [section.id, section.title] as [string, string]),
    ["costs", "Cost, tokens and speed"],
    ["style", "Style profile"],
    ["pathology", "Loops and errors"],
    ["transcripts", "Transcripts"],
  ];
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    `<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title><style>${REPORT_STYLE}</style></head><body>`,
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<p class="muted">started ${escapeHtml(new Date(run.createdAt).toISOString())} · status ${escapeHtml(run.status)} · seed ${run.seed} · ${run.trials} trial(s) per item</p>`,
    `<p>targets: ${model.targets.map((t) => targetCell(t.id, t.simulated)).join(", ")}</p>`,
    run.simulated ? `<p class="banner" id="simulated-banner">${escapeHtml(SIMULATED_NOTE)}</p>` : "",
    headlineList(model),
    `</header><nav>${sections.map(([id, name]) => `<a href="#${id}">${escapeHtml(name)}</a>`).join("")}</nav>`,
    verdictSection(model),
    familySections(model),
    `<section id="costs"><h2>Cost, tokens and speed</h2>${costTables(model)}</section>`,
    `<section id="style"><h2>Style profile</h2><p class="about">Means per answer with 95% bootstrap intervals (rates with Wilson intervals), one table per measure: length, markdown, emoji, exclamations, overused phrases (slop), repetition, and answers in another language than the question.</p>${styleTable(model)}</section>`,
    `<section id="pathology"><h2>Loops and errors</h2><p class="about">Loops stopped: answers the stream guard cut off when they began repeating. Periodic tail: answers whose end repeats with a short period, stopped or not.</p>${pathologyTable(model)}</section>`,
    transcriptBrowser(model),
    `<footer><p class="muted">Intervals are 95%: Wilson for rates, bootstrap for means. Written by realitycheck.</p></footer>`,
    `<script>${REPORT_SCRIPT}</script></body></html>`,
  ].join("\n");
}

function verdictSection(model: ReportModel): string {
  if (model.verdicts.length === 0) return `<p class="muted">No claim set was held against this run.</p>`;
  return (
    `<section id="verdicts"><h2>Claimed vs measured</h2>` +
    `<p class="about">A verdict is supported or contradicted only when the 95% interval says so; otherwise it is inconclusive, with the trials that would likely decide it.</p>` +
    figure(claimsFigure(model)) +
    `${verdictTable(model.verdicts)}</section>`
  );
}

/** The report's first words: one line per target, from its verdicts. */
function headlineList(model: ReportModel): string {
  const lines = targetHeadlines(model).map((h) => `<li><strong>${targetCell(h.targetId, h.simulated)}</strong>: ${escapeHtml(h.text)}</li>`);
  return `<ul class="headlines" id="headlines">${lines.join("")}</ul>`;
}

function figure(svg: string): string {
  return svg === "" ? "" : `<figure class="plot-figure scroll">${svg}</figure>`;
}
