import { describe, expect, it } from "vitest";
import { compileProfiles } from "./compile-profile.ts";
import { parseProfiles } from "./profile.ts";
import { builtInProfiles } from "./profiles.ts";
import { thrownConfigError } from "../test-support/thrown-config-error.ts";

describe("parseProfiles", () => {
  it("accepts YAML text and objects, with every field optional", () => {
    const yaml = "mine:\n  extends: honest\n  latencyMs: 5\n  languages:\n    fr: { accuracy: 0.2 }\nbare: {}\n";
    expect(parseProfiles(yaml, "p.yaml")).toEqual({ mine: { extends: "honest", latencyMs: 5, languages: { fr: { accuracy: 0.2 } } }, bare: {} });
    expect(parseProfiles({ x: { rules: [{ match: "hi", reply: "hello" }] } }, "p.json").x?.rules).toHaveLength(1);
  });

  it.each([
    [{ slow: { latencyMs: -1 } }, "slow.latencyMs"],
    [{ slow: { latencyMS: 5 } }, "slow"],
    [{ odd: { rules: [{ match: "(" , reply: "x" }] } }, "odd.rules.0.match"],
    [{ odd: { rules: [{ match: "x" }] } }, "odd.rules.0"],
    [{ odd: { contextErrorStyle: "azure" } }, "odd.contextErrorStyle"],
    [{ odd: { languages: { xx: {} } } }, "odd.languages"],
    [{ "bad name": {} }, "bad name"],
  ])("names the bad field: %j", (input, field) => {
    const error = thrownConfigError(() => parseProfiles(input, "profiles.yaml"));
    expect(error.where).toBe("profiles.yaml");
    expect(error.message).toContain(`profiles.yaml: ${field}`);
  });

  it("rejects broken YAML and broken extends chains", () => {
    expect(thrownConfigError(() => parseProfiles("a: [", "p.yaml")).message).toContain("not valid YAML");
    expect(thrownConfigError(() => parseProfiles({ a: { extends: "nowhere" } }, "p.yaml")).message).toContain('unknown profile "nowhere"');
    expect(thrownConfigError(() => parseProfiles({ a: { extends: "b" }, b: { extends: "a" } }, "p.yaml")).message).toContain("a -> b -> a");
  });
});

describe("builtInProfiles", () => {
  it("compile, each with a one-line description", () => {
    const compiled = compileProfiles(builtInProfiles, "built-ins");
    for (const name of ["echo", "honest", "faulty", "rate-limited", "slow", "context-8k", "truncating", "looping", "refuser", "emoji-verbose", "spanish-flip"]) {
      const profile = compiled.get(name);
      expect(profile?.description).toMatch(/^[^\n]{10,}$/);
    }
  });

  it("inherit through extends, child fields winning", () => {
    const compiled = compileProfiles({ ...builtInProfiles, quick: { extends: "slow", latencyMs: 1 } }, "test");
    expect(compiled.get("quick")).toMatchObject({ latencyMs: 1, tokensPerSecond: 50 });
    expect(compiled.get("quick")?.rules).toHaveLength(3);
  });
});
