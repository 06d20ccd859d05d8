import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { handMadeModel, PLANTED } from "../../test-support/report-fixtures.ts";
import { contentSecurityPolicy, htmlReport } from "./html-report.ts";
import { REPORT_SCRIPT } from "./report-script.ts";

const DATA_BLOCK = /<script type="application\/json" id="rc-data">([^<]*)<\/script>/;

describe("htmlReport", () => {
  const html = htmlReport(handMadeModel());
  const markup = html.replace(DATA_BLOCK, "");

  it("keeps model text out of the markup: it travels only as JSON data, which parses back exactly", () => {
    const data = JSON.parse(DATA_BLOCK.exec(html)![1]!) as { transcripts: { response: string; scores: { answer: string }[] }[] };
    expect(data.transcripts[0]!.response).toBe(`Answer: ${PLANTED}`);
    expect(data.transcripts[0]!.scores[0]!.answer).toBe(PLANTED);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<b>|<i>/);
    expect(markup).not.toContain("onerror");
    expect(markup).not.toContain("alert(1)");
    expect(markup).toContain("Solves riddles &lt;b&gt;well&lt;/b&gt;");
    expect(markup).toContain("lang=es &lt;i&gt;");
  });

  it("loads nothing from the network and allows only its own script", () => {
    expect(markup).not.toMatch(/https?:\/\//);
    expect([...markup.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!.charAt(0))).toEqual(expect.arrayContaining(["#"]));
    expect([...markup.matchAll(/\b(?:src|href)="([^"#][^"]*)"/g)]).toEqual([]);
    const hash = createHash("sha256").update(REPORT_SCRIPT).digest("base64");
    expect(contentSecurityPolicy()).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:;`);
    expect(html).toContain(`<script>${REPORT_SCRIPT}</script>`);
    expect(REPORT_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  it("opens with one line per target from its verdicts, then the claims plot and the verdict table with evidence under each row", () => {
    const headlines = /<ul class="headlines" id="headlines">(.*?)<\/ul>/.exec(html)![1]!;
    expect(headlines.match(/<li>/g)).toHaveLength(2);
    expect(headlines).toContain("groq:llama</strong>: 1 of 2 claims contradicted: finds 62% of needles at");
    expect(headlines).toContain("1 supported");
    expect(html.indexOf('id="headlines"')).toBeLessThan(html.indexOf('id="verdicts"'));
    expect(html.indexOf('id="verdicts"')).toBeLessThan(html.indexOf('id="retrieval"'));
    expect(html.indexOf('id="plot-claims"')).toBeGreaterThan(html.indexOf('id="verdicts"'));
    for (const status of ["supported", "contradicted", "inconclusive", "not-tested"]) expect(html).toContain(`<span class="status status-${status}">${status}</span>`);
    expect(html).toContain('<span class="metric-name">accuracy@1k</span> <span class="value">0.620</span><span class="ci">[0.460, 0.750] n=40</span>');
    expect(html).toMatch(/<tr class="note"><td><\/td><td colspan="3"><span class="evidence">accuracy@1k 0.62 \[0.46, 0.75\] &lt; 0.90<\/span> <span class="sources">claim: vendor blog · measured: run-1<\/span><\/td><\/tr>/);
    expect(html).toContain("about 120 trials per cell would likely decide it");
    expect(html).toContain("no matching target");
  });

  it("draws every plot with a title it is labelled by and both axis labels, and the ratings beside their task", () => {
    const plots = [...html.matchAll(/<svg class="(plot|heatmap)" id="([^"]+)" role="(img|group)" aria-labelledby="([^"]+)"(.*?)<\/svg>/g)];
    expect(plots.map((m) => m[2])).toEqual(["plot-claims", "plot-length-niah", "plot-heatmap-niah-simulator-honest-a", "plot-ratings-dataset-judge-j"]);
    for (const [svg, , id, , labelledBy] of plots) {
      expect(labelledBy!.split(" ")[0]).toBe(`${id}-title`);
      expect(svg).toContain(`<title id="${id}-title">`);
      expect(svg).toMatch(/class="axis-label" data-axis="x"/);
      expect(svg).toMatch(/class="axis-label" data-axis="y"/);
    }
    expect(html).toContain("judge &lt;j&gt;: 4 pairs, 1 unreadable, position consistency 0.750 [0.300, 0.950] n=4");
    expect(html).toContain("<td>1120 [≥ 990]</td><td>1080 [950, 1210]</td>");
  });

  it("has the heatmap, per-target cost and speed, style, loops and errors, probes and the transcript browser", () => {
    expect(html).toContain('class="hm-cell"');
    expect(html).toContain("effective context length:");
    expect(html).toContain("prompt sizing: simulator tokenizer");
    expect(html).toContain("$0.0123");
    expect(html).toContain("55.5");
    expect(html).toContain('<h3>emoji_per_1k</h3>');
    expect(html).toContain('<span class="value">2.500</span><span class="ci">[1.000, 4.000] n=4</span>');
    expect(html).toContain("timeout 1");
    expect(html).toContain("131,072");
    expect(html).toContain("2 of 10 samples are here; 8 were left out");
    expect(html).toMatch(/<select id="rc-outcome"><option value="">all<\/option><option value="incorrect">incorrect<\/option><option value="not_found">/);
  });

  it("says the simulated numbers are a test double's, and only when a target is simulated", () => {
    expect(html).toContain('id="simulated-banner"');
    const model = handMadeModel();
    const real = htmlReport({ ...model, run: { ...model.run, simulated: false }, verdicts: [] });
    expect(real).not.toContain('id="simulated-banner"');
    expect(real).toContain("No claim set was held against this run.");
  });
});
