// Claim sets by name: the built-in ones shipped in data/claims (Llama 4 Scout and Maverick, the demo's), or any
// claim file by path. One data file per built-in set, so adding a set is adding a file.

import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";
import type { ClaimSet } from "../core/claim.ts";
import { ConfigError } from "../core/errors.ts";
import { readClaimFile } from "./claim-file.ts";

const BUILTIN_DIR = fileURLToPath(new URL("../../data/claims/", import.meta.url));
const EXTENSION = ".yaml";

export function builtinClaimSetNames(): string[] {
  return readdirSync(BUILTIN_DIR)
    .filter((file) => file.endsWith(EXTENSION))
    .map((file) => file.slice(0, -EXTENSION.length))
    .sort();
}

/** A built-in name ("llama-4-scout") or a path to a claim file, relative to `cwd`. */
export function loadClaimSet(nameOrPath: string, cwd: string = process.cwd()): ClaimSet {
  const names = builtinClaimSetNames();
  if (names.includes(nameOrPath)) return readClaimFile(join(BUILTIN_DIR, `${nameOrPath}${EXTENSION}`), `${nameOrPath}${EXTENSION}`);
  const path = resolve(cwd, nameOrPath);
  if (existsSync(path)) return readClaimFile(path, nameOrPath);
  throw new ConfigError(`unknown claim set "${nameOrPath}": neither a built-in set (${names.join(", ")}) nor a claim file`, "--claims");
}
