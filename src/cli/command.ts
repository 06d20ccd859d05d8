// The shape of one CLI command: a name, its flags (node:util parseArgs, strict), and a run function over the library.

import type { ParseArgsConfig } from "node:util";
import type { Clock } from "../core/clock.ts";

export type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

export interface CommandIO {
  stdout: NodeJS.WriteStream | NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Fires on Ctrl-C: long commands stop gracefully. */
  signal: AbortSignal;
  /** What retry and pacing waits run on; tests inject a virtual one (default: the system clock). */
  clock?: Clock;
}

export interface ParsedCommandArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: OptionsConfig;
  /** Positional arguments allowed (min, max). */
  positionals: [number, number];
  /** What the first argument names, when it picks its own flags: `run --help` lists the families, `run niah --help` shows niah's. */
  topics?: CommandTopics;
  run(args: ParsedCommandArgs, io: CommandIO): Promise<number>;
}

export interface CommandTopics {
  /** What the topics are, plural: "families". */
  noun: string;
  list(): { name: string; summary: string }[];
  /** The flags only this topic takes (a subset of the command's options). */
  options(name: string): OptionsConfig;
  /** What a topic's flag means when the topic says so itself (a family's options schema); else OPTION_HELP's words. */
  describe?(name: string, flag: string): string | undefined;
}
