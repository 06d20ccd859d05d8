// Targets that cannot answer, through the CLI in-process (runMain) against hosts this test starts: nothing listening,
// a wrong key (401), an unknown model (404), a web page instead of an API, a name that does not resolve, an ftp://
// base URL. Each command that sends stops before spending, with one line naming the target and the host's own words;
// with --skip-preflight, or when a host dies mid-run, the circuit breaker stops the target. Retry waits run on a
// virtual clock, so what bounds the time is the retry settings (2 attempts for the check, 3 for a host that cannot be
// reached), not this machine's speed.

import { existsSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { fixturePath } from "../src/test-support/fixture-path.ts";
import { runMain, type MainResult } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";
import { VirtualClock } from "../src/test-support/virtual-clock.ts";

const QA = fixturePath("datasets", "qa.jsonl");
const KEY = "sk-test-preflight-9f8e7d6c5b4a";

interface Host {
  url: string;
  requests: number;
  /** Takes no new connection; those open end as their responses do. */
  stopListening(): void;
  close(): Promise<void>;
}

/** A local host that answers every request with `answer`, counting them. */
async function startHost(answer: (request: IncomingMessage, response: ServerResponse, count: number) => void): Promise<Host> {
  const host: Host = { url: "", requests: 0, stopListening: () => undefined, close: () => Promise.resolve() };
  const server: Server = createServer((request, response) => {
    host.requests++;
    request.resume().on("end", () => answer(request, response, host.requests));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  host.stopListening = () => void server.close();
  host.close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return host;
}

/** A base URL on this machine where nothing listens. */
async function deadURL(): Promise<string> {
  const host = await startHost(() => undefined);
  await host.close();
  return host.url;
}

const json = (response: ServerResponse, status: number, body: unknown) => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));

/** A chat completion in the OpenAI shape (non-streamed). */
const completion = (text: string) => ({
  id: "c",
  object: "chat.completion",
  created: 0,
  model: "m",
  choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
  usage: { prompt_tokens: 12, completion_tokens: 1, total_tokens: 13 },
});

let simulator: SimulatorHandle;
let wrongKey: Host;
let webPage: Host;
beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  // Echoes the key it was sent, as OpenAI's 401 does: the line shown must carry the host's words, not the key.
  wrongKey = await startHost((request, response) => {
    const sent = request.headers.authorization?.replace(/^Bearer /, "") ?? "";
    json(response, 401, { error: { message: `Incorrect API key provided: ${sent}. You can find your API key at https://example.invalid/keys.`, type: "invalid_request_error", code: "invalid_api_key" } });
  });
  webPage = await startHost((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Welcome to nginx!</title><h1>It works</h1>"));
});
afterAll(async () => {
  await Promise.all([simulator.close(), wrongKey.close(), webPage.close()]);
});

function cli(args: string[], env: Record<string, string>, cwd = tempDir()): Promise<MainResult & { cwd: string }> {
  return runMain(args, { cwd, env, clock: new VirtualClock() }).then((result) => ({ ...result, cwd }));
}

const run = (model: string) => ["run", "dataset", "--file", QA, "--scorer", "includes", "--trials", "10", "--model", model];

/** One line on stderr, the exit of bad input, nothing on stdout and no results database. */
function refusedBeforeSpending(result: MainResult & { cwd: string }, line: RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr.trimEnd()).toMatch(line);
  expect(result.stderr).not.toContain(KEY);
  expect(result.stdout).toBe("");
  expect(existsSync(join(result.cwd, ".realitycheck"))).toBe(false);
}

describe("a target that cannot answer is named before anything is spent", () => {
  it("nothing listening", async () => {
    const url = await deadURL();
    const result = await cli(run("vllm:m"), { VLLM_BASE_URL: url });
    refusedBeforeSpending(result, /^realitycheck run: target vllm:m failed its one-request check: vllm: could not reach the host \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/);
  });

  it("a wrong key (401): the host's message with the key redacted, and one request", async () => {
    wrongKey.requests = 0;
    const result = await cli(run("vllm:m"), { VLLM_BASE_URL: wrongKey.url, VLLM_API_KEY: KEY });
    refusedBeforeSpending(result, /^realitycheck run: target vllm:m failed its one-request check: vllm: the host rejected the API key \(HTTP 401\): Incorrect API key provided: \[redacted\]\. You can find/);
    expect(wrongKey.requests).toBeLessThanOrEqual(3);
    expect(wrongKey.requests).toBe(1);
  });

  it("an unknown model (404): the host's own words", async () => {
    const result = await cli(run("simulator:honst"), { SIMULATOR_BASE_URL: simulator.url });
    refusedBeforeSpending(result, /^realitycheck run: target simulator:honst failed its one-request check: simulator: not found: check the model id and the base URL \(HTTP 404\): The model `honst` does not exist or you do not have access to it\.$/);
  });

  it("a web page instead of an API, once, not retried", async () => {
    webPage.requests = 0;
    const result = await cli(run("vllm:m"), { VLLM_BASE_URL: webPage.url });
    refusedBeforeSpending(result, /^realitycheck run: target vllm:m failed its one-request check: vllm: the host answered with a web page, not the API \(HTTP 200, text\/html: "Welcome to nginx!"\); check the base URL$/);
    expect(webPage.requests).toBe(1);
  });

  it("a host name that does not resolve", async () => {
    const result = await cli(run("vllm:m"), { VLLM_BASE_URL: "http://no-such-host.invalid/v1" });
    refusedBeforeSpending(result, /^realitycheck run: target vllm:m failed its one-request check: vllm: could not reach the host \(getaddrinfo (ENOTFOUND|EAI_AGAIN) no-such-host\.invalid\)$/);
  });

  it("an ftp:// base URL, refused before any request", async () => {
    const result = await cli(run("vllm:m"), { VLLM_BASE_URL: `ftp://127.0.0.1:21/v1` });
    refusedBeforeSpending(result, /^realitycheck run: target vllm:m: VLLM_BASE_URL is a ftp:\/\/ URL; an API is reached over http:\/\/ or https:\/\/$/);
  });

  it("names every host that fails, one line each, and a judge too", async () => {
    const dead = await deadURL();
    const cwd = tempDir();
    writeFileSync(join(cwd, "realitycheck.config.yaml"), `targets:\n  far-judge: { model: 'simulator:honest@j', baseURL: '${dead}' }\n`);
    const result = await cli(["run", "writing", "--judge", "far-judge", "--model", "vllm:m", "--model", "simulator:honest"], { VLLM_BASE_URL: webPage.url, SIMULATOR_BASE_URL: simulator.url }, cwd);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^realitycheck run: target vllm:m failed its one-request check: vllm: the host answered with a web page/),
      expect.stringMatching(/^realitycheck run: judge far-judge failed its one-request check: simulator: could not reach the host \(connect ECONNREFUSED /),
    ]);
    expect(existsSync(join(cwd, ".realitycheck"))).toBe(false);
  });

  it("in every command that sends: article, verify, probe-context and resume check first too", async () => {
    const env = { VLLM_BASE_URL: wrongKey.url, VLLM_API_KEY: KEY };
    const cwd = tempDir();
    writeFileSync(join(cwd, "claims.yaml"), "name: m-claims\nsubject: { model: m }\nclaims:\n  - id: no-emoji\n    kind: style\n    statement: No emoji.\n    metric: emoji_per_1k\n    comparison: \"<=\"\n    threshold: 0\n");
    const line = /^realitycheck [a-z-]+: target vllm:m failed its one-request check: vllm: the host rejected the API key \(HTTP 401\): Incorrect API key provided: \[redacted\]/;
    for (const args of [
      ["article", "--scale", "quick", "--no-probe", "--model", "vllm:m"],
      ["verify", "--claims", "claims.yaml", "--model", "vllm:m"],
      ["probe-context", "--model", "vllm:m", "--max", "64k"],
    ]) {
      wrongKey.requests = 0;
      const result = await cli(args, env, cwd);
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(2);
      expect(result.stderr.trimEnd().split("\n"), args[0]).toHaveLength(1);
      expect(result.stderr.trimEnd()).toMatch(line);
      expect(wrongKey.requests, args[0]).toBe(1);
    }
    expect(existsSync(join(cwd, ".realitycheck"))).toBe(false);

    // A run stopped by its breaker, resumed while the key is still wrong: the check refuses it before any sample.
    const stopped = await cli([...run("vllm:m"), "--skip-preflight"], env, cwd);
    expect(stopped.code).toBe(1);
    wrongKey.requests = 0;
    const resumed = await cli(["resume", "last"], env, cwd);
    expect(resumed.code).toBe(2);
    expect(resumed.stderr.trimEnd()).toMatch(line);
    expect(wrongKey.requests).toBe(1);
  });
  it("a host having a passing fault (503 on both of the check's attempts) is there: the run goes on and is retried as usual", async () => {
    const flaky = await startHost((_request, response, count) => {
      if (count <= 2) json(response, 503, { error: { message: "overloaded, try again", type: "server_error" } });
      else json(response, 200, completion("Paris"));
    });
    const result = await cli([...run("vllm:m"), "--no-stream"], { VLLM_BASE_URL: flaky.url });
    await flaky.close();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain("one-request check");
    expect(flaky.requests).toBeGreaterThan(2);
  });
});

describe("the circuit breaker", () => {
  it("stops a target whose first samples all fail alike (--skip-preflight): 3 requests, the rest not asked, the run failed", async () => {
    wrongKey.requests = 0;
    const result = await cli([...run("vllm:m"), "--skip-preflight"], { VLLM_BASE_URL: wrongKey.url, VLLM_API_KEY: KEY });
    expect(result.code).toBe(1);
    expect(wrongKey.requests).toBe(3);
    const stderr = result.stderr.trimEnd().split("\n");
    expect(stderr.filter((l) => l.includes("target failing"))).toEqual([
      expect.stringMatching(/^vllm:m: stopped, target failing \(its first 3 samples all ended in auth_error\): vllm: the host rejected the API key \(HTTP 401\): Incorrect API key provided: \[redacted\]\..*; its remaining samples are not asked$/),
      expect.stringMatching(/^run \S+ failed: 0 answered, 3 ended in error, 57 not asked \(target failing: vllm:m\)$/),
    ]);
    expect(result.stdout).toMatch(/status failed/);
    expect(`${result.stdout}${result.stderr}`).not.toContain(KEY);
  });

  it("stops a target whose host dies mid-run once a window of samples in a row has failed; resume asks the rest", async () => {
    // Five answers: the check before the run, then four samples.
    const answered = 5;
    let dying: Host | undefined;
    dying = await startHost((_request, response, count) => {
      if (count > answered) return;
      // The last answer closes its connection cleanly; from then on nothing listens.
      if (count === answered) response.setHeader("connection", "close").on("finish", () => dying!.stopListening());
      json(response, 200, completion("Paris"));
    });
    const cwd = tempDir();
    const env = { VLLM_BASE_URL: dying.url };
    const result = await cli([...run("vllm:m"), "--no-stream", "--concurrency", "1"], env, cwd);
    expect(result.code, result.stderr).toBe(1);
    const stderr = result.stderr.trimEnd().split("\n");
    expect(stderr.filter((l) => l.includes("target failing"))).toEqual([
      expect.stringMatching(/^vllm:m: stopped, target failing \(its last 20 samples in a row ended in error, the last in network_error\): vllm: could not reach the host \(connect ECONNREFUSED 127\.0\.0\.1:\d+\); its remaining samples are not asked$/),
      expect.stringMatching(/^run \S+ failed: 4 answered, 20 ended in error, 36 not asked \(target failing: vllm:m\)$/),
    ]);
    // Nothing was listening any more: each failed sample had its short retry (3 attempts), not six.
    expect(dying.requests).toBe(answered);

    // The host back (at a new address): resume asks the samples that were never asked.
    const revived = await startHost((_request, response) => json(response, 200, completion("Paris")));
    const resumed = await cli(["resume", "last", "--skip-preflight"], { VLLM_BASE_URL: revived.url }, cwd);
    await revived.close();
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(revived.requests).toBe(36);
  });
});
