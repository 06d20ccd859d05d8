import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetError, type DatasetProblem } from "../../../core/errors.ts";
import { fakeCommit, type FakeHub, startFakeHub } from "../../../test-support/fake-hub.ts";
import { tempDir } from "../../../test-support/temp-dir.ts";
import { type DatasetRequest, fetchDataset, findLocalDataset } from "./fetch-dataset.ts";
import { hubSettings } from "./hub-settings.ts";

const COMMIT = fakeCommit("open");
const GATED_COMMIT = fakeCommit("gated");
const TSV = new TextEncoder().encode("How many legs has a cat?\t4\nTwo plus two?\t4\n");
const CSV = new TextEncoder().encode('Question,Correct Answer\n"A gated question?",yes\n');
let hub: FakeHub;

beforeAll(async () => {
  hub = await startFakeHub({
    "acme/open": { commit: COMMIT, files: { "data/en.tsv": TSV, "data/es.tsv": TSV } },
    "acme/gated": { commit: GATED_COMMIT, files: { "diamond.csv": CSV }, token: "hf_right" },
    "acme/liar": { commit: COMMIT, files: { "data/en.tsv": TSV }, statedDigests: { "data/en.tsv": fakeCommit("something else") } },
  });
});
afterAll(() => hub.close());

const open: DatasetRequest = { repo: { id: "acme/open", gated: false }, revision: "main", paths: ["data/en.tsv", "data/es.tsv"] };
const gated: DatasetRequest = { repo: { id: "acme/gated", gated: true }, revision: "main", paths: ["diamond.csv"] };

function settings(env: Record<string, string> = {}, cwd = tempDir(), dataDir?: string) {
  return hubSettings({ HF_ENDPOINT: hub.url, ...env }, cwd, dataDir);
}

async function failure(promise: Promise<unknown>, problem: DatasetProblem): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetError);
  expect((error as DatasetError).problem).toBe(problem);
  return (error as DatasetError).message;
}

describe("fetchDataset", () => {
  it("downloads once, records commit and sha256, and answers the second time from the cache without a request", async () => {
    const cwd = tempDir();
    const first = await fetchDataset(settings({}, cwd), open);
    expect(first).toMatchObject({ repo: "acme/open", revision: "main", commit: COMMIT, source: "hub" });
    expect(first.files.map((f) => [f.path, f.bytes])).toEqual([["data/en.tsv", TSV.byteLength], ["data/es.tsv", TSV.byteLength]]);
    expect(first.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(first.files[0]!.file).toBe(join(cwd, ".realitycheck", "cache", "datasets", "acme", "open", COMMIT, "data", "en.tsv"));
    expect(readFileSync(first.files[0]!.file)).toEqual(Buffer.from(TSV));

    const before = hub.requests.length;
    const second = await fetchDataset(settings({}, cwd), open);
    expect(hub.requests.length).toBe(before);
    expect(second).toMatchObject({ commit: COMMIT, source: "cache", files: first.files });
  });

  it("works offline from the cache, and says so in one line when the data was never fetched", async () => {
    const cwd = tempDir();
    await fetchDataset(settings({}, cwd), open);
    expect((await fetchDataset(settings({ HF_HUB_OFFLINE: "1" }, cwd), open)).source).toBe("cache");
    const message = await failure(fetchDataset(settings({ HF_HUB_OFFLINE: "1" }), open), "offline");
    expect(message).toMatch(/^acme\/open@main is not in the cache \(.*datasets\) and cannot be downloaded: HF_HUB_OFFLINE is set; run once with network access, or point --data-dir at a copy$/u);
    const gone = await startFakeHub({});
    await gone.close();
    const down = await failure(fetchDataset(hubSettings({ HF_ENDPOINT: gone.url }, tempDir()), open), "offline");
    expect(down).toContain(`cannot be downloaded: cannot reach the Hugging Face Hub at ${gone.url} (ECONNREFUSED) for acme/open;`);
  });

  it("needs a token for a gated set, names the page to accept, and downloads with the right token", async () => {
    const none = await failure(fetchDataset(settings(), gated), "unauthorized");
    expect(none).toBe(`acme/gated is gated and the Hub refused access (401): accept its terms at ${hub.url}/datasets/acme/gated, then set HF_TOKEN to a token of that account`);
    const wrong = await failure(fetchDataset(settings({ HF_TOKEN: "hf_wrong" }), gated), "unauthorized");
    expect(wrong).toContain("(403): accept its terms at");
    expect(wrong).toContain("check that HF_TOKEN belongs to that account");
    expect((await fetchDataset(settings({ HF_TOKEN: "hf_right" }), gated)).commit).toBe(GATED_COMMIT);
  });

  it("names a missing file and an unknown revision", async () => {
    const missing = await failure(fetchDataset(settings(), { ...open, paths: ["data/xx.tsv"] }), "not_found");
    expect(missing).toBe(`acme/open@${COMMIT.slice(0, 7)} has no file data/xx.tsv (the Hub lists 2 other files)`);
    const revision = await failure(fetchDataset(settings(), { ...open, revision: "v9" }), "not_found");
    expect(revision).toMatch(/^acme\/open: the Hub has no revision "v9" \(404 at /u);
  });

  it("keeps nothing when a download does not match the Hub's checksum, and catches a cached file changed on disk", async () => {
    const cwd = tempDir();
    const liar = await failure(fetchDataset(settings({}, cwd), { repo: { id: "acme/liar", gated: false }, revision: "main", paths: ["data/en.tsv"] }), "checksum_mismatch");
    expect(liar).toMatch(/the downloaded data\/en\.tsv does not match the Hub's checksum \(got sha256 [0-9a-f]{12}, the Hub states [0-9a-f]{12}\); nothing was kept/u);
    expect(await findLocalDataset(settings({}, cwd), { repo: { id: "acme/liar", gated: false }, revision: "main", paths: ["data/en.tsv"] })).toBeUndefined();

    const fetched = await fetchDataset(settings({}, cwd), open);
    writeFileSync(fetched.files[0]!.file, "tampered\t0\n");
    const changed = await failure(fetchDataset(settings({}, cwd), open), "checksum_mismatch");
    expect(changed).toMatch(/the cached data\/en\.tsv has changed since it was downloaded \(sha256 [0-9a-f]{12}, recorded [0-9a-f]{12}\); delete .*en\.tsv to download it again/u);
  });

  it("reads a data folder offline, with the commit and check of huggingface-cli's download records when present", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "acme", "open", "data"), { recursive: true });
    writeFileSync(join(dir, "acme", "open", "data", "en.tsv"), TSV);
    writeFileSync(join(dir, "acme", "open", "data", "es.tsv"), TSV);
    const plain = await fetchDataset(settings({ HF_HUB_OFFLINE: "1" }, tempDir(), dir), open);
    expect(plain).toMatchObject({ source: "data-dir", commit: undefined });
    expect(plain.files[1]!.sha256).toMatch(/^[0-9a-f]{64}$/u);

    const records = join(dir, "acme", "open", ".cache", "huggingface", "download", "data");
    mkdirSync(records, { recursive: true });
    const blob = (await fetchDataset(settings(), open)).files[0]!;
    const gitSha1 = (await import("./file-digest.ts")).digestFile(blob.file);
    for (const name of ["en", "es"]) writeFileSync(join(records, `${name}.tsv.metadata`), `${COMMIT}\n${(await gitSha1).gitSha1}\n1712656091.1\n`);
    expect((await fetchDataset(settings({}, tempDir(), dir), open)).commit).toBe(COMMIT);
    writeFileSync(join(dir, "acme", "open", "data", "es.tsv"), "edited\t1\n");
    expect(await failure(fetchDataset(settings({}, tempDir(), dir), open), "checksum_mismatch")).toMatch(/es\.tsv does not match the digest recorded when it was downloaded/u);

    const missing = await failure(fetchDataset(settings({}, tempDir(), tempDir()), open), "not_found");
    expect(missing).toMatch(/acme\/open\/data\/en\.tsv is missing: with a data folder, each file sits at DIR\/OWNER\/NAME\/PATH/u);
  });
});
