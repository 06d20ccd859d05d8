// The transcript endpoint gives what a sample was asked as its task built it for that trial (a riddle's names and
// numbers filled in) and the answer the export expects of it, never the item's {template}.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../simulator/server.ts";
import { runMain } from "../../test-support/run-main.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { createDashboardServer, type DashboardHandle } from "../server.ts";
import { sampleRef, type SamplesResponse, type TranscriptResponse } from "./samples-api.ts";

let cwd: string;
let server: DashboardHandle;
let runId: string;

beforeAll(async () => {
  const simulator = await startSimulator({ port: 0, profiles: { reader: { extends: "honest", rules: [{ solve: "riddle" }] } } });
  cwd = tempDir();
  try {
    const run = await runMain(["run", "riddles", "--languages", "en", "--families", "bat-ball,pills-half-hour", "--model", "simulator:reader", "--trials", "2"], { cwd, env: { SIMULATOR_BASE_URL: simulator.url } });
    expect(run.code, run.stderr).toBe(0);
    runId = /\(run (\S+)\)/.exec(run.stdout)![1]!;
  } finally {
    await simulator.close();
  }
  const exported = await runMain(["export", runId, "--format", "jsonl", "--prompts", "--out", "samples.jsonl"], { cwd });
  expect(exported.code, exported.stderr).toBe(0);
  server = await createDashboardServer({ dbPath: join(cwd, ".realitycheck", "results.db"), port: 0, cwd });
});
afterAll(() => server.close());

async function get<T>(path: string): Promise<T> {
  const response = await fetch(`${server.url}${path.slice(1)}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

describe("transcript", () => {
  it("shows a riddle as asked in its trial and the export's expected answer, where the stored item is a template", async () => {
    const rows = readFileSync(join(cwd, "samples.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, string | number>);
    const { samples } = await get<SamplesResponse>(`/api/runs/${runId}/samples?limit=200`);
    expect(samples.length).toBe(rows.length);
    const templates = samples.filter((s) => rows.some((row) => row.item_id === s.key.itemId && /\{\w+\}/.test(String(row.input))));
    expect(templates.length).toBeGreaterThan(0);
    for (const sample of templates) {
      const transcript = await get<TranscriptResponse>(`/api/runs/${runId}/sample?key=${sampleRef(sample.key)}`);
      const row = rows.find((r) => r.item_id === sample.key.itemId && r.trial === sample.key.trial)!;
      expect(transcript.item?.input.text).toMatch(/\{\w+\}/);
      if (!("messages" in transcript.asked)) throw new Error(transcript.asked.unavailable);
      const asked = transcript.asked.messages.map((m) => ({ role: m.role, content: m.content.text }));
      expect(asked).toEqual(JSON.parse(String(row.prompt)));
      expect(asked.map((m) => m.content).join("\n")).not.toMatch(/\{\w+\}/);
      expect(transcript.asked.expected).toBe(row.expected);
      expect(transcript.asked.expected).not.toMatch(/[{}]/);
    }
    // Two trials of one riddle are asked with different numbers.
    const [first, second] = templates.filter((s) => s.key.itemId === templates[0]!.key.itemId);
    const asked = async (key: SamplesResponse["samples"][number]["key"]) => JSON.stringify((await get<TranscriptResponse>(`/api/runs/${runId}/sample?key=${sampleRef(key)}`)).asked);
    expect(await asked(first!.key)).not.toBe(await asked(second!.key));
  });
});
