// The layers of DESIGN.md held against every import in src/: arrows point down only, the simulator and test support
// stay out of the product (the simulate and demo commands start the simulator), storage is reached only from the top,
// and no two folders import each other.

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importsUnder, type ImportEdge } from "../src/test-support/import-graph.ts";
import { layerViolations, type LayerRules } from "../src/test-support/layer-rules.ts";

const SRC = join(import.meta.dirname, "..", "src");

const RULES: LayerRules = {
  layers: [
    ["cli", "server"],
    ["runner", "reports"],
    ["claims"],
    ["families", "probes"],
    ["metrics", "scorers", "judging"],
    // config/ reads the user's files (config, suites, claims); its importers need it in the leaf libraries' layer.
    ["stats", "providers", "haystack", "tokenizers", "style", "loop-guard", "config"],
    ["core"],
  ],
  fenced: {
    simulator: { importers: ["cli/commands/simulate.ts", "cli/commands/demo.ts"], mayImport: ["core", "tokenizers"] },
    // Test support is not product code, so what it imports is not checked; only tests may import it.
    "test-support": { importers: [], mayImport: [] },
    storage: { importers: ["cli", "server"], mayImport: ["core"] },
  },
  allowed: [],
};

describe("the layer rules", () => {
  const edges = importsUnder(SRC);

  it("hold for every import in src/", () => {
    expect(edges.length).toBeGreaterThan(1000);
    expect(layerViolations(edges, RULES)).toEqual([]);
  });

  it("allow only breaks that still exist", () => {
    const stale = RULES.allowed.filter((a) => !edges.some((e) => e.from === a.from && e.to === a.to));
    expect(stale).toEqual([]);
  });

  it("catch an upward import, a fenced folder reached from outside, a folder in no layer, and a cycle", () => {
    const broken: ImportEdge[] = [
      { from: "stats/wilson-interval.ts", to: "claims/verdict.ts" },
      { from: "reports/html/report-model.ts", to: "simulator/server.ts" },
      { from: "families/niah/niah-family.ts", to: "test-support/temp-dir.ts" },
      { from: "scorers/exact.ts", to: "storage/run-store.ts" },
      { from: "simulator/server.ts", to: "stats/wilson-interval.ts" },
      { from: "widgets/widget.ts", to: "core/errors.ts" },
      { from: "tokenizers/tokenizer-registry.ts", to: "providers/llamacpp/gguf-tokenizer.ts" },
      { from: "providers/llamacpp/gguf-tokenizer.ts", to: "tokenizers/tokenizer.ts" },
      { from: "cli/commands/demo.ts", to: "simulator/server.ts" },
      { from: "claims/verdict.test.ts", to: "simulator/server.ts" },
    ];
    expect(layerViolations(broken, { ...RULES, allowed: [] })).toEqual([
      "stats/wilson-interval.ts -> claims/verdict.ts: upward (stats/ is below claims/)",
      "reports/html/report-model.ts -> simulator/server.ts: simulator/ may be imported only by cli/commands/simulate.ts, cli/commands/demo.ts",
      "families/niah/niah-family.ts -> test-support/temp-dir.ts: test-support/ may be imported only by tests",
      "scorers/exact.ts -> storage/run-store.ts: storage/ may be imported only by cli, server",
      "simulator/server.ts -> stats/wilson-interval.ts: simulator/ may import only core, tokenizers",
      "widgets/: a folder in no layer (place it in the rules)",
      "folders import each other: providers, tokenizers (tokenizers/tokenizer-registry.ts -> providers/llamacpp/gguf-tokenizer.ts; providers/llamacpp/gguf-tokenizer.ts -> tokenizers/tokenizer.ts)",
    ]);
  });
});
