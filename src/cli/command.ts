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

/** Flags described by what owns them (a task family, a suite) rather than by OPTION_HELP: a heading of their own in help. */
export interface OptionGroup {
  title: string;
  flags: readonly { name: string; description: string }[];
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: OptionsConfig;
  /** For help: the flags of `options` that groups describe (the rest come from OPTION_HELP). */
  optionGroups?(): OptionGroup[];
  /** Positional arguments allowed (min, max). */
  positionals: [number, number];
  run(args: ParsedCommandArgs, io: CommandIO): Promise<number>;
}
