// A run's requests of every purpose: judge, probe and calibration attempts in their own table (written by the batch
// writer), totalled with the sample attempts for `show` and a resumed run's budget, and searched by hash so a resumed
// run finds an answer it already paid for.

import type { Database, Statement } from "better-sqlite3";
import type { GenerateResult } from "../../core/model-adapter.ts";
import type { RequestTotals } from "../../core/request.ts";
import type { RequestRecord } from "../../core/request-record.ts";
import type { RequestRecords } from "../../core/run-store.ts";
import { requestTotalsFromRows, type RequestTotalsRow } from "../request-totals-rows.ts";
import { answerFromRow, requestFromRow, type AnswerRow, type RequestRow } from "../stored-rows.ts";

/** The same aggregates over attempts and requests; `cost` is the cost expression, which only requests carry. */
const totals = (table: string, purpose: string, cost: string) => `
  SELECT ${purpose} AS purpose, target_id,
    SUM(CASE WHEN from_cache = 0 THEN 1 ELSE 0 END) AS sent,
    SUM(from_cache) AS cached,
    SUM(CASE WHEN error_kind IS NOT NULL THEN 1 ELSE 0 END) AS failed,
    SUM(CASE WHEN from_cache = 0 THEN COALESCE(input_tokens, 0) ELSE 0 END) AS input_tokens,
    SUM(CASE WHEN from_cache = 0 THEN COALESCE(output_tokens, 0) ELSE 0 END) AS output_tokens,
    ${cost} AS cost_usd
  FROM ${table} WHERE run_id = @run_id GROUP BY ${purpose === "purpose" ? "purpose, " : ""}target_id`;

export class SqliteRequestRecords implements RequestRecords {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      sampleTotals: db.prepare<[{ run_id: string }], RequestTotalsRow>(totals("attempts", "'sample'", "0")),
      sampleCosts: db.prepare<[string], { target_id: string; cost_usd: number }>(
        "SELECT target_id, SUM(cost_usd) AS cost_usd FROM samples WHERE run_id = ? AND from_cache = 0 GROUP BY target_id",
      ),
      requestTotals: db.prepare<[{ run_id: string }], RequestTotalsRow>(totals("requests", "purpose", "SUM(cost_usd)")),
      records: db.prepare<[string], RequestRow>(`SELECT purpose, target_id, attempt, started_at, ended_at, request_json, response_text, finish_reason, response_model, input_tokens, output_tokens, latency_ms, ttft_ms, error_kind, error_message, http_status, from_cache, cost_usd FROM requests WHERE run_id = ? ORDER BY id`),
      answer: db.prepare<[string, string], AnswerRow>(
        `SELECT response_text, finish_reason, response_model, input_tokens, output_tokens, latency_ms, ttft_ms FROM requests
         WHERE run_id = ? AND request_hash = ? AND error_kind IS NULL AND response_text IS NOT NULL ORDER BY id LIMIT 1`,
      ),
    } satisfies Record<string, Statement>;
  }

  async requestTotals(runId: string): Promise<RequestTotals[]> {
    const rows = [...this.s.sampleTotals.all({ run_id: runId }), ...this.s.requestTotals.all({ run_id: runId })];
    return requestTotalsFromRows(rows, this.s.sampleCosts.all(runId));
  }

  async requestRecords(runId: string): Promise<RequestRecord[]> {
    return this.s.records.all(runId).map(requestFromRow);
  }

  async recordedAnswer(runId: string, requestHash: string): Promise<GenerateResult | undefined> {
    const row = this.s.answer.get(runId, requestHash);
    return row === undefined ? undefined : answerFromRow(row.response_text, row);
  }
}
