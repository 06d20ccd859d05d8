// Process wiring for the executable: Ctrl-C becomes a graceful stop, exit codes come from the command.

import { endQuietlyOnBrokenPipe } from "./broken-pipe.ts";
import type { CommandIO } from "./command.ts";
import { main } from "./main.ts";

const controller = new AbortController();
let interrupts = 0;
process.on("SIGINT", () => {
  interrupts++;
  if (interrupts > 1) process.exit(130);
  process.stderr.write("\nstopping: in-flight requests cancelled, finished work is saved (Ctrl-C again to quit at once)\n");
  controller.abort(new Error("interrupted"));
});
process.on("SIGTERM", () => controller.abort(new Error("terminated")));
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
