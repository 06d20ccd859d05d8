// `realitycheck simulate`: starts the provider simulator, an OpenAI-compatible test double, until Ctrl-C.

import { readFileSync } from "node:fs";
import { once } from "node:events";
import { ConfigError } from "../../core/errors.ts";
import { parseProfiles } from "../../simulator/profile.ts";
import { builtInProfiles } from "../../simulator/profiles.ts";
import { startSimulator } from "../../simulator/server.ts";
import type { Command } from "../command.ts";
import { numberFlag, stringFlag } from "../flag-values.ts";

export const simulateCommand: Command = {
  name: "simulate",
  summary: "Start the provider simulator: an OpenAI-compatible server with scripted behaviour per model name. A test double, never a model.",
  usage: "simulate [--port 7357] [--host 127.0.0.1] [--profiles file.yaml] [--seed N]",
  options: { port: { type: "string" }, host: { type: "string" }, profiles: { type: "string" }, seed: { type: "string" } },
  positionals: [0, 0],
  async run(args, io) {
    const profilesFile = stringFlag(args.values, "profiles");
    let profiles = {};
    if (profilesFile) {
      let text: string;
      try {
        text = readFileSync(profilesFile, "utf8");
      } catch (error) {
        throw new ConfigError(`cannot read profiles file (${(error as NodeJS.ErrnoException).code})`, profilesFile);
      }
      profiles = parseProfiles(text, profilesFile);
    }
    const handle = await startSimulator({
      port: numberFlag(args.values, "port", { integer: true, min: 0, max: 65535 }) ?? 7357,
      host: stringFlag(args.values, "host") ?? "127.0.0.1",
      seed: numberFlag(args.values, "seed", { integer: true, min: 0 }),
      profiles,
    });
    const names = Object.keys({ ...builtInProfiles, ...profiles }).sort();
    io.stdout.write(`provider simulator (test double) listening on ${handle.url}\n`);
    io.stdout.write(`profiles: ${names.join(", ")}\n`);
    io.stdout.write(`use it with: SIMULATOR_BASE_URL=${handle.url} realitycheck run ... --model simulator:<profile>[@variant]\n`);
    if (!io.signal.aborted) await once(io.signal, "abort");
    await handle.close();
    const stats = handle.stats();
    io.stdout.write(`simulator stopped after ${stats.requests} requests\n`);
    return 0;
  },
};
