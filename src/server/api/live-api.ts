// The live view of a running run as Server-Sent Events: every poll reads the run's counts and the failed attempts
// recorded since the last poll (the database is the only channel: the run may be another process), and the stream
// ends once the run has stopped, or its process is gone (its lease lapsed).

import type { ServerResponse } from "node:http";
import { requireRun, stateOf, type DashboardData } from "../dashboard-data.ts";
import { HttpError, SECURITY_HEADERS } from "../http-response.ts";
import type { RouteHandler } from "../router.ts";

export const POLL_MS = 500;
/** Open live streams per server: each polls the database, so a forgotten tab loop cannot multiply without bound. */
export const MAX_STREAMS = 16;
const ERRORS_PER_POLL = 100;
const HEARTBEAT_POLLS = 30;

export function liveRoute(data: DashboardData, streams: Set<ServerResponse>, pollMs = POLL_MS): RouteHandler {
  return async ({ req, res, params, url }) => {
    const run = await requireRun(data, params.id!);
    if (streams.size >= MAX_STREAMS) throw new HttpError(503, `at most ${MAX_STREAMS} live views at once; close another tab`);
    const given = Number(url.searchParams.get("after") ?? Number.NaN);
    let after = Number.isInteger(given) && given >= 0 ? given : await data.store.lastAttemptId();
    res.writeHead(200, { ...SECURITY_HEADERS, "content-type": "text/event-stream; charset=utf-8", connection: "keep-alive" });
    streams.add(res);
    const send = (event: string, value: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(value)}\n\n`);
    let last = "";
    let polls = 0;
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      streams.delete(res);
      res.end();
    };
    // The next poll is scheduled when this one is done, so a slow store never has two polls of one stream at once.
    const poll = async () => {
      const progress = await data.store.progress(run.id);
      if (stopped) return;
      if (progress === undefined) return stop();
      const shown = { ...progress, status: stateOf(data, progress) };
      const text = JSON.stringify(shown);
      if (text !== last) send("progress", shown);
      last = text;
      const errors = await data.store.attemptErrorsAfter(run.id, after, ERRORS_PER_POLL);
      if (stopped) return;
      if (errors.length > 0) {
        after = errors[errors.length - 1]!.id;
        send("errors", errors);
      }
      if (++polls % HEARTBEAT_POLLS === 0) res.write(": still here\n\n");
      if (shown.status !== "running" && errors.length < ERRORS_PER_POLL) {
        send("end", { status: shown.status });
        return stop();
      }
      timer = setTimeout(() => void poll().catch(stop), pollMs);
    };
    req.on("close", stop);
    await poll().catch(stop);
  };
}
