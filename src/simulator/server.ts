// The provider simulator: a local OpenAI-compatible HTTP server whose models are scripted profiles.
// A test double, and it says so on every response (x-realitycheck-simulated header, system_fingerprint).

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { systemClock, type Clock } from "../core/clock.ts";
import { seededRandom } from "../core/random.ts";
import { type Decision, decideReply, type SimulatedOutcome } from "./behaviour.ts";
import { isRequestProblem, parseChatRequest, type SimulatedRequest } from "./chat-request.ts";
import { type CompiledProfile, compileProfiles } from "./compile-profile.ts";
import { badRequest, type ErrorReply, modelNotFound, notFound, rateLimitError } from "./http-errors.ts";
import { completionBody, type ResponseMeta, SIMULATED_HEADER } from "./openai-response.ts";
import { parseProfiles, type SimulatorProfile } from "./profile.ts";
import { builtInProfiles } from "./profiles.ts";
import { RateLimiter, type RateLimits } from "./rate-limit-bucket.ts";
import { streamReply } from "./stream-reply.ts";
import { countPromptTokens } from "./prompt-tokens.ts";

export type { SimulatedOutcome } from "./behaviour.ts";

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Merged over the built-in profiles by name. */
  profiles?: Record<string, SimulatorProfile>;
  /** Seed of the fault generator (429s, 5xx, drops), default 1: a run's faults reproduce in distribution. */
  seed?: number;
  /**
   * What the scripted delays (time to the first byte, stream pacing) wait on and the rate limits refill by. Tests pass a
   * virtual clock, shared with the adapters that measure latency, so delays cost no wall time and measure exactly.
   */
  clock?: Clock;
}

export interface SimulatorStats {
  requests: number;
  byModel: Record<string, number>;
  byOutcome: Record<SimulatedOutcome, number>;
}

export interface SimulatorHandle {
  /** Base URL ending in /v1, e.g. http://127.0.0.1:40123/v1 */
  url: string;
  port: number;
  stats(): SimulatorStats;
  resetStats(): void;
  close(): Promise<void>;
}

const CHAT_PATH = "/v1/chat/completions";
const MODELS_PATH = "/v1/models";

function emptyStats(): SimulatorStats {
  const byOutcome = {} as Record<SimulatedOutcome, number>;
  for (const outcome of ["ok", "rate_limited", "server_error", "dropped", "context_rejected", "refused", "loop", "unknown_model", "bad_request"] as const) {
    byOutcome[outcome] = 0;
  }
  return { requests: 0, byModel: {}, byOutcome };
}

function pathIs(url: string | undefined, path: string): boolean {
  return url !== undefined && url.startsWith(path) && (url.length === path.length || url[path.length] === "?");
}

class Simulator {
  stats = emptyStats();
  private readonly random: () => number;
  private readonly limiters = new Map<string, RateLimiter>();
  private nextId = 1;

  constructor(
    private readonly profiles: Map<string, CompiledProfile>,
    seed: number,
    private readonly clock: Clock,
  ) {
    this.random = seededRandom(seed);
  }

  handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method === "POST" && pathIs(req.url, CHAT_PATH)) {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => (body += chunk));
      req.on("end", () => this.complete(res, body));
    } else if (req.method === "GET" && pathIs(req.url, MODELS_PATH)) {
      sendJson(res, 200, this.modelList());
    } else {
      sendError(res, notFound(req.url ?? ""));
    }
  };

  private complete(res: ServerResponse, body: string): void {
    const request = parseChatRequest(body);
    if (isRequestProblem(request)) {
      this.count(undefined, "bad_request");
      sendError(res, badRequest(request.problem, request.param));
      return;
    }
    const at = request.model.indexOf("@");
    const profile = this.profiles.get(at < 0 ? request.model : request.model.slice(0, at));
    if (!profile) {
      this.count(request.model, "unknown_model");
      sendError(res, modelNotFound(request.model));
      return;
    }
    let headers: Record<string, string> | undefined;
    if (profile.rateLimits) {
      const limiter = this.limiterFor(request.model, profile.rateLimits);
      const admission = limiter.admit(countPromptTokens(request.messages) + (request.maxTokens ?? profile.defaultMaxTokens), this.clock.now());
      headers = admission.headers;
      if (admission.limitedBy) {
        this.count(request.model, "rate_limited");
        sendError(res, rateLimitError(request.model, admission.limitedBy, admission.detail, admission.waitMs), headers);
        return;
      }
    }
    const decision = decideReply(profile, request, this.random);
    const outcome = decision.kind === "reply" && decision.drop ? "dropped" : decision.outcome;
    this.count(request.model, outcome);
    if (decision.latencyMs > 0) void this.clock.sleep(decision.latencyMs).then(() => this.respond(res, request, decision, headers));
    else this.respond(res, request, decision, headers);
  }

  private respond(res: ServerResponse, request: SimulatedRequest, decision: Decision, headers: Record<string, string> | undefined): void {
    if (res.destroyed) return;
    if (decision.kind === "error") {
      sendError(res, decision.reply, headers);
      return;
    }
    const meta: ResponseMeta = { id: `chatcmpl-sim${this.nextId++}`, created: Math.floor(Date.now() / 1000), model: request.model };
    if (request.stream) streamReply(res, decision, { meta, includeUsage: request.includeUsage, headers, clock: this.clock });
    else if (decision.drop) res.destroy();
    else sendJson(res, 200, completionBody(meta, decision), headers);
  }

  /** Buckets belong to the model name as sent, so `x@a` and `x@b` are limited separately, like two deployments. */
  private limiterFor(model: string, limits: RateLimits): RateLimiter {
    let limiter = this.limiters.get(model);
    if (!limiter) {
      limiter = new RateLimiter(limits, this.clock.now());
      this.limiters.set(model, limiter);
    }
    return limiter;
  }

  private count(model: string | undefined, outcome: SimulatedOutcome): void {
    this.stats.requests++;
    this.stats.byOutcome[outcome]++;
    if (model !== undefined) this.stats.byModel[model] = (this.stats.byModel[model] ?? 0) + 1;
  }

  private modelList(): string {
    const data = [...this.profiles.values()].map((profile) => ({
      id: profile.name,
      object: "model",
      created: 0,
      owned_by: "realitycheck-simulator",
      description: profile.description,
    }));
    return JSON.stringify({ object: "list", data });
  }
}

function sendJson(res: ServerResponse, status: number, body: string, headers?: Record<string, string>): void {
  res.writeHead(status, {
    ...headers,
    [SIMULATED_HEADER]: "1",
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

function sendError(res: ServerResponse, reply: ErrorReply, headers?: Record<string, string>): void {
  sendJson(res, reply.status, reply.body, reply.headers ? { ...headers, ...reply.headers } : headers);
}

/** Starts the simulator; user profiles are validated (ConfigError on a bad field) and merged over the built-ins. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const where = "simulator profiles";
  const userProfiles = options.profiles ? parseProfiles(options.profiles, where) : {};
  const simulator = new Simulator(compileProfiles({ ...builtInProfiles, ...userProfiles }, where), options.seed ?? 1, options.clock ?? systemClock);
  const server = createServer(simulator.handle);
  server.keepAliveTimeout = 30_000;
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/v1`,
    port,
    stats: () => structuredClone(simulator.stats),
    resetStats: () => {
      simulator.stats = emptyStats();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
