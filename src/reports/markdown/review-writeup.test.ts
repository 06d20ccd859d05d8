import { describe, expect, it } from "vitest";
import { handMadeModel, outsideFences, PLANTED } from "../../test-support/report-fixtures.ts";
import { reviewWriteup } from "./review-writeup.ts";

describe("reviewWriteup", () => {
  const text = reviewWriteup(handMadeModel());

  it("follows the review's sections, in its order", () => {
    const headings = text.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## In short",
      "## Under the hood",
      "## Reality check",
      "## Testing the model",
      "## Information retrieval",
      "## Other tasks",
      "## Style and pathology",
      "## Final thoughts",
    ]);
  });

  it("quotes model output only inside fenced blocks, and escapes every other untrusted text", () => {
    expect(text).toContain(`\`\`\`text\nAnswer: ${PLANTED}\n\`\`\``);
    const markup = outsideFences(text);
    expect(markup).not.toMatch(/<script|<img|<b>|<i>|(^|[^\\])\]\(|alert\(/);
    expect(markup).toContain("Solves riddles \\<b\\>well\\</b\\>");
    expect(markup).toContain("item q-\\<b\\>1\\</b\\>");
    expect(markup).toContain("Expected: Paris \\[x\\](y)");
    expect(markup).toContain("| lang=es \\<i\\> | 2 | 0.500 n=2 |");
  });

  it("carries the measured numbers: verdicts, intervals, heatmap cells, effective length, cost and style", () => {
    expect(text).toContain("| **contradicted** | Retrieves anywhere in 10M tokens (ctx) | groq:llama | accuracy@1k 0.620 \\[0.460, 0.750\\] n=40 |");
    expect(text).toContain("| **inconclusive** | Refuses under 2% (refusal) | simulator:honest@a *(simulated)* |");
    expect(text).toContain("- ctx @ groq:llama: accuracy@1k 0.62 \\[0.46, 0.75\\] \\< 0.90 (claim: vendor blog; measured: run-1)");
    expect(text).toContain("- refusal @ simulator:honest@a: rate 0.03 \\[0.01, 0.09\\]; about 120 trials per cell would likely decide it");
    expect(text).toContain("4 claim verdict(s): 1 contradicted, 1 supported, 1 inconclusive, 1 not-tested.");
    expect(text).toContain("| depth | 1k | 2k |\n|---|---|---|\n| 0% | 100 | rej |\n| 50% | 0 | 100 |\n| **all** | **50** | **50** |");
    expect(text).toContain("effective context length:");
    expect(text).toContain("0.750 [0.301, 0.954] n=4");
    expect(text).toContain("$0.0123");
    expect(text).toContain("2.500 [1.000, 4.000] n=4");
    expect(text).toContain("| groq:llama | 10,000,000 | 131,072 | none |");
  });

  it("says per target what its claims found, and the pairwise ratings beside their task", () => {
    const short = text.slice(text.indexOf("## In short"), text.indexOf("## Under the hood"));
    expect(short).toContain("- **groq:llama**: 1 of 2 claims contradicted: finds 62% of needles at");
    expect(short).toContain("- **simulator:honest@a** *(simulated)*: no claim contradicted; 1 inconclusive");
    expect(text).toContain("- judge judge \\<j\\>: 4 pairs, 1 unreadable, position consistency 0.750 [0.300, 0.950] n=4");
    expect(text).toContain("| judge \\<j\\> | groq:llama | 1120 [≥ 990] | 1080 [950, 1210] |");
    expect(text).toContain("| judge \\<j\\> | simulator:honest@a | 880 (baseline) | 920 (baseline) |");
  });

  it("opens and closes with the simulator banner when a target is simulated", () => {
    expect(text.split("\n")[2]).toMatch(/^> \*\*Simulated results\.\*\* Targets marked simulated are the provider simulator, a scripted test double/);
    expect(text).toContain("**Reminder:**");
    const model = handMadeModel();
    const real = reviewWriteup({ ...model, run: { ...model.run, simulated: false }, verdicts: [] });
    expect(real).not.toMatch(/Simulated results|Reminder/);
    expect(real).toContain("No claim set was held against this run");
  });
});
