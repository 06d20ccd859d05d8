// The file a local model target names: `~/` is the home folder, and a relative path is taken from the directory the
// command runs in, once, when the target is resolved; from then on the target carries the absolute path.

import { homedir } from "node:os";
import { resolve } from "node:path";

export function modelPath(model: string, cwd: string): string {
  return resolve(cwd, model.startsWith("~/") ? homedir() + model.slice(1) : model);
}
