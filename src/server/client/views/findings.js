// What a run found beyond its metrics, as stored with it: the verdicts of the claims held against it (one row per
// claim and target, the evidence beneath), its targets' context probes ("claimed X / accepted Y / effective Z") and the
// judges' pairwise ratings with their intervals.

import { el, section, table } from "../dom.js";
import { int, metric, targetName } from "../format.js";

const STATUS_WORDS = { supported: "supported", contradicted: "contradicted", inconclusive: "inconclusive", "not-tested": "not tested" };

export function renderFindings(findings, simulated) {
  return [
    findings.verdicts.length > 0 ? section("Verdicts", verdicts(findings.verdicts, simulated)) : null,
    findings.probes.length > 0 ? section("Context probes", probes(findings.probes)) : null,
    findings.ratings.length > 0 ? section("Pairwise ratings", ratings(findings.ratings)) : null,
  ];
}

function verdicts(sets, simulated) {
  return el(
    "div",
    { id: "verdicts" },
    sets.map((set) => {
      const counts = Object.entries(STATUS_WORDS).map(([status, words]) => [words, set.verdicts.filter((v) => v.status === status).length]).filter(([, n]) => n > 0);
      const rows = set.verdicts.map((v) => [
        el("div", {}, el("strong", {}, v.claim.id), el("div", { class: "muted" }, v.claim.statement)),
        v.targetId ? targetName(v.targetId, simulated.get(v.targetId)) : el("span", { class: "muted" }, "no target matched"),
        { value: STATUS_WORDS[v.status], class: `verdict verdict-${v.status}` },
        el("div", { class: "evidence" }, v.evidence, v.trialsToDecide ? el("div", { class: "muted" }, `about ${int(v.trialsToDecide)} trials per cell would decide it`) : null),
      ]);
      return el(
        "div",
        { class: "claim-set", data: { claimSet: set.claimSet } },
        el("h3", {}, `${set.claimSet}: `, el("span", { class: "muted" }, counts.map(([words, n]) => `${n} ${words}`).join(", "))),
        set.simulated ? el("p", { class: "note" }, "A built-in claim set that describes no real model (the demo's).") : null,
        table(["claim", "target", "verdict", "evidence"], rows, { class: "verdicts" }),
      );
    }),
  );
}

function probes(list) {
  const tokens = (n) => (n === undefined || n === null ? "?" : int(n));
  const rows = list.map((p) => [
    targetName(p.targetId, p.simulated),
    { value: tokens(p.claimedTokens), class: "num" },
    { value: `${tokens(p.acceptedTokens)}${p.rejectedAboveTokens === undefined ? "+" : ""}`, class: "num" },
    { value: tokens(p.effectiveTokens), class: "num" },
    p.truncation,
    el("div", { class: "evidence" }, p.evidence, p.madeInRun ? null : el("div", { class: "muted" }, "probed outside this run (the target's newest probe)")),
  ]);
  return table(["target", "claimed tokens", "accepted", "effective", "truncation", "evidence"], rows, { id: "probes" });
}

function ratings(list) {
  return el(
    "div",
    { id: "ratings" },
    list.map((task) =>
      el(
        "div",
        { class: "ratings", data: { task: task.taskId } },
        el("h3", {}, task.taskId),
        task.judges.map((judge) => {
          const rows = judge.ratings.map((r) => {
            const controlled = judge.lengthControlled.find((x) => x.targetId === r.targetId);
            return [r.targetId, { value: int(r.rating), class: "num" }, { value: interval(r.interval), class: "num" }, { value: controlled ? `${int(controlled.rating)} ${interval(controlled.interval)}` : "", class: "num" }];
          });
          return el(
            "div",
            {},
            el("p", {}, `judge ${judge.judgeId}: ${int(judge.comparisons)} comparisons, ${int(judge.unscored)} unscored, position consistency ${metric(judge.positionConsistency.value, judge.positionConsistency.interval, judge.positionConsistency.n, judge.positionConsistency.items)}${judge.stopped ? `, stopped early (${judge.stopped})` : ""}`),
            rows.length > 0 ? table(["target", "rating", "95% interval", "length-controlled"], rows) : el("p", { class: "muted" }, "No pairing got a readable verdict in both orders."),
          );
        }),
        task.agreements.map((a) => el("p", { class: "muted" }, `judges ${a.first} and ${a.second} agree: kappa ${metric(a.kappa.value, a.kappa.interval, a.kappa.n, a.kappa.items)}`)),
      ),
    ),
  );
}

function interval(range) {
  if (!range) return "baseline";
  return `[${range.lower === null ? "−∞" : int(range.lower)}, ${range.upper === null ? "+∞" : int(range.upper)}]`;
}
