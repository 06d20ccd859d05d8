// The offline folder (--data-dir, REALITYCHECK_DATA_DIR): DIR/OWNER/NAME/PATH, the layout that
// `huggingface-cli download OWNER/NAME --repo-type dataset --local-dir DIR/OWNER/NAME` leaves. When that tool's
// download records are there (.cache/huggingface/download/PATH.metadata: commit, then etag), the commit is reported
// and the file is checked against the etag; otherwise the run records the file's sha256 alone.

import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DatasetError } from "../../../core/errors.ts";
import { digestFile, matchesStated } from "./file-digest.ts";

export interface LocalFile {
  file: string;
  sha256: string;
  bytes: number;
  /** The commit the download tool recorded, when it left its record. */
  commit?: string;
}

export function localPath(dataDir: string, repo: string, path: string): string {
  return join(dataDir, ...repo.split("/"), ...path.split("/"));
}

export async function localFile(dataDir: string, repo: string, path: string): Promise<LocalFile> {
  const file = localPath(dataDir, repo, path);
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new DatasetError("not_found", `${file} is missing: with a data folder, each file sits at DIR/OWNER/NAME/PATH (here ${repo} needs ${path})`);
  }
  const digest = await digestFile(file);
  const record = downloadRecord(dataDir, repo, path);
  if (record?.etag && !matchesStated(digest, record.etag)) {
    throw new DatasetError(
      "checksum_mismatch",
      `${file} does not match the digest recorded when it was downloaded (${record.etag.slice(0, 12)}, now sha256 ${digest.sha256.slice(0, 12)}); download it again`,
    );
  }
  return { file, sha256: digest.sha256, bytes: digest.bytes, commit: record?.commit };
}

function downloadRecord(dataDir: string, repo: string, path: string): { commit?: string; etag?: string } | undefined {
  const record = join(dataDir, ...repo.split("/"), ".cache", "huggingface", "download", ...`${path}.metadata`.split("/"));
  if (!existsSync(record)) return undefined;
  const [commit, etag] = readFileSync(record, "utf8").split("\n").map((line) => line.trim());
  return { commit: commit && /^[0-9a-f]{40}$/u.test(commit) ? commit : undefined, etag: etag || undefined };
}
