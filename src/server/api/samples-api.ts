// The transcript browser's endpoints: filter values, filtered pages of samples, and one sample's transcript.
// Cursors and sample references are opaque base64url strings; query parameters are checked here, at the edge.

import { z } from "zod";
import type { SampleKey } from "../../core/sample.ts";
import type { ChatMessage } from "../../core/messages.ts";
import { TRANSCRIPT_TEXT_CHARS, type SampleListRow, type SampleQuery, type TextField, type Transcript } from "../../core/sample-browser.ts";
import { askedMessages, expectedAnswer } from "../../reports/sample-asked.ts";
import { requireRun, type DashboardData } from "../dashboard-data.ts";
import { HttpError } from "../http-response.ts";
import { jsonRoute, type RouteHandler } from "../router.ts";
import type { RunTasks } from "./run-tasks.ts";

export const PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;
const MAX_SEARCH_CHARS = 200;

export interface SamplesResponse {
  samples: (SampleListRow & { ref: string })[];
  /** Pass as `after` for the next page; absent at the end. */
  next?: string;
  partial: boolean;
}

const keySchema = z.tuple([z.string(), z.string(), z.string(), z.number().int().positive()]);

export function sampleRef(key: SampleKey): string {
  return Buffer.from(JSON.stringify([key.targetId, key.taskId, key.itemId, key.trial])).toString("base64url");
}

export function parseSampleRef(ref: string, name: string): SampleKey {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(ref, "base64url").toString("utf8"));
  } catch {
    throw new HttpError(400, `${name} is not a sample reference`);
  }
  const parsed = keySchema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, `${name} is not a sample reference`);
  const [targetId, taskId, itemId, trial] = parsed.data;
  return { targetId, taskId, itemId, trial };
}

export function facetsRoute(data: DashboardData): RouteHandler {
  return jsonRoute(async ({ params }) => {
    const run = await requireRun(data, params.id!);
    return {
      targets: run.targets.map((t) => t.id),
      tasks: run.tasks.map((t) => ({ id: t.id, family: t.family })),
      families: [...new Set(run.tasks.map((t) => t.family))],
      ...(await data.store.sampleFacets(run.id)),
    };
  });
}

export function samplesRoute(data: DashboardData): RouteHandler {
  return jsonRoute(async ({ params, url }): Promise<SamplesResponse> => {
    const run = await requireRun(data, params.id!);
    const search = url.searchParams;
    const text = (name: string) => {
      const value = search.get(name);
      return value === null || value === "" ? undefined : value;
    };
    const query: SampleQuery = { targetId: text("target"), taskId: text("task"), family: text("family"), outcome: text("outcome"), language: text("language"), search: text("q") };
    if ((query.search?.length ?? 0) > MAX_SEARCH_CHARS) throw new HttpError(400, `search text is limited to ${MAX_SEARCH_CHARS} characters`);
    const limit = search.has("limit") ? Number(search.get("limit")) : PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new HttpError(400, `limit must be an integer from 1 to ${MAX_PAGE_SIZE}`);
    const after = text("after");
    const page = await data.store.samplePage(run.id, query, after === undefined ? undefined : parseSampleRef(after, "after"), limit);
    return {
      samples: page.samples.map((row) => ({ ...row, ref: sampleRef(row.key) })),
      next: page.next && sampleRef(page.next),
      partial: page.partial,
    };
  });
}

/** A transcript with what the sample was asked as its task built it, not the item's template (see sample-asked.ts). */
export interface TranscriptResponse extends Transcript {
  asked: AskedView;
}

export type AskedView =
  | { messages: { role: ChatMessage["role"]; content: TextField }[]; expected?: string }
  /** Why the question could not be rebuilt (the view then shows the stored item as it is). */
  | { unavailable: string };

export function transcriptRoute(data: DashboardData, runTasks: RunTasks): RouteHandler {
  return jsonRoute(async ({ params, url }): Promise<TranscriptResponse> => {
    const run = await requireRun(data, params.id!);
    const ref = url.searchParams.get("key");
    if (ref === null) throw new HttpError(400, "key is required");
    const key = parseSampleRef(ref, "key");
    const transcript = await data.store.transcript(run.id, key);
    if (transcript === undefined) throw new HttpError(404, "no such sample in this run");
    return { ...transcript, asked: await askedView(data, runTasks, run.id, key) };
  });
}

async function askedView(data: DashboardData, runTasks: RunTasks, runId: string, key: SampleKey): Promise<AskedView> {
  try {
    const loaded = await runTasks.load(runId);
    const task = loaded.tasks.find((t) => t.id === key.taskId);
    const item = task?.items.find((i) => i.id === key.itemId);
    const target = loaded.targets.find((t) => t.id === key.targetId);
    if (!task || !item || !target) return { unavailable: "the run's spec no longer names this sample's task, item or target" };
    const messages = await askedMessages(data.store, runId, key, item, task, target);
    const cut = (text: string): TextField => ({ text: text.slice(0, TRANSCRIPT_TEXT_CHARS), chars: text.length });
    return { messages: messages.map((m) => ({ role: m.role, content: cut(m.content) })), expected: expectedAnswer(task, item, key.trial) };
  } catch (error) {
    // Shown in place of the question: the rest of the transcript is still worth reading.
    return { unavailable: `the question as asked could not be rebuilt: ${error instanceof Error ? error.message : String(error)}` };
  }
}
