// Writes chunks to a temporary file beside the target and renames it into place, so a failure leaves no partial file.

import { createWriteStream, renameSync, rmSync } from "node:fs";
import { once } from "node:events";
import { ConfigError } from "../core/errors.ts";

/** `what` names the file in the one-line error ("export", "report"). */
export async function writeAtomically(path: string, chunks: Iterable<string> | AsyncIterable<string>, what: string, where: string = path): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(partial);
  try {
    for await (const chunk of chunks) {
      if (!stream.write(chunk)) await once(stream, "drain");
    }
    stream.end();
    await once(stream, "finish");
    renameSync(partial, path);
  } catch (error) {
    stream.destroy();
    rmSync(partial, { force: true });
    throw new ConfigError(`cannot write ${what} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, where);
  }
}
