// The report's stylesheet, inline so the file opens anywhere with nothing fetched.

export const REPORT_STYLE = `
:root { color-scheme: light; --fg: #1d1d1f; --muted: #6b6b70; --line: #d9d9de; --bg-soft: #f5f5f7; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0 auto; max-width: 1280px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; overflow-wrap: anywhere; }
.headlines { margin: 12px 0; padding-left: 20px; font-size: 15px; }
.headlines li { margin: 4px 0; overflow-wrap: anywhere; }
h2 { font-size: 19px; margin: 32px 0 6px; padding-top: 8px; border-top: 2px solid var(--line); }
h3 { font-size: 15px; margin: 20px 0 6px; }
nav { margin: 12px 0; display: flex; flex-wrap: wrap; gap: 4px 14px; }
nav a { color: #0b57d0; text-decoration: none; }
.muted, .about { color: var(--muted); }
.banner { background: #fff4ce; border: 1px solid #e0c060; padding: 10px 14px; border-radius: 6px; margin: 12px 0; }
.scroll { overflow-x: auto; margin: 6px 0 10px; }
table.data { border-collapse: collapse; font-variant-numeric: tabular-nums; }
table.data th, table.data td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
table.data th { background: var(--bg-soft); font-weight: 600; overflow-wrap: anywhere; }
table.data td { white-space: nowrap; }
table.data td .value { font-weight: 600; }
table.data td .ci { display: block; font-size: 12px; color: var(--muted); }
table.data td .metric-name { display: block; }
table.verdicts td { white-space: normal; min-width: 90px; }
table.noted tr.has-note td { border-bottom: none; }
table.noted tr.note td { border-top: none; white-space: normal; font-size: 13px; color: var(--muted); padding-top: 0; }
table.noted tr.note td:first-child { border-right: none; }
table.noted tr.note .evidence { color: var(--fg); }
table.noted tr.note .decide, table.noted tr.note .sources { margin-left: 10px; }
.badge { font-size: 11px; padding: 1px 6px; border-radius: 8px; background: var(--bg-soft); border: 1px solid var(--line); }
.badge.sim { background: #fff4ce; border-color: #e0c060; }
.status { font-weight: 600; padding: 2px 8px; border-radius: 4px; white-space: nowrap; }
.status-supported { background: #d4e8f6; color: #064f80; }
.status-contradicted { background: #fbdcc6; color: #8a3300; }
.status-inconclusive { background: #fff0c2; color: #6b4e00; }
.status-not-tested { background: #e8e8ec; color: #45454a; }
details { margin: 6px 0; }
summary { cursor: pointer; }
.figures { display: flex; flex-wrap: wrap; gap: 8px 24px; }
.plot-figure { margin: 10px 0; flex: 0 1 auto; min-width: 0; max-width: 100%; }
svg.plot { display: block; max-width: 100%; height: auto; font-family: inherit; }
svg .grid { stroke: #e6e6ea; stroke-width: 1; }
svg .axis { stroke: #8a8a90; stroke-width: 1; }
svg .tick { font-size: 12px; fill: var(--muted); }
svg .axis-label { font-size: 13px; fill: var(--fg); }
svg .legend, svg .row-label { font-size: 13px; fill: var(--fg); }
svg .mark-label { font-size: 12px; fill: #333; }
svg .mark { stroke-width: 1.5; stroke-dasharray: 5 4; }
svg .threshold { stroke: #222; stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .band { fill-opacity: 0.16; stroke: none; }
svg .series { fill: none; stroke-width: 2.2; }
svg .interval { fill-opacity: 0.35; }
svg .whisker { stroke: #222; stroke-width: 1.5; }
.heatmap-row { display: flex; flex-wrap: wrap; gap: 12px 28px; align-items: flex-start; }
.heatmap-figure { margin: 12px 0 6px; flex: 0 1 auto; min-width: 0; max-width: 100%; }
.heatmap-figure figcaption { margin-bottom: 4px; }
.heatmap-figure .effective { white-space: pre-wrap; font-size: 13px; max-width: 480px; }
svg.heatmap { display: block; max-width: 100%; height: auto; }
.heatmap .hm-axis { font-size: 11px; fill: var(--muted); }
.heatmap .hm-value { font-size: 12px; fill: #111; pointer-events: none; }
.heatmap .hm-value.on-dark { fill: #fff; }
.style-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 560px), 1fr)); gap: 4px 20px; }
.style-measure h3 { margin: 12px 0 2px; }
.heatmap .hm-cell { cursor: pointer; }
.heatmap .hm-cell:hover rect, .heatmap .hm-cell:focus rect { stroke: #111; stroke-width: 2; }
.heatmap .hm-cell.hm-selected rect { stroke: #0b57d0; stroke-width: 3; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0; }
.filters select, .filters input { font: inherit; padding: 2px 4px; }
.filters input { min-width: 260px; }
.transcript { border: 1px solid var(--line); border-left-width: 4px; border-radius: 4px; padding: 4px 8px; }
.transcript.good { border-left-color: #0072B2; }
.transcript.bad { border-left-color: #D55E00; }
.transcript .outcome { font-weight: 600; }
.transcript .field { display: flex; gap: 8px; }
.name { color: var(--muted); font-size: 12px; margin-top: 4px; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--bg-soft); padding: 6px 8px; border-radius: 4px; margin: 2px 0 6px; max-height: 420px; overflow-y: auto; }
.tip { position: fixed; z-index: 10; max-width: 360px; background: #fff; border: 1px solid var(--line); box-shadow: 0 4px 14px rgba(0,0,0,.15); padding: 6px 8px; border-radius: 6px; pointer-events: none; }
.tip pre { max-height: 160px; }
@media (max-width: 640px) {
  body { padding: 12px; }
  .filters input { min-width: 0; width: 100%; }
  .filters label { max-width: 100%; }
  .filters select { max-width: 100%; }
  .tip { max-width: calc(100vw - 24px); }
  table.data td { white-space: normal; }
  table.data td .ci { overflow-wrap: anywhere; }
  table.noted thead { display: none; }
  table.noted, table.noted tbody, table.noted tr, table.noted td { display: block; }
  table.noted tr.has-note { border-top: 1px solid var(--line); padding-top: 6px; }
  table.noted td, table.noted tr.note td { border: none; padding: 1px 4px; }
  table.noted tr.note td:first-child { display: none; }
  table.noted tr.note { padding-bottom: 8px; }
  table.noted td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
}
`;
