// The local copy of Hub files: ROOT/OWNER/NAME/COMMIT/PATH, with each file's sha256 recorded when it was downloaded
// and checked on every use, and each branch or tag remembered as the commit it named on first use (so a second run
// asks the Hub nothing, and keeps using the same data until the ref is forgotten).

import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DatasetError } from "../../../core/errors.ts";
import { digestFile, type FileDigest } from "./file-digest.ts";

export interface CachedFile {
  file: string;
  sha256: string;
  bytes: number;
}

const SHA256 = /^[0-9a-f]{64}$/u;

export class DatasetCache {
  constructor(readonly root: string) {}

  /** The commit a branch or tag named when it was first resolved here. */
  commitFor(repo: string, revision: string): string | undefined {
    const ref = this.refPath(repo, revision);
    if (!existsSync(ref)) return undefined;
    const commit = readFileSync(ref, "utf8").trim();
    return /^[0-9a-f]{40}$/u.test(commit) ? commit : undefined;
  }

  remember(repo: string, revision: string, commit: string): void {
    writeAtomically(this.refPath(repo, revision), `${commit}\n`);
  }

  /** The cached file with its sha256 checked against the one recorded at download; undefined when not cached. */
  async verified(repo: string, commit: string, path: string): Promise<CachedFile | undefined> {
    const file = this.filePath(repo, commit, path);
    const record = this.digestPath(repo, commit, path);
    if (!existsSync(file) || !existsSync(record)) return undefined;
    const recorded = readFileSync(record, "utf8").trim();
    const digest = await digestFile(file);
    if (!SHA256.test(recorded) || digest.sha256 !== recorded) {
      throw new DatasetError(
        "checksum_mismatch",
        `${repo}@${commit.slice(0, 7)}: the cached ${path} has changed since it was downloaded (sha256 ${short(digest.sha256)}, recorded ${short(recorded)}); delete ${file} to download it again`,
      );
    }
    return { file, sha256: digest.sha256, bytes: digest.bytes };
  }

  /**
   * Fills a temporary file with `fill`, hands its digest to `check` (which throws when it does not match what the
   * source stated), then moves it into place: a file in the cache is always whole and always checked.
   */
  async store(repo: string, commit: string, path: string, fill: (temporary: string) => Promise<void>, check: (digest: FileDigest) => void): Promise<CachedFile> {
    const file = this.filePath(repo, commit, path);
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${randomBytes(4).toString("hex")}.partial`;
    try {
      await fill(temporary);
      const digest = await digestFile(temporary);
      check(digest);
      writeAtomically(this.digestPath(repo, commit, path), `${digest.sha256}\n`);
      renameSync(temporary, file);
      return { file, sha256: digest.sha256, bytes: digest.bytes };
    } finally {
      rmSync(temporary, { force: true });
    }
  }

  filePath(repo: string, commit: string, path: string): string {
    return join(this.root, ...repo.split("/"), commit, ...path.split("/"));
  }

  private digestPath(repo: string, commit: string, path: string): string {
    return join(this.root, ...repo.split("/"), "digests", commit, `${path.split("/").join("__")}.sha256`);
  }

  private refPath(repo: string, revision: string): string {
    return join(this.root, ...repo.split("/"), "refs", encodeURIComponent(revision));
  }
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(4).toString("hex")}.partial`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

function short(digest: string): string {
  return digest.slice(0, 12);
}
