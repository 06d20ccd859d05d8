// The two Hub calls a benchmark needs: which commit a revision names (with the files it holds, their sizes and
// digests), and one file at that commit. Every failure is one DatasetError line that says what to do.

import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import { DatasetError } from "../../../core/errors.ts";
import type { HubSettings } from "./hub-settings.ts";

/** A file as the Hub lists it at a commit. */
export interface RemoteFile {
  size?: number;
  /** The digest the Hub states: sha256 for files in large-file storage, else the git blob sha1. */
  digest?: string;
}

export interface RevisionInfo {
  commit: string;
  files: Map<string, RemoteFile>;
}

export interface HubRepo {
  /** "TIGER-Lab/MMLU-Pro". */
  id: string;
  /** Gated sets need a token of an account that accepted their terms; errors say so. */
  gated: boolean;
}

const METADATA_TIMEOUT_MS = 30_000;
const DOWNLOAD_TIMEOUT_MS = 600_000;
const COMMIT = /^[0-9a-f]{40}$/u;

const revisionSchema = z.object({
  sha: z.string(),
  siblings: z
    .array(z.object({ rfilename: z.string(), size: z.number().optional(), blobId: z.string().optional(), lfs: z.object({ sha256: z.string() }).nullish() }))
    .default([]),
});

export function datasetPageUrl(settings: HubSettings, repo: string): string {
  return `${settings.endpoint}/datasets/${repo}`;
}

export function resolveUrl(settings: HubSettings, repo: string, commit: string, path: string): string {
  return `${settings.endpoint}/datasets/${repo}/resolve/${encodeURIComponent(commit)}/${path.split("/").map(encodeURIComponent).join("/")}`;
}

export function hubHeaders(settings: HubSettings): Record<string, string> {
  return settings.token ? { authorization: `Bearer ${settings.token}`, "user-agent": "realitycheck" } : { "user-agent": "realitycheck" };
}

/** GET api/datasets/REPO/revision/REV?blobs=true: the commit, and each file's size and digest. */
export async function resolveRevision(settings: HubSettings, repo: HubRepo, revision: string): Promise<RevisionInfo> {
  const url = `${settings.endpoint}/api/datasets/${repo.id}/revision/${encodeURIComponent(revision)}?blobs=true`;
  const response = await hubFetch(settings, url, repo, `revision "${revision}"`, METADATA_TIMEOUT_MS);
  const parsed = revisionSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success || !COMMIT.test(parsed.data.sha)) {
    throw new DatasetError("hub_error", `${repo.id}: the Hub's answer for revision "${revision}" names no commit (${url})`);
  }
  const files = new Map<string, RemoteFile>();
  for (const sibling of parsed.data.siblings) {
    files.set(sibling.rfilename, { size: sibling.size, digest: sibling.lfs?.sha256 ?? sibling.blobId });
  }
  return { commit: parsed.data.sha, files };
}

/** Streams one file to `target`; returns the digest the response states, if any (checked by the caller). */
export async function downloadFile(settings: HubSettings, repo: HubRepo, commit: string, path: string, target: string): Promise<string | undefined> {
  const url = resolveUrl(settings, repo.id, commit, path);
  const response = await hubFetch(settings, url, repo, path, DOWNLOAD_TIMEOUT_MS);
  if (!response.body) throw new DatasetError("hub_error", `${repo.id}: the Hub sent no content for ${path}`);
  try {
    await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream), createWriteStream(target));
  } catch (error) {
    throw new DatasetError("unreachable", `${repo.id}: the download of ${path} broke off (${describeCause(error)}); run again to retry`, { cause: error });
  }
  return response.headers.get("x-linked-etag") ?? undefined;
}

/** One request, with the Hub's answer turned into a typed failure. `what` names the thing asked for. */
export async function hubFetch(settings: HubSettings, url: string, repo: HubRepo, what: string, timeoutMs: number, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { ...hubHeaders(settings), ...(init.headers as Record<string, string> | undefined) }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new DatasetError("unreachable", `cannot reach the Hugging Face Hub at ${settings.endpoint} (${describeCause(error)}) for ${repo.id}`, { cause: error });
  }
  if (response.ok) return response;
  const status = response.status;
  await response.body?.cancel().catch(() => undefined);
  if (status === 401 || status === 403) throw new DatasetError("unauthorized", accessMessage(settings, repo, status, response.headers.get("x-error-code")), { status });
  if (status === 404) throw new DatasetError("not_found", `${repo.id}: the Hub has no ${what} (404 at ${url})`, { status });
  throw new DatasetError("hub_error", `${repo.id}: the Hub answered ${status} for ${what} (${url}); try again later`, { status });
}

function accessMessage(settings: HubSettings, repo: HubRepo, status: number, code: string | null): string {
  const page = datasetPageUrl(settings, repo.id);
  if (repo.gated || code === "GatedRepo") {
    const token = settings.token ? "and check that HF_TOKEN belongs to that account" : "then set HF_TOKEN to a token of that account";
    return `${repo.id} is gated and the Hub refused access (${status}): accept its terms at ${page}, ${token}`;
  }
  return settings.token
    ? `${repo.id}: the Hub refused HF_TOKEN (${status}): check that the token is valid and can read ${page}`
    : `${repo.id}: the Hub refused access without a token (${status}): set HF_TOKEN to a token that can read ${page}`;
}

/** "ECONNREFUSED", "timeout": the cause a network failure carries, in a few words. */
function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === "TimeoutError") return "timed out";
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
