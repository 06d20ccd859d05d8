// The realitycheck executable: dispatches to one lazily loaded command and turns every failure into one line and a non-zero exit.

import { delimiter, resolve } from "node:path";
import { parseArgs } from "node:util";
import { closestName } from "../core/closest-name.ts";
import { ConfigError, isRealitycheckError } from "../core/errors.ts";
import type { Command, CommandIO, OptionsConfig } from "./command.ts";
import { commandHelp, mainHelp } from "./command-help.ts";
import { VERSION } from "./version.ts";

const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import("./commands/run.ts")).runCommand,
  plan: async () => (await import("./commands/plan.ts")).planCommand,
  "probe-context": async () => (await import("./commands/probe-context.ts")).probeContextCommand,
  resume: async () => (await import("./commands/resume.ts")).resumeCommand,
  runs: async () => (await import("./commands/runs.ts")).runsCommand,
  show: async () => (await import("./commands/show.ts")).showCommand,
  export: async () => (await import("./commands/export.ts")).exportCommand,
  report: async () => (await import("./commands/report.ts")).reportCommand,
  view: async () => (await import("./commands/view.ts")).viewCommand,
  simulate: async () => (await import("./commands/simulate.ts")).simulateCommand,
  compare: async () => (await import("./commands/compare.ts")).compareCommand,
  judge: async () => (await import("./commands/judge.ts")).judgeCommand,
  demo: async () => (await import("./commands/demo.ts")).demoCommand,
  article: async () => (await import("./commands/article.ts")).articleCommand,
  verify: async () => (await import("./commands/verify.ts")).verifyCommand,
  agreement: async () => (await import("./commands/agreement.ts")).agreementCommand,
  migrate: async () => (await import("./commands/migrate.ts")).migrateCommand,
  worker: async () => (await import("./commands/worker.ts")).workerCommand,
};

const SUMMARIES: Record<string, string> = {
  run: "run a task family or suite against one or more targets",
  plan: "dry run: requests, estimated tokens and cost per target",
  "probe-context": "largest prompt each host accepts, and whether it truncates silently",
  resume: "finish a run that stopped, asking only what is missing",
  runs: "list stored runs",
  show: "metrics with intervals per task, target and group",
  export: "write a run's samples as json, jsonl or csv",
  view: "local dashboard: runs, targets side by side, heatmaps, transcripts, live progress",
  report: "write a run's report: a self-contained html page, a Markdown write-up, json or csv",
  simulate: "start the provider simulator (a test double, never a model)",
  compare: "two deployments of a model on identical samples: answers, errors, refusals, style",
  judge: "pairwise-judge a run's targets in both orders into ratings with intervals",
  verify: "check a vendor's claims: run what they need, print claimed vs measured with verdicts",
  article: "the review's whole battery in one command: cost plan, probe, battery, verdicts, reports (also `run article`)",
  demo: "run the built-in battery against simulated deployments and report",
  agreement: "how far the refusal rules and judges agree with people's labels on your completions",
  migrate: "copy stored results between stores (a SQLite file into a team's PostgreSQL)",
  worker: "ask queued samples (run --queue) from a shared PostgreSQL store, on any number of machines",
};

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...given] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(mainHelp(SUMMARIES) + "\n");
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-V") {
    io.stdout.write(`realitycheck ${VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    const suggestion = closestName(name, Object.keys(COMMANDS));
    io.stderr.write(`realitycheck: unknown command "${name}" (${suggestion ? `did you mean "${suggestion}"?` : `commands: ${Object.keys(COMMANDS).join(", ")}`})\n`);
    return 2;
  }
  try {
    await addFamilyFolders(io);
  } catch (error) {
    if (!isRealitycheckError(error)) throw error;
    io.stderr.write(`realitycheck: ${FAMILY_FOLDERS}: ${firstLine(error)}\n`);
    return 2;
  }
  const command = await load();
  const rest = joinNegativeValues(given, command.options);
  if (rest.includes("--help") || rest.includes("-h")) {
    const topic = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: false }).positionals[0];
    try {
      io.stdout.write(commandHelp(command, topic) + "\n");
      return 0;
    } catch (error) {
      io.stderr.write(`realitycheck ${name}: ${firstLine(error)}\n`);
      return 2;
    }
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`realitycheck ${name}: ${describeFlagError(error, command.options)} (see realitycheck ${name} --help)\n`);
    return 2;
  }
  const [min, max] = command.positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    io.stderr.write(`realitycheck ${name}: expected ${min === max ? min : `${min} to ${max}`} argument(s); usage: realitycheck ${command.usage}\n`);
    return 2;
  }
  try {
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const line of [firstLine(error), ...error.more]) io.stderr.write(`realitycheck ${name}: ${line}\n`);
      return 2;
    }
    if (isRealitycheckError(error)) {
      io.stderr.write(`realitycheck ${name}: ${firstLine(error)}\n`);
      return 1;
    }
    throw error;
  }
}

/** Folders of the user's own task families (each like src/families/<name>/), separated as PATH is. */
const FAMILY_FOLDERS = "REALITYCHECK_FAMILIES";

let familiesAdded = false;

/** The registry is loaded only when there are folders to add, or ones a command before this one added to take away. */
async function addFamilyFolders(io: CommandIO): Promise<void> {
  const folders = (io.env[FAMILY_FOLDERS] ?? "").split(delimiter).filter(Boolean).map((folder) => resolve(io.cwd, folder));
  if (folders.length === 0 && !familiesAdded) return;
  const { useFamilyFolders } = await import("../families/registry.ts");
  await useFamilyFolders(folders);
  familiesAdded = folders.length > 0;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!;
}

/** node:util's parse errors are long and generic; say the same in one short line, with the flag a typo meant. */
function describeFlagError(error: unknown, options: OptionsConfig): string {
  const code = (error as { code?: string }).code;
  const option = /'(-[^']*)'/.exec(firstLine(error))?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
    const suggestion = option.startsWith("--") ? closestName(option.slice(2), Object.keys(options)) : undefined;
    return `unknown option ${option}${suggestion ? ` (did you mean --${suggestion}?)` : ""}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) return `option ${option.split(" ")[0]} needs a value`;
  return firstLine(error);
}

/**
 * `--trials -1` reads to parseArgs as a flag with no value and then an unknown flag `-1`; a value that is a negative
 * number is joined to its flag (`--trials=-1`) so the flag's own check can say what is wrong with it.
 */
function joinNegativeValues(args: string[], options: OptionsConfig): string[] {
  const joined: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const next = args[index + 1];
    const takesValue = arg.startsWith("--") && options[arg.slice(2)]?.type === "string";
    if (takesValue && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      joined.push(`${arg}=${next}`);
      index++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}
