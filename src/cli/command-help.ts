// Help pages: the command list, and each command's own options with what they mean and default to in that command.
// A command whose first argument picks its flags (run FAMILY) lists those topics; `run niah --help` shows niah's flags.

import { closestName } from "../core/closest-name.ts";
import { ConfigError } from "../core/errors.ts";
import type { Command, OptionsConfig } from "./command.ts";
import { describeOption } from "./option-help.ts";

export function mainHelp(summaries: Record<string, string>): string {
  const rows = Object.entries(summaries);
  return [
    "usage: realitycheck <command> [options]",
    "",
    "commands:",
    ...table(rows),
    "",
    "options:",
    ...table([
      ["--version", "print the version"],
      ["--help", "this list; realitycheck <command> --help for a command's options"],
    ]),
  ].join("\n");
}

/** `topic` is the command's first argument, when it names one (a family for run and plan). */
export function commandHelp(command: Command, topic?: string): string {
  const topics = command.topics;
  const known = topics?.list() ?? [];
  const picked = known.find((entry) => entry.name === topic);
  if (topics && topic !== undefined && !picked) {
    const suggestion = closestName(topic, known.map((entry) => entry.name));
    if (suggestion) throw new ConfigError(`unknown ${singular(topics.noun)} "${topic}" (did you mean "${suggestion}"?)`);
  }
  const topicFlags = new Set(known.flatMap((entry) => Object.keys(topics!.options(entry.name))));
  const common = Object.fromEntries(Object.entries(command.options).filter(([name]) => !topicFlags.has(name)));
  const lines = [`usage: realitycheck ${picked ? command.usage.replace(/<[^>]+>/, picked.name) : command.usage}`, "", command.summary, ""];
  if (picked) {
    const own = topics!.options(picked.name);
    lines.push(`${picked.name}: ${picked.summary}`, "");
    const describe = (flag: string) => topics!.describe?.(picked.name, flag) ?? describeOption(flag, picked.name);
    if (Object.keys(own).length > 0) lines.push(`${picked.name} options:`, ...optionRows(own, describe), "");
  } else if (topics) {
    lines.push(`${topics.noun}:`, ...table(known.map((entry) => [entry.name, entry.summary])), "");
  }
  lines.push("options:", ...optionRows(common, (flag) => describeOption(flag, command.name)));
  if (topics && !picked) lines.push("", `realitycheck ${command.name} <${singular(topics.noun)}> --help for a ${singular(topics.noun)}'s own options`);
  return lines.join("\n");
}

function optionRows(options: OptionsConfig, describe: (flag: string) => string | undefined): string[] {
  return table(Object.entries(options).map(([name, option]) => [`--${name}${option.type === "string" ? " <value>" : ""}`, describe(name) ?? ""]));
}

function table(rows: string[][]): string[] {
  const width = Math.max(0, ...rows.map(([name]) => name!.length));
  return rows.map(([name, text]) => `  ${name!.padEnd(width)}  ${text}`.trimEnd());
}

function singular(noun: string): string {
  return noun.endsWith("ies") ? `${noun.slice(0, -3)}y` : noun.replace(/s$/, "");
}
