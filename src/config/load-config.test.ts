import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./load-config.ts";
import { thrownConfigError } from "../test-support/thrown-config-error.ts";

function configFile(text: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), "rc-config-"));
  const path = join(dir, "realitycheck.config.yaml");
  writeFileSync(path, text);
  return { dir, path };
}

describe("loadConfig", () => {
  it("runs without a config file", () => {
    const dir = mkdtempSync(join(tmpdir(), "rc-config-"));
    expect(loadConfig(undefined, dir)).toEqual({ config: {} });
  });

  it("reads targets, provider limits, custom providers, budget and pricing", () => {
    const { dir, path } = configFile(`
storage: results/rc.db
defaults: { trials: 3, seed: 7 }
targets:
  scout-groq:
    model: groq:meta-llama/llama-4-scout-17b-16e-instruct
    settings: { temperature: 0, maxOutputTokens: 512 }
providers:
  groq: { concurrency: 4, requestsPerMinute: 30, tokensPerMinute: 6000 }
  myhost: { baseURL: "https://llm.example.test/v1", apiKeyEnv: MYHOST_KEY }
budget: { maxCostUsd: 2.5 }
pricing:
  "myhost:*": { inputPerMillion: 0.1, outputPerMillion: 0.2 }
`);
    const { config } = loadConfig(undefined, dir);
    expect(loadConfig(path).path).toBe(path);
    expect(config.targets?.["scout-groq"]?.settings?.maxOutputTokens).toBe(512);
    expect(config.providers?.groq?.requestsPerMinute).toBe(30);
    expect(config.providers?.myhost?.apiKeyEnv).toBe("MYHOST_KEY");
    expect(config.budget?.maxCostUsd).toBe(2.5);
  });

  it("names the file and line of a bad value", () => {
    const { path } = configFile(`defaults:\n  trials: 3\ntargets:\n  a:\n    model: no-colon-here\n`);
    const error = thrownConfigError(() => loadConfig(path));
    expect(error.message).toBe(`${path}:5: targets.a.model: must look like provider:model-id`);
  });

  it("names the line of an unknown key", () => {
    const { path } = configFile(`budget:\n  maxCost: 3\n`);
    expect(thrownConfigError(() => loadConfig(path)).message).toBe(`${path}:2: budget: unrecognized key "maxCost" (did you mean "maxCostUsd"?)`);
  });

  it("reports YAML syntax errors on one line with their position", () => {
    const { path } = configFile(`targets:\n  a: [unclosed\n`);
    const error = thrownConfigError(() => loadConfig(path));
    expect(error.message).toMatch(new RegExp(`^${path}:\\d+: invalid YAML: `));
    expect(error.message).not.toContain("\n");
  });

  it("checks that judges name a target or a provider:model id", () => {
    const { path } = configFile(`targets:\n  scout: { model: "groq:m" }\njudges:\n  - scout\n  - anthropic:claude-sonnet-4-0\n  - gpt4\n`);
    expect(thrownConfigError(() => loadConfig(path)).message).toBe(`${path}:6: judges.2: "gpt4" is neither a target name from this file nor provider:model-id`);
  });

  it("fails when an explicit config does not exist", () => {
    expect(thrownConfigError(() => loadConfig("/nonexistent/rc.yaml")).message).toBe("/nonexistent/rc.yaml: config file not found");
  });
});
