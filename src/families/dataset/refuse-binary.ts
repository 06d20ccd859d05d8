// A pass-through for text files that fails on the first NUL byte: an image or archive given as a dataset is named as
// binary, with the line it was found on, instead of reaching a CSV or JSON parser that reports nonsense about quotes.

import { Transform } from "node:stream";
import { ConfigError } from "../../core/errors.ts";

export function refuseBinary(file: string, what: string): Transform {
  let line = 1;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const nul = chunk.indexOf(0);
      if (nul < 0) {
        line += countNewlines(chunk, chunk.length);
        done(null, chunk);
        return;
      }
      done(new ConfigError(`a binary file, not ${what} text (a NUL byte on this line)`, `${file}:${line + countNewlines(chunk, nul)}`));
    },
  });
}

function countNewlines(chunk: Buffer, end: number): number {
  let count = 0;
  for (let at = chunk.indexOf(10); at >= 0 && at < end; at = chunk.indexOf(10, at + 1)) count++;
  return count;
}
