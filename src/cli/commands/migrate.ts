// `realitycheck migrate --from .realitycheck/results.db --to postgres://...`: copies local results into a shared
// store (or back), every run and probe, checked by counts after; running it again copies only what is missing.

import { ConfigError } from "../../core/errors.ts";
import type { RunStore } from "../../core/run-store.ts";
import { copyResults } from "../../storage/copy-results.ts";
import type { Command } from "../command.ts";
import { stringFlag } from "../flag-values.ts";
import { openStore, storagePath } from "../open-store.ts";

export const migrateCommand: Command = {
  name: "migrate",
  summary: "Copy stored results from one store to another (a SQLite file into a team's PostgreSQL, say); a second run copies only what is missing.",
  usage: "migrate --from .realitycheck/results.db --to postgres://user@host/db",
  options: { from: { type: "string" }, to: { type: "string" } },
  positionals: [0, 0],
  async run(args, io) {
    const fromFlag = stringFlag(args.values, "from");
    const toFlag = stringFlag(args.values, "to");
    if (!fromFlag || !toFlag) throw new ConfigError("give both --from and --to (a SQLite file path or a postgres:// URL)");
    const fromPath = storagePath(fromFlag, {}, io.cwd);
    const toPath = storagePath(toFlag, {}, io.cwd);
    if (fromPath === toPath) throw new ConfigError("--from and --to name the same store");
    const from = await openStore(fromPath, { mustExist: true });
    try {
      const to = await openStore(toPath);
      try {
        const summary = await copyResults(from.store, to.store, (copied) => {
          io.stderr.write(`run ${copied.runId}: ${copied.samples} samples, ${copied.attempts} attempts, ${copied.requests} judge, probe and calibration requests copied\n`);
        });
        for (const { runId } of summary.runs) await checkCounts(from.store, to.store, runId);
        io.stdout.write(`copied ${summary.runs.length} run(s) and ${summary.probes} probe(s) from ${from.shown} to ${to.shown}; sample, attempt and request counts match\n`);
        return 0;
      } finally {
        await to.close();
      }
    } finally {
      await from.close();
    }
  },
};

async function checkCounts(from: RunStore, to: RunStore, runId: string): Promise<void> {
  const [a, b] = [await from.countSamples(runId), await to.countSamples(runId)];
  const [x, y] = [await from.countAttempts(runId), await to.countAttempts(runId)];
  const [r, s] = [(await from.requestRecords(runId)).length, (await to.requestRecords(runId)).length];
  if (JSON.stringify(a) !== JSON.stringify(b) || x !== y || r !== s) {
    throw new Error(`run ${runId}: counts differ after the copy (samples ${JSON.stringify(a)} vs ${JSON.stringify(b)}, attempts ${x} vs ${y}, requests ${r} vs ${s})`);
  }
}
