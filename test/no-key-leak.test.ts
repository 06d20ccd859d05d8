// A planted API key is used for real requests and must appear nowhere we write: store (and its WAL), exports,
// report, stdout or stderr, including when the host answers with errors.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { startEchoAuthHost, type EchoAuthHost } from "../src/test-support/echo-auth-host.ts";
import { fixturePath } from "../src/test-support/fixture-path.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const PLANTED = "sk-planted-0123456789abcdefghijklmnopqrstuv";
const QA = fixturePath("datasets", "qa.jsonl");
let simulator: SimulatorHandle;
let echo: EchoAuthHost;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, profiles: { flaky: { extends: "honest", serverErrorRate: 0.3, rateLimitRate: 0.2 } } });
  echo = await startEchoAuthHost();
});
afterAll(async () => {
  await simulator.close();
  await echo.close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("API keys", () => {
  it("are used but never written to the store, logs, exports or reports", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "realitycheck.config.yaml"), `providers:\n  planted:\n    baseURL: ${simulator.url}\n    apiKeyEnv: PLANTED_KEY\n`);
    const env = { PLANTED_KEY: PLANTED, SIMULATOR_BASE_URL: simulator.url };
    const outputs: string[] = [];
    for (const args of [
      ["run", "dataset", "--file", QA, "--model", "planted:flaky", "--model", "planted:context-8k", "--max-attempts", "2"],
      ["plan", "dataset", "--file", QA, "--model", "planted:flaky"],
      ["show", "last"],
      ["export", "last", "--format", "json", "--out", "out.json"],
      ["export", "last", "--format", "csv", "--out", "out.csv"],
      ["export", "last", "--format", "jsonl"],
      ["run", "dataset", "--file", QA, "--model", "planted:no-such-model"],
    ]) {
      const result = await runMain(args, { cwd, env });
      outputs.push(result.stdout, result.stderr);
    }
    // The runs really reached the host and some attempts failed there (errors are where keys like to leak).
    expect(outputs.join("\n")).toMatch(/server_error|rate_limited|retry +[1-9]/);
    const files = filesUnder(cwd);
    expect(files.some((file) => file.endsWith("results.db"))).toBe(true);
    for (const file of files) expect(readFileSync(file).includes(PLANTED), file).toBe(false);
    for (const output of outputs) expect(output).not.toContain(PLANTED);
  });

  it("never stored, exported or printed when planted in a URL, a config header and a host that echoes them back", async () => {
    const cwd = tempDir();
    const headerKey = "hk-planted-header-9876543210zyxwvu";
    const foreign = "sk-someone-elses-key-5555555555abcdef";
    const userinfo = "pw-planted-userinfo-13579bdfhjlnprt";
    const config = (baseURL: string) =>
      `providers:\n  echo:\n    baseURL: ${baseURL}\n    apiKeyEnv: ECHO_KEY\n    headers: { X-Api-Key: ${headerKey} }\n`;
    const env = { ECHO_KEY: PLANTED };
    const outputs: string[] = [];
    const run = async (args: string[], extraEnv: Record<string, string> = {}) => {
      const result = await runMain(args, { cwd, env: { ...env, ...extraEnv } });
      outputs.push(result.stdout, result.stderr);
      return result;
    };

    // A key in a base URL's userinfo is refused where it is read, in one line that does not repeat it.
    writeFileSync(join(cwd, "realitycheck.config.yaml"), config(echo.url.replace("://", `://me:${userinfo}@`)));
    const inConfig = await run(["run", "dataset", "--file", QA, "--model", "echo:any"]);
    expect(inConfig.code).toBe(2);
    expect(inConfig.stderr).toBe(
      "realitycheck run: realitycheck.config.yaml:3: providers.echo.baseURL: has a user name or password in it; put the key in an environment variable (apiKeyEnv), never in a URL\n".replace(
        "realitycheck.config.yaml",
        join(cwd, "realitycheck.config.yaml"),
      ),
    );
    writeFileSync(join(cwd, "realitycheck.config.yaml"), config(echo.url));
    const inEnv = await run(["run", "dataset", "--file", QA, "--model", "echo:any"], { ECHO_BASE_URL: echo.url.replace("://", `://me:${userinfo}@`) });
    expect(inEnv.code).toBe(2);
    expect(inEnv.stderr.trimEnd().split("\n")).toEqual(["realitycheck run: target echo:any: ECHO_BASE_URL has a user name or password in it; put the key in an environment variable (apiKeyEnv), never in a URL"]);
    expect(echo.requests()).toBe(0);

    // The host quotes the Authorization and X-Api-Key headers in every answer (streamed and not) and in an error body;
    // the dataset's own text carries someone else's key in an auth header.
    writeFileSync(join(cwd, "items.jsonl"), `{"input": "What is 2+2? (Authorization: Bearer ${foreign})", "expected": "4"}\n`);
    for (const args of [
      ["run", "dataset", "--file", "items.jsonl", "--scorer", "includes", "--model", "echo:any"],
      ["run", "dataset", "--file", "items.jsonl", "--scorer", "includes", "--model", "echo:other", "--no-stream"],
      ["run", "dataset", "--file", "items.jsonl", "--model", "echo:fail", "--max-attempts", "1"],
      ["show", "last"],
      ["export", "last", "--format", "jsonl"],
      ["export", "last", "--format", "csv", "--out", "out.csv"],
      ["report", "last", "--format", "md"],
      ["report", "last"],
    ]) {
      await run(args);
    }
    expect(echo.requests()).toBeGreaterThanOrEqual(3);
    // The echoes were there to leak: answers were stored, scrubbed.
    expect(outputs.join("\n")).toContain("[redacted]");
    // Everything under the folder but the user's own two inputs.
    const files = filesUnder(cwd).filter((file) => !file.endsWith("items.jsonl") && !file.endsWith("realitycheck.config.yaml"));
    expect(files.some((file) => file.endsWith("results.db"))).toBe(true);
    expect(files.some((file) => file.endsWith(".html"))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const secret of [PLANTED, headerKey, foreign, userinfo]) expect(bytes.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    for (const output of outputs) for (const secret of [PLANTED, headerKey, foreign, userinfo]) expect(output).not.toContain(secret);
  });
});
