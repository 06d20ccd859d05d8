// Local models through the CLI (in-process, through main): a GGUF run (the tiny random model this suite writes, so
// answers are gibberish but every sample must be answered and scored, with prompts sized by the GGUF's own tokenizer),
// the memory planner's refusal, and the server presets: Ollama against a fake Ollama on 127.0.0.1, llama-server and
// vLLM against the simulator.

import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { openDatabase } from "../src/storage/sqlite/open-database.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";
import { tinyGgufPath } from "../src/test-support/tiny-gguf.ts";
import { estimateTokenizer } from "../src/tokenizers/estimate-tokenizer.ts";

/** One CPU thread and no GPU, as CI has. */
const LOCAL_ENV = { REALITYCHECK_LLAMACPP_THREADS: "1", REALITYCHECK_LLAMACPP_GPU_LAYERS: "0" };

interface OllamaRequest {
  path: string;
  model: string;
  stream: boolean;
  messages: { role: string; content: string }[];
}

/** Ollama's native /api/chat, as ollama-ai-provider speaks it: NDJSON when streaming, one object otherwise. */
function fakeOllama(seen: OllamaRequest[]): Promise<Server> {
  const server = createServer(async (request: IncomingMessage, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    const parsed = JSON.parse(body) as Omit<OllamaRequest, "path">;
    seen.push({ path: request.url ?? "", model: parsed.model, stream: parsed.stream, messages: parsed.messages });
    const promptTokens = parsed.messages.reduce((sum, m) => sum + estimateTokenizer.count(m.content), 0);
    const base = { model: parsed.model, created_at: new Date(0).toISOString() };
    const done = { ...base, message: { role: "assistant", content: "" }, done: true, done_reason: "stop", prompt_eval_count: promptTokens, eval_count: 4 };
    if (!parsed.stream) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ...done, message: { role: "assistant", content: "I could not find it." } }));
      return;
    }
    response.writeHead(200, { "content-type": "application/x-ndjson" });
    for (const piece of ["I could ", "not find ", "it."]) response.write(JSON.stringify({ ...base, message: { role: "assistant", content: piece }, done: false }) + "\n");
    response.end(JSON.stringify(done) + "\n");
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

interface AttemptRow {
  item_id: string;
  input_tokens: number | null;
  output_tokens: number | null;
  error_kind: string | null;
}

function attempts(cwd: string, targetId: string): AttemptRow[] {
  const db = openDatabase(join(cwd, ".realitycheck", "results.db"));
  try {
    const run = db.prepare("SELECT run_id FROM attempts WHERE target_id = ? ORDER BY id DESC LIMIT 1").get(targetId) as { run_id: string };
    return db.prepare("SELECT item_id, input_tokens, output_tokens, error_kind FROM attempts WHERE run_id = ? AND target_id = ?").all(run.run_id, targetId) as AttemptRow[];
  } finally {
    db.close();
  }
}

let simulator: SimulatorHandle;
let ollama: Server;
const ollamaRequests: OllamaRequest[] = [];

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  ollama = await fakeOllama(ollamaRequests);
});
afterAll(async () => {
  await simulator.close();
  await new Promise((resolve) => ollama.close(resolve));
});

describe("a GGUF run in-process", () => {
  it("runs niah at 1k and 4k end to end, every sample answered and scored, prompts sized exactly by the GGUF's tokenizer", async () => {
    const cwd = tempDir();
    const model = `llamacpp:${tinyGgufPath()}`;
    const args = ["run", "niah", "--model", model, "--lengths", "1k,4k", "--depths", "0,50,100", "--max-output-tokens", "16"];
    const run = await runMain(args, { cwd, env: LOCAL_ENV });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("status completed");
    expect(run.stdout).toMatch(/^samples {2,}6\/6$/m);
    // Calibration at 16k is refused by the 8k context; 1k and 4k confirm the local count.
    expect(run.stdout).toMatch(/prompt sizing, \S+: gguf-[0-9a-f]{12}, calibrated on 2 requests \(host\/local 1\.0\d\d\)/);
    expect(run.stdout).toMatch(/\naccuracy@1k {2,}[\d.]+ (\[[\d.]+, [\d.]+\] )?n=3/);
    const rows = attempts(cwd, model);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.error_kind).toBeNull();
      const length = row.item_id.includes("-1k-") ? 1000 : 4000;
      // The host's count is the model's own: the prompt lands within 1% of its length, template tokens included.
      expect(Math.abs(row.input_tokens! - length) / length, row.item_id).toBeLessThan(0.01);
      expect(row.output_tokens).toBeLessThanOrEqual(16);
    }
  });

  it("refuses a context the memory limit cannot hold, in one line, before storing anything", async () => {
    const cwd = tempDir();
    const config = ["targets:", "  tiny:", `    model: llamacpp:${tinyGgufPath()}`, "    local:", "      contextSize: 1048576", "      memoryLimit: 72MB", ""].join("\n");
    writeFileSync(join(cwd, "rc.yaml"), config);
    const run = await runMain(["run", "niah", "--model", "tiny", "--config", "rc.yaml", "--lengths", "1k"], { cwd, env: LOCAL_ENV });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/a 1048576-token context needs about .* but 72 MiB is available; the largest context that fits is \d+ tokens/);
    expect(run.stdout).toBe("");
  });

  it("names a missing model file and a file that is not a GGUF", async () => {
    const cwd = tempDir();
    const missing = await runMain(["run", "niah", "--model", "llamacpp:./no-such-model.gguf", "--lengths", "1k"], { cwd, env: LOCAL_ENV });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${join(cwd, "no-such-model.gguf")}: no model file here`);
    writeFileSync(join(cwd, "notes.gguf"), "not a model\n");
    const notGguf = await runMain(["run", "niah", "--model", "llamacpp:notes.gguf", "--lengths", "1k"], { cwd, env: LOCAL_ENV });
    expect(notGguf.code).toBe(2);
    expect(notGguf.stderr).toContain('not a GGUF model file (it does not start with "GGUF")');
  });
});

describe("local servers", () => {
  it("runs through Ollama's native API, streamed or not, with the prompt tokens Ollama reports", async () => {
    const cwd = tempDir();
    const env = { OLLAMA_BASE_URL: `http://127.0.0.1:${(ollama.address() as AddressInfo).port}/api` };
    for (const extra of [[], ["--no-stream", "--no-cache"]]) {
      const run = await runMain(["run", "niah", "--model", "ollama:tiny-fake", "--lengths", "1k", "--depths", "50", ...extra], { cwd, env });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^samples {2,}1\/1$/m);
    }
    expect(ollamaRequests.every((request) => request.path === "/api/chat" && request.model === "tiny-fake")).toBe(true);
    expect(new Set(ollamaRequests.map((request) => request.stream))).toEqual(new Set([true, false]));
    expect(ollamaRequests.at(-1)?.messages.at(-1)?.role).toBe("user");
    const [row] = attempts(cwd, "ollama:tiny-fake");
    expect(row?.input_tokens).toBeGreaterThan(900);
    expect(row?.output_tokens).toBe(4);
  });

  it("reaches llama-server and vLLM through their presets' base URL variables", async () => {
    const cwd = tempDir();
    const url = simulator.url;
    const run = await runMain(
      ["run", "niah", "--model", "llamacpp-server:honest@a", "--model", "vllm:honest@b", "--lengths", "1k", "--depths", "50"],
      { cwd, env: { LLAMACPP_SERVER_BASE_URL: url, VLLM_BASE_URL: url } },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^accuracy@1k {2,}1\.000 .* {2,}1\.000 /m);
    expect(attempts(cwd, "llamacpp-server:honest@a").every((row) => row.error_kind === null)).toBe(true);
    expect(attempts(cwd, "vllm:honest@b").every((row) => row.error_kind === null)).toBe(true);
  });
});
