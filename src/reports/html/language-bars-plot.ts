// A task's headline metric per language as inline SVG: a group of bars per language, one bar per target with its 95%
// interval as a whisker, so a host that loses one language stands out beside its others.

import { escapeHtml } from "./escape.ts";
import { legendHeight, legendSvg, line, linearScale, plotSvg, round, text, tickLabel, type LegendEntry } from "./svg-plot.ts";

export interface LanguageBar {
  colour: string;
  label: string;
  /** Null when nothing was scored in this language. */
  value: number | null;
  lower?: number;
  upper?: number;
}

export interface LanguageBarsInput {
  id: string;
  title: string;
  metric: string;
  languages: string[];
  /** bars[languageIndex][targetIndex] */
  bars: LanguageBar[][];
  legend: LegendEntry[];
}

const AXIS_Y = 204;
const PLOT = { left: 52, right: 16, top: 14 };
const BAR = 26;
const GROUP_GAP = 28;

export function languageBarsPlot(input: LanguageBarsInput): string {
  const perGroup = Math.max(1, ...input.bars.map((group) => group.length));
  const width = Math.max(420, PLOT.left + PLOT.right + input.languages.length * (perGroup * BAR + GROUP_GAP));
  const groupWidth = (width - PLOT.left - PLOT.right) / Math.max(1, input.languages.length);
  const height = AXIS_Y + 62 + legendHeight(input.legend, width - PLOT.left);
  const values = input.bars.flat().flatMap((b) => [b.value ?? 0, b.upper ?? 0]);
  const y = linearScale([0, Math.max(1, ...values)], [AXIS_Y, PLOT.top]);
  const parts: string[] = [];
  for (const tick of y.ticks) parts.push(line(PLOT.left, y(tick), width - PLOT.right, y(tick), "grid"), text(PLOT.left - 6, y(tick) + 4, tickLabel(tick), "tick", "end"));
  parts.push(line(PLOT.left, AXIS_Y, width - PLOT.right, AXIS_Y, "axis"));
  input.languages.forEach((language, l) => {
    const left = PLOT.left + l * groupWidth + (groupWidth - perGroup * BAR) / 2;
    parts.push(text(left + (perGroup * BAR) / 2, AXIS_Y + 16, language, "tick"));
    (input.bars[l] ?? []).forEach((bar, b) => parts.push(barSvg(bar, left + b * BAR, language, y)));
  });
  parts.push(legendSvg(input.legend, PLOT.left, AXIS_Y + 56, width - PLOT.left));
  return plotSvg(
    {
      id: input.id,
      title: input.title,
      description: `${input.metric} per language, one bar per target; the whisker is the 95% interval.`,
      width,
      height,
      xLabelY: AXIS_Y + 36,
      xLabel: "language of the question",
      yLabel: input.metric,
    },
    parts.join(""),
  );
}

function barSvg(bar: LanguageBar, x: number, language: string, y: (v: number) => number): string {
  const base = y(0);
  if (bar.value === null) return text(x + BAR / 2, base - 4, "–", "tick");
  const hover = `${bar.label}, ${language}: ${tickLabel(bar.value)}${bar.lower === undefined ? "" : ` [${tickLabel(bar.lower)}, ${tickLabel(bar.upper ?? bar.value)}]`}`;
  const parts = [`<rect class="bar" x="${round(x + 2)}" y="${round(y(bar.value))}" width="${BAR - 4}" height="${round(Math.max(0, base - y(bar.value)))}" fill="${bar.colour}"><title>${escapeHtml(hover)}</title></rect>`];
  if (bar.lower !== undefined && bar.upper !== undefined) parts.push(line(x + BAR / 2, y(bar.lower), x + BAR / 2, y(bar.upper), "whisker"));
  return parts.join("");
}
