// `realitycheck view`: the dashboard, a local web page over the results database, until Ctrl-C. Loopback only unless
// --host says otherwise; then it warns, and every request needs the random access token in the printed URL.

import { once } from "node:events";
import { ConfigError } from "../../core/errors.ts";
import { loadConfig } from "../../config/load-config.ts";
import { createDashboardServer, DEFAULT_HOST } from "../../server/server.ts";
import type { Command } from "../command.ts";
import { numberFlag, stringFlag } from "../flag-values.ts";
import { shownLocation, storagePath } from "../open-store.ts";

export const DEFAULT_VIEW_PORT = 7358;
export const TOKEN_VARIABLE = "REALITYCHECK_DASHBOARD_TOKEN";
/** A token a team keeps (behind a reverse proxy, say) must be as hard to guess as a generated one. */
const MIN_TOKEN_CHARS = 24;

/** A fixed token from the environment, so a team's long-running dashboard keeps its links across restarts. */
function dashboardToken(env: Record<string, string | undefined>): string | undefined {
  const token = env[TOKEN_VARIABLE];
  if (!token) return undefined;
  if (token.length < MIN_TOKEN_CHARS || /\s/.test(token)) throw new ConfigError(`must be at least ${MIN_TOKEN_CHARS} characters without spaces (e.g. \`openssl rand -base64 24\`)`, TOKEN_VARIABLE);
  return token;
}

export const viewCommand: Command = {
  name: "view",
  summary: "Open the dashboard: runs, targets side by side, heatmaps, transcripts with filters and search, and live progress of running runs.",
  usage: `view [--host ${DEFAULT_HOST}] [--port ${DEFAULT_VIEW_PORT}] [--db path] [--config file]`,
  options: { config: { type: "string" }, db: { type: "string" }, host: { type: "string" }, port: { type: "string" } },
  positionals: [0, 0],
  async run(args, io) {
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const dbPath = storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env);
    const handle = await createDashboardServer({
      dbPath,
      token: dashboardToken(io.env),
      host: stringFlag(args.values, "host") ?? DEFAULT_HOST,
      port: numberFlag(args.values, "port", { integer: true, min: 0, max: 65535 }) ?? DEFAULT_VIEW_PORT,
      cwd: io.cwd,
    });
    if (handle.token !== undefined) {
      io.stderr.write(
        `warning: the dashboard listens on ${handle.host}, not loopback: other machines can reach it. Every request needs the access token in the URL below; anyone with it can read every prompt and answer in ${shownLocation(dbPath)}.\n`,
      );
    }
    io.stdout.write(`dashboard: ${handle.url}\n`);
    io.stdout.write(`results: ${shownLocation(dbPath)}\n`);
    io.stdout.write("Ctrl-C to stop\n");
    if (!io.signal.aborted) await once(io.signal, "abort");
    await handle.close();
    io.stdout.write("dashboard stopped\n");
    return 0;
  },
};
