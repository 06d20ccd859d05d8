// Content digests of data files: sha256 (what a run records, and what the Hub states for large files) and the git
// blob sha1 the Hub states for small ones. Streamed, so a large file never sits in memory.

import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";

export interface FileDigest {
  sha256: string;
  /** sha1 of "blob SIZE\0" + content: the id git (and the Hub, for files kept in git) gives the file. */
  gitSha1: string;
  bytes: number;
}

export async function digestFile(path: string): Promise<FileDigest> {
  const { size } = await stat(path);
  const sha256 = createHash("sha256");
  const gitSha1 = createHash("sha1").update(`blob ${size}\0`);
  for await (const chunk of createReadStream(path)) {
    sha256.update(chunk as Buffer);
    gitSha1.update(chunk as Buffer);
  }
  return { sha256: sha256.digest("hex"), gitSha1: gitSha1.digest("hex"), bytes: size };
}

/** Whether a digest matches what a source stated: a 64-hex sha256 or a 40-hex git blob sha1. */
export function matchesStated(digest: FileDigest, stated: string): boolean {
  const id = stated.trim().toLowerCase().replace(/^"|"$/gu, "");
  return id.length === 64 ? id === digest.sha256 : id === digest.gitSha1;
}
