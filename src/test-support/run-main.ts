// Runs a realitycheck command in this process through main(argv, io), as bin.ts does, with the working directory,
// environment and Ctrl-C signal injected and the output captured: how CLI behaviour is tested without a process.

import { Writable } from "node:stream";
import type { CommandIO } from "../cli/command.ts";
import type { Clock } from "../core/clock.ts";
import { main } from "../cli/main.ts";

export interface MainResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface MainOptions {
  cwd: string;
  /** The whole environment the command sees (nothing of this process's). */
  env?: Record<string, string | undefined>;
  /** Aborting it is what Ctrl-C does to the executable. */
  signal?: AbortSignal;
  /** Sees stderr as it is written, e.g. to interrupt a run once it has started. */
  onStderr?: (text: string) => void;
  /** What the command's retry and pacing waits run on (a VirtualClock: backoff costs no wall time). */
  clock?: Clock;
}

export async function runMain(args: string[], options: MainOptions): Promise<MainResult> {
  let stdout = "";
  let stderr = "";
  const io: CommandIO = {
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => {
      stderr += text;
      options.onStderr?.(stderr);
    }),
    env: { ...options.env },
    cwd: options.cwd,
    signal: options.signal ?? new AbortController().signal,
    clock: options.clock,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function sink(write: (text: string) => void): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      write(chunk.toString());
      done();
    },
  });
}
