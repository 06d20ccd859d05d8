// A run's requests of every purpose on PostgreSQL: judge, probe and calibration attempts in their own table (written by
// the batch writer), totalled with the sample attempts for `show` and a resumed run's budget, and searched by hash so a
// resumed run (or a worker taking a job over) finds an answer it already paid for. The same queries as SQLite's.

import type pg from "pg";
import type { GenerateResult } from "../../core/model-adapter.ts";
import type { RequestTotals } from "../../core/request.ts";
import type { RequestRecord } from "../../core/request-record.ts";
import type { RequestRecords } from "../../core/run-store.ts";
import { requestTotalsFromRows, type RequestTotalsRow } from "../request-totals-rows.ts";
import { answerFromRow, requestFromRow, type AnswerRow, type RequestRow } from "../stored-rows.ts";

/** The same aggregates over attempts and requests; `cost` is the cost expression, which only requests carry. */
const totals = (table: string, purpose: string, cost: string) => `
  SELECT ${purpose} AS purpose, target_id,
    SUM(CASE WHEN from_cache = 0 THEN 1 ELSE 0 END)::int AS sent,
    SUM(from_cache)::int AS cached,
    SUM(CASE WHEN error_kind IS NOT NULL THEN 1 ELSE 0 END)::int AS failed,
    SUM(CASE WHEN from_cache = 0 THEN COALESCE(input_tokens, 0) ELSE 0 END)::bigint AS input_tokens,
    SUM(CASE WHEN from_cache = 0 THEN COALESCE(output_tokens, 0) ELSE 0 END)::bigint AS output_tokens,
    ${cost} AS cost_usd
  FROM ${table} WHERE run_id = $1 GROUP BY ${purpose === "purpose" ? "purpose, " : ""}target_id`;

const STATEMENTS = {
  sampleTotals: totals("attempts", "'sample'", "0::float8"),
  sampleCosts: "SELECT target_id, SUM(cost_usd)::float8 AS cost_usd FROM samples WHERE run_id = $1 AND from_cache = 0 GROUP BY target_id",
  requestTotals: totals("requests", "purpose", "SUM(cost_usd)::float8"),
  records: `SELECT purpose, target_id, attempt, started_at, ended_at, request_json, response_text, finish_reason, response_model, input_tokens, output_tokens, latency_ms, ttft_ms, error_kind, error_message, http_status, from_cache, cost_usd FROM requests WHERE run_id = $1 ORDER BY id`,
  answer: `SELECT response_text, finish_reason, response_model, input_tokens, output_tokens, latency_ms, ttft_ms FROM requests
    WHERE run_id = $1 AND request_hash = $2 AND error_kind IS NULL AND response_text IS NOT NULL ORDER BY id LIMIT 1`,
};

export class PostgresRequestRecords implements RequestRecords {
  constructor(private readonly pool: pg.Pool) {}

  async requestTotals(runId: string): Promise<RequestTotals[]> {
    const [costRows, sampleRows, requestRows] = await Promise.all([
      this.pool.query<{ target_id: string; cost_usd: number }>(STATEMENTS.sampleCosts, [runId]),
      this.pool.query<RequestTotalsRow>(STATEMENTS.sampleTotals, [runId]),
      this.pool.query<RequestTotalsRow>(STATEMENTS.requestTotals, [runId]),
    ]);
    return requestTotalsFromRows([...sampleRows.rows, ...requestRows.rows], costRows.rows);
  }

  async requestRecords(runId: string): Promise<RequestRecord[]> {
    return (await this.pool.query<RequestRow>(STATEMENTS.records, [runId])).rows.map(requestFromRow);
  }

  async recordedAnswer(runId: string, requestHash: string): Promise<GenerateResult | undefined> {
    const row = (await this.pool.query<AnswerRow>({ name: "rc-recorded-answer", text: STATEMENTS.answer, values: [runId, requestHash] })).rows[0];
    return row === undefined ? undefined : answerFromRow(row.response_text, row);
  }
}
