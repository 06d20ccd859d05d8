// Starting the benchmark's helper processes: `node --import tsx` children that talk in JSON lines on stdout.

import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { SimulatorStats } from "../src/simulator/server.ts";

const BENCH_DIR = new URL(".", import.meta.url).pathname;

function spawnTs(script: string, args: string[], nodeFlags: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, "--import", "tsx", `${BENCH_DIR}${script}`, ...args], {
    stdio: ["pipe", "pipe", "inherit"],
  });
}

/** Runs a measurement script in a fresh process and returns the JSON it prints as its last stdout line. */
export function runChild<T>(script: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  const child = spawnTs(script, args, nodeFlags);
  child.stdin?.end();
  let last = "";
  createInterface({ input: child.stdout! }).on("line", (line) => {
    if (line.trim()) last = line;
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => {
      if (code !== 0) reject(new Error(`${script} ${args.join(" ")} exited with code ${code}`));
      else resolve(JSON.parse(last) as T);
    });
  });
}

export interface SimulatorProcess {
  /** One base URL per simulator, each ending in /v1. */
  urls: string[];
  stats(index: number): Promise<SimulatorStats>;
  resetStats(index: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts bench/simulator-process.ts with extra profiles and `count` simulators, and waits for their URLs. */
export async function spawnSimulators(profiles: Record<string, unknown>, count: number): Promise<SimulatorProcess> {
  const child = spawnTs("simulator-process.ts", [JSON.stringify(profiles), String(count)]);
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => waiting.shift()?.(line));
  const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const started = await Promise.race([nextLine(), exited.then(() => undefined)]);
  if (started === undefined) throw new Error("the simulator process exited before it was listening");
  const { urls } = JSON.parse(started) as { urls: string[] };
  // Answers come back in the order asked, so concurrent questions each get their own line.
  const ask = async (command: string) => {
    const answer = nextLine();
    child.stdin!.write(`${command}\n`);
    const reply = JSON.parse(await answer) as { stats?: SimulatorStats; error?: string };
    if (reply.error) throw new Error(`simulator process: ${reply.error}`);
    return reply;
  };
  return {
    urls,
    stats: async (index) => (await ask(`stats ${index}`)).stats!,
    resetStats: async (index) => {
      await ask(`reset ${index}`);
    },
    close: async () => {
      child.stdin!.end();
      await exited;
    },
  };
}
