// Process wiring for the executable: Ctrl-C or SIGTERM becomes a graceful stop (a second one quits at once), exit
// codes come from the command.

import { endQuietlyOnBrokenPipe } from "./broken-pipe.ts";
import type { CommandIO } from "./command.ts";
import { main } from "./main.ts";

const controller = new AbortController();
// The first Ctrl-C or SIGTERM stops the command gracefully. Then the handlers step aside, so a second one ends the
// process at once by the signal's own default action, even while JavaScript is busy (a long summary): every finished
// sample is already committed, and the run's lease expires on its own.
const stop = (signal: NodeJS.Signals): void => {
  process.removeListener("SIGINT", stop);
  process.removeListener("SIGTERM", stop);
  const again = signal === "SIGINT" ? "Ctrl-C" : "SIGTERM";
  process.stderr.write(`\nstopping: in-flight requests cancelled, finished work is saved (${again} again to quit at once)\n`);
  controller.abort(new Error(signal === "SIGINT" ? "interrupted" : "terminated"));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
endQuietlyOnBrokenPipe(process.stdout, (code) => process.exit(code));

const io: CommandIO = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), signal: controller.signal };

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`realitycheck: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
