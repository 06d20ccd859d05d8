import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { builtinClaimSetNames, loadClaimSet } from "./builtin-claim-sets.ts";

describe("built-in claim sets", () => {
  it("ships Llama 4 Scout, Llama 4 Maverick and the demo's simulated set, each parsing cleanly with a source on every claim", () => {
    expect(builtinClaimSetNames()).toEqual(["demo-sim", "llama-4-maverick", "llama-4-scout"]);
    for (const name of builtinClaimSetNames()) {
      const set = loadClaimSet(name);
      expect(set.name).toBe(name);
      for (const claim of set.claims) expect(claim.source, claim.id).toBeTruthy();
    }
  });

  it("states Scout's launch claims: 10M window, retrieval, under 2% political refusals, parameters as metadata", () => {
    const scout = loadClaimSet("llama-4-scout");
    expect(scout.simulated).toBe(false);
    const byId = new Map(scout.claims.map((claim) => [claim.id, claim]));
    expect(byId.get("scout-context-window")).toMatchObject({ kind: "context-window", threshold: 10_000_000, subject: { model: "llama-4-scout" } });
    expect(byId.get("scout-effective-context")).toMatchObject({ kind: "effective-context", threshold: 10_000_000 });
    expect(byId.get("scout-retrieval-10m")).toMatchObject({ kind: "retrieval-accuracy", length: 10_000_000, threshold: 0.9 });
    expect(byId.get("scout-political-refusals")).toMatchObject({ kind: "metric", family: "refusal", metric: "mirror_refusal_rate", comparison: "<=", threshold: 0.02 });
    expect(byId.get("scout-unequal-refusals")).toMatchObject({ metric: "mirror_asymmetry", threshold: 0.01 });
    expect(byId.get("scout-parameters")).toMatchObject({ kind: "untestable", metadata: { activeParameters: "17B", totalParameters: "109B", experts: 16 } });
  });

  it("states Maverick's: 1M window, 400B total parameters and 128 experts", () => {
    const maverick = loadClaimSet("llama-4-maverick");
    const byId = new Map(maverick.claims.map((claim) => [claim.id, claim]));
    expect(byId.get("maverick-context-window")).toMatchObject({ threshold: 1_000_000, subject: { model: "llama-4-maverick" } });
    expect(byId.get("maverick-parameters")?.metadata).toEqual({ activeParameters: "17B", totalParameters: "400B", experts: 128 });
    expect(byId.get("maverick-political-refusals")).toMatchObject({ threshold: 0.02 });
  });

  it("marks the demo's set as simulated and covers every testable kind", () => {
    const demo = loadClaimSet("demo-sim");
    expect(demo.simulated).toBe(true);
    expect(new Set(demo.claims.map((claim) => claim.kind))).toEqual(
      new Set(["context-window", "retrieval-accuracy", "effective-context", "metric", "speed", "style", "untestable"]),
    );
  });
});

describe("loadClaimSet", () => {
  it("reads a claim file by path relative to the working directory, naming it in errors as given", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "mine.yaml"), "subject: { model: x }\nclaims:\n  - id: a\n    kind: latency\n    statement: s\n");
    expect(() => loadClaimSet("mine.yaml", dir)).toThrow(/^mine\.yaml:4: claims\.0\.kind: unknown kind "latency"/);
    writeFileSync(join(dir, "ok.yaml"), "subject: { model: x }\nclaims:\n  - id: a\n    kind: context-window\n    statement: s\n    threshold: 8k\n");
    expect(loadClaimSet("ok.yaml", dir)).toMatchObject({ name: "ok", claims: [{ id: "a", threshold: 8000, line: 3 }] });
  });

  it("names the built-in sets when given neither one of them nor a file", () => {
    expect(() => loadClaimSet("llama-5", tempDir())).toThrow(
      new ConfigError('unknown claim set "llama-5": neither a built-in set (demo-sim, llama-4-maverick, llama-4-scout) nor a claim file', "--claims"),
    );
  });
});
