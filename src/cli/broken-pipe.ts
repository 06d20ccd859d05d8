// `realitycheck show last | head`: once the reader has gone, what is left to print has no one to read it. The command
// ends quietly, as Unix tools do on SIGPIPE, instead of dying on an unhandled EPIPE with a stack trace.

export function endQuietlyOnBrokenPipe(stream: NodeJS.EventEmitter, exit: (code: number) => void): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    exit(0);
  });
}
