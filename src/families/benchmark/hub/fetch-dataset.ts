// Gets a benchmark's files for a run: from the data folder when one is given, else from the cache, else from the
// Hub (once; the cache then answers). Every file comes back with its sha256, and the dataset with the commit it came
// from, so the run can name exactly the data it used.

import { DatasetError } from "../../../core/errors.ts";
import { DatasetCache } from "./dataset-cache.ts";
import { matchesStated } from "./file-digest.ts";
import { downloadFile, type HubRepo, resolveRevision, type RevisionInfo } from "./hub-client.ts";
import type { HubSettings } from "./hub-settings.ts";
import { localFile } from "./local-data-dir.ts";

export interface DatasetRequest {
  repo: HubRepo;
  /** A branch, tag or commit. */
  revision: string;
  paths: readonly string[];
}

export interface FetchedFile {
  path: string;
  file: string;
  sha256: string;
  bytes: number;
}

export interface FetchedDataset {
  repo: string;
  revision: string;
  /** The commit the files came from; undefined for a data folder without download records. */
  commit?: string;
  source: "hub" | "cache" | "data-dir";
  files: FetchedFile[];
}

const COMMIT = /^[0-9a-f]{40}$/u;

export async function fetchDataset(settings: HubSettings, request: DatasetRequest): Promise<FetchedDataset> {
  const local = await findLocalDataset(settings, request);
  if (local) return local;
  if (settings.offline) throw notCached(settings, request, "HF_HUB_OFFLINE is set");
  const cache = new DatasetCache(settings.cacheDir);
  let info: RevisionInfo;
  try {
    info = await resolveRevision(settings, request.repo, request.revision);
  } catch (error) {
    if (error instanceof DatasetError && error.problem === "unreachable") throw notCached(settings, request, error.message);
    throw error;
  }
  if (!COMMIT.test(request.revision)) cache.remember(request.repo.id, request.revision, info.commit);
  const files: FetchedFile[] = [];
  for (const path of request.paths) {
    const cached = await cache.verified(request.repo.id, info.commit, path);
    files.push({ path, ...(cached ?? (await download(settings, cache, request.repo, info, path))) });
  }
  return { repo: request.repo.id, revision: request.revision, commit: info.commit, source: "hub", files };
}

/** The dataset without any network: the data folder when one is set, else the cache when it holds every file. */
export async function findLocalDataset(settings: HubSettings, request: DatasetRequest): Promise<FetchedDataset | undefined> {
  if (settings.dataDir !== undefined) return fromDataDir(settings.dataDir, request);
  const cache = new DatasetCache(settings.cacheDir);
  const commit = COMMIT.test(request.revision) ? request.revision : cache.commitFor(request.repo.id, request.revision);
  if (commit === undefined) return undefined;
  const files: FetchedFile[] = [];
  for (const path of request.paths) {
    const cached = await cache.verified(request.repo.id, commit, path);
    if (!cached) return undefined;
    files.push({ path, ...cached });
  }
  return { repo: request.repo.id, revision: request.revision, commit, source: "cache", files };
}

/** The one line for "no network and no copy": where the copy would be, and the two ways out. */
export function notCached(settings: HubSettings, request: DatasetRequest, why: string): DatasetError {
  return new DatasetError(
    "offline",
    `${request.repo.id}@${request.revision} is not in the cache (${settings.cacheDir}) and cannot be downloaded: ${why}; run once with network access, or point --data-dir at a copy`,
  );
}

async function download(settings: HubSettings, cache: DatasetCache, repo: HubRepo, info: RevisionInfo, path: string) {
  const listed = info.files.get(path);
  if (info.files.size > 0 && !listed) {
    throw new DatasetError("not_found", `${repo.id}@${info.commit.slice(0, 7)} has no file ${path} (the Hub lists ${info.files.size} other files)`);
  }
  let stated = listed?.digest;
  return cache.store(
    repo.id,
    info.commit,
    path,
    async (temporary) => {
      const fromHeader = await downloadFile(settings, repo, info.commit, path, temporary);
      stated ??= fromHeader;
    },
    (digest) => {
      if (stated !== undefined && !matchesStated(digest, stated)) {
        throw new DatasetError(
          "checksum_mismatch",
          `${repo.id}@${info.commit.slice(0, 7)}: the downloaded ${path} does not match the Hub's checksum (got sha256 ${digest.sha256.slice(0, 12)}, the Hub states ${stated.slice(0, 12)}); nothing was kept, try again`,
        );
      }
    },
  );
}

async function fromDataDir(dataDir: string, request: DatasetRequest): Promise<FetchedDataset> {
  const files: (FetchedFile & { commit?: string })[] = [];
  for (const path of request.paths) files.push({ path, ...(await localFile(dataDir, request.repo.id, path)) });
  const commits = new Set(files.map((f) => f.commit));
  const commit = commits.size === 1 ? files[0]?.commit : undefined;
  if (commit !== undefined && COMMIT.test(request.revision) && commit !== request.revision) {
    throw new DatasetError("not_found", `the data folder holds ${request.repo.id} at commit ${commit.slice(0, 7)}, not the asked ${request.revision.slice(0, 7)}`);
  }
  return { repo: request.repo.id, revision: request.revision, commit, source: "data-dir", files: files.map(({ commit: _c, ...file }) => file) };
}
