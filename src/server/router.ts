// Matches "GET /api/runs/:id/heatmap"-style routes to handlers, with each :param decoded. Only GET exists: the
// dashboard reads and never writes.

import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpError, sendJson } from "./http-response.ts";

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
}

export type RouteHandler = (context: RouteContext) => void | Promise<void>;

interface Route {
  segments: string[];
  handler: RouteHandler;
}

export class Router {
  private readonly routes: Route[] = [];

  get(pattern: string, handler: RouteHandler): this {
    this.routes.push({ segments: pattern.split("/").slice(1), handler });
    return this;
  }

  /** Undefined when no route has this path. */
  match(pathname: string): { handler: RouteHandler; params: Record<string, string> } | undefined {
    const parts = pathname.split("/").slice(1);
    for (const route of this.routes) {
      if (route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const fits = route.segments.every((segment, i) => {
        const part = parts[i]!;
        if (segment.startsWith(":")) {
          params[segment.slice(1)] = decodeSegment(part);
          return part !== "";
        }
        return segment === part;
      });
      if (fits) return { handler: route.handler, params };
    }
    return undefined;
  }
}

/** A handler whose return value is the JSON body. */
export function jsonRoute(compute: (context: RouteContext) => unknown): RouteHandler {
  return async (context) => sendJson(context.res, 200, await compute(context));
}

function decodeSegment(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(400, "malformed URL");
  }
}
