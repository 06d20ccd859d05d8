// `realitycheck view` as a user starts it: loopback by default with no token; any other address prints a warning
// and a tokened URL, and then no request gets an answer without that token.

import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewCommand } from "../src/cli/commands/view.ts";
import { ConfigError } from "../src/core/errors.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { fixtureRun } from "../src/storage/storage-fixtures.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

let cwd: string;
let dbPath: string;

beforeAll(async () => {
  cwd = tempDir();
  dbPath = join(cwd, "results.db");
  const store = await openRunStore(dbPath);
  await store.createRun(fixtureRun("run-auth", ["a"], 2));
  await store.close();
});

interface RunningView {
  url: string;
  port: number;
  stdout: () => string;
  stderr: () => string;
  stop(): Promise<number>;
}

async function startView(flags: Record<string, string>): Promise<RunningView> {
  let stdout = "";
  let stderr = "";
  const sink = (write: (text: string) => void) => new Writable({ write: (chunk: Buffer, _encoding, done) => (write(chunk.toString()), done()) });
  const controller = new AbortController();
  const io = { stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)), env: {}, cwd, signal: controller.signal };
  const finished = viewCommand.run({ values: { db: dbPath, port: "0", ...flags }, positionals: [] }, io);
  let failure: unknown;
  finished.catch((error: unknown) => (failure = error));
  while (!stdout.includes("\n") && failure === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
  if (failure !== undefined) throw failure;
  const url = /^dashboard: (\S+)$/m.exec(stdout)![1]!;
  return {
    url,
    port: Number(new URL(url).port),
    stdout: () => stdout,
    stderr: () => stderr,
    stop: () => (controller.abort(), finished),
  };
}

let loopback: RunningView;
let exposed: RunningView;
beforeAll(async () => {
  loopback = await startView({});
  exposed = await startView({ host: "0.0.0.0" });
});
afterAll(async () => {
  await loopback.stop();
  await exposed.stop();
});

describe("realitycheck view", () => {
  it("listens on 127.0.0.1 by default, with no token and no warning", async () => {
    expect(loopback.url).toBe(`http://127.0.0.1:${loopback.port}/`);
    expect(loopback.stdout()).toContain(`results: ${dbPath}`);
    expect(loopback.stderr()).toBe("");
    const response = await fetch(`${loopback.url}api/runs`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { runs: { id: string }[] }).runs.map((r) => r.id)).toEqual(["run-auth"]);
  });

  it("on another address warns, prints a tokened URL, and answers 401 to every request without the token", async () => {
    expect(exposed.stderr()).toMatch(/^warning: the dashboard listens on 0\.0\.0\.0, not loopback: other machines can reach it\./);
    const token = new URL(exposed.url).searchParams.get("token")!;
    expect(token).toMatch(/^[\w-]{32}$/);
    // Requests go to 127.0.0.1 only (the tests' network is loopback); the server listens on every address.
    const local = `http://127.0.0.1:${exposed.port}`;
    for (const path of ["/", "/app.js", "/api/runs", "/api/runs/run-auth", "/api/runs/run-auth/samples", "/api/runs/run-auth/live"]) {
      const response = await fetch(`${local}${path}`);
      expect(response.status, path).toBe(401);
      expect(await response.text()).not.toContain("run-auth");
    }
    expect((await fetch(`${local}/api/runs`, { headers: { authorization: "Bearer wrong-token" } })).status).toBe(401);
    expect((await fetch(`${local}/?token=wrong-token`)).status).toBe(401);
  });

  it("answers with the token: once as ?token= (then a cookie), or as a Bearer header", async () => {
    const token = new URL(exposed.url).searchParams.get("token")!;
    const local = `http://127.0.0.1:${exposed.port}`;
    expect((await fetch(`${local}/api/runs`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const first = await fetch(`${local}/?token=${token}`, { redirect: "manual" });
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe("/");
    const cookie = first.headers.get("set-cookie")!;
    expect(cookie).toBe(`realitycheck_token=${token}; HttpOnly; SameSite=Strict; Path=/`);
    const page = await fetch(`${local}/`, { headers: { cookie: cookie.split(";")[0]! } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("realitycheck");
    expect((await fetch(`${local}/api/runs`, { headers: { cookie: cookie.split(";")[0]! } })).status).toBe(200);
  });

  it("stops on Ctrl-C and closes the port", async () => {
    const view = await startView({});
    expect(await view.stop()).toBe(0);
    expect(view.stdout()).toContain("dashboard stopped");
    await expect(fetch(`${view.url}api/runs`)).rejects.toThrow();
  });

  it("refuses a missing database with a one-line error naming it, creating nothing", async () => {
    const missing = join(cwd, "nothing-here", "results.db");
    const error = await startView({ db: missing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).where).toBe(missing);
  });
});
