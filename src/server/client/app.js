// The dashboard page: hash routes to views, one at a time. Leaving a view aborts its requests and live stream.
//   #/                      runs list (tick two runs to compare)
//   #/compare?a=&b=&ta=&tb= two runs (or two targets of one run) compared, A − B
//   #/run/ID                run page (summaries, comparison, heatmaps, metrics, errors, live progress)
//   #/run/ID/samples?...    transcript browser (filters, search, pages)
//   #/run/ID/matrix?...     items × targets matrix of one task (task, disagree, offset)
//   #/run/ID/sample/REF     one transcript

import { el, link } from "./dom.js";
import { renderCompare } from "./views/compare.js";
import { renderMatrix } from "./views/matrix.js";
import { renderRun } from "./views/run.js";
import { renderRuns } from "./views/runs.js";
import { renderSamples } from "./views/samples.js";
import { renderTranscript } from "./views/transcript.js";

const main = document.getElementById("main");
const crumbs = document.getElementById("crumbs");
let current;

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const mark = raw.indexOf("?");
  const path = (mark < 0 ? raw : raw.slice(0, mark)).split("/").filter(Boolean).map(decodeURIComponent);
  return { path, query: new URLSearchParams(mark < 0 ? "" : raw.slice(mark + 1)) };
}

function pick(path) {
  if (path.length === 0) return { view: renderRuns, trail: [] };
  if (path[0] === "compare" && path.length === 1) return { view: renderCompare, trail: ["compare"] };
  if (path[0] !== "run" || !path[1]) return undefined;
  const runId = path[1];
  const run = link(`#/run/${encodeURIComponent(runId)}`, `run ${runId}`);
  if (path.length === 2) return { view: renderRun, runId, trail: [run] };
  if (path[2] === "samples" && path.length === 3) return { view: renderSamples, runId, trail: [run, "transcripts"] };
  if (path[2] === "matrix" && path.length === 3) return { view: renderMatrix, runId, trail: [run, "matrix"] };
  if (path[2] === "sample" && path[3] && path.length === 4) {
    const samples = link(`#/run/${encodeURIComponent(runId)}/samples`, "transcripts");
    return { view: renderTranscript, runId, ref: path[3], trail: [run, samples, "transcript"] };
  }
  return undefined;
}

async function route() {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const { path, query } = parseHash();
  const picked = pick(path);
  main.dataset.ready = "false";
  main.replaceChildren(el("p", { class: "muted" }, "loading..."));
  crumbs.replaceChildren(link("#/", "runs"), ...(picked?.trail ?? []).flatMap((part) => [" / ", part]));
  if (!picked) {
    main.replaceChildren(el("p", { class: "error" }, "No such page."));
    main.dataset.ready = "true";
    return;
  }
  try {
    const view = await picked.view({ runId: picked.runId, ref: picked.ref, query, signal: controller.signal });
    if (controller.signal.aborted) return;
    main.replaceChildren(view);
  } catch (error) {
    if (controller.signal.aborted) return;
    main.replaceChildren(el("p", { class: "error" }, `Could not load this page: ${error.message}`));
  }
  main.dataset.ready = "true";
}

window.addEventListener("hashchange", route);
route();
