// A local stand-in for the Hugging Face Hub (node:http) that serves the files a test writes: the revision API with
// each file's size and digest, file downloads with Range support, gated repositories that need a token, and a log
// of every request so tests can say "the second run asked nothing".

import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRepo {
  /** The commit every revision of this repo resolves to (40 hex). */
  commit: string;
  files: Record<string, Uint8Array>;
  /** When set, every request needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Digests the revision API states instead of the true ones (a Hub whose file changed under its listing). */
  statedDigests?: Record<string, string>;
}

export interface FakeHub {
  /** The endpoint to put in HF_ENDPOINT. */
  url: string;
  /** Every request's method and path, in order, with its byte range when it asked for one ("GET /x bytes=10-"). */
  requests: string[];
  close(): Promise<void>;
}

/** Files tracked in large-file storage on the real Hub: the API states their sha256; others get a git blob sha1. */
const LFS = /\.(parquet|arrow|zip)$/u;

export async function startFakeHub(repos: Record<string, FakeRepo>): Promise<FakeHub> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "").split("?")[0] ?? "");
    requests.push(`${req.method} ${path}${req.headers.range ? ` ${req.headers.range}` : ""}`);
    handle(repos, req, res, path);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function fakeCommit(seed: string): string {
  return createHash("sha1").update(seed).digest("hex");
}

function handle(repos: Record<string, FakeRepo>, req: IncomingMessage, res: ServerResponse, path: string): void {
  const api = /^\/api\/datasets\/([^/]+\/[^/]+)\/revision\/([^/]+)$/u.exec(path);
  const file = /^\/datasets\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/u.exec(path);
  const repoId = api?.[1] ?? file?.[1];
  const repo = repoId === undefined ? undefined : repos[repoId];
  if (!repo) return send(res, 404, JSON.stringify({ error: "Repository not found" }), { "x-error-code": "RepoNotFound" });
  if (repo.token !== undefined) {
    const given = req.headers.authorization;
    if (given === undefined) return send(res, 401, "{}", { "x-error-code": "GatedRepo" });
    if (given !== `Bearer ${repo.token}`) return send(res, 403, "{}", { "x-error-code": "GatedRepo" });
  }
  if (api) {
    const revision = api[2] ?? "";
    if (revision !== "main" && revision !== repo.commit) return send(res, 404, "{}", { "x-error-code": "RevisionNotFound" });
    const siblings = Object.entries(repo.files).map(([name, bytes]) => {
      const stated = repo.statedDigests?.[name];
      return LFS.test(name)
        ? { rfilename: name, size: bytes.byteLength, blobId: gitSha1(bytes), lfs: { sha256: stated ?? sha256(bytes), size: bytes.byteLength } }
        : { rfilename: name, size: bytes.byteLength, blobId: stated ?? gitSha1(bytes) };
    });
    return send(res, 200, JSON.stringify({ id: repoId, sha: repo.commit, siblings }), { "content-type": "application/json" });
  }
  const [, , commit, name = ""] = file!;
  const bytes = commit === repo.commit || commit === "main" ? repo.files[name] : undefined;
  if (!bytes) return send(res, 404, "Entry not found", { "x-error-code": "EntryNotFound" });
  const range = /^bytes=(\d+)-(\d*)$/u.exec(req.headers.range ?? "");
  if (range) {
    const start = Number(range[1]);
    const end = range[2] === "" ? bytes.byteLength - 1 : Math.min(Number(range[2]), bytes.byteLength - 1);
    res.writeHead(206, { "content-length": end - start + 1, "content-range": `bytes ${start}-${end}/${bytes.byteLength}` });
    res.end(req.method === "HEAD" ? undefined : Buffer.from(bytes.subarray(start, end + 1)));
    return;
  }
  res.writeHead(200, { "content-length": bytes.byteLength, "accept-ranges": "bytes" });
  res.end(req.method === "HEAD" ? undefined : Buffer.from(bytes));
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function gitSha1(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}
