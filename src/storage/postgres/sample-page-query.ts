// Filtered pages of a run's samples on PostgreSQL (SampleBrowser.samplePage), by keyset pagination in primary-key
// order. Filters that look at each row (outcome, language, text search) scan a bounded window of keys per step, as
// sqlite/sample-page-query.ts does, so a rare match costs a bounded number of rows per request.

import type pg from "pg";
import type { SampleKey } from "../../core/sample.ts";
import { PREVIEW_CHARS, type SampleListRow, type SamplePage, type SampleQuery } from "../../core/sample-browser.ts";
import { sampleListRowFromRow, type SamplePageRow } from "../sample-list-rows.ts";
import { DEFAULT_SAMPLE_QUERY_LIMITS, type SampleQueryLimits } from "../sample-query-limits.ts";
import { keyFromRow } from "../stored-rows.ts";
import { Params } from "./postgres-pool.ts";

const KEY = "(s.target_id, s.task_id, s.item_id, s.trial)";
const KEY_COLUMNS = "s.target_id, s.task_id, s.item_id, s.trial";

type PageRow = SamplePageRow & { scores: SampleListRow["scores"] | null };

export class PostgresSamplePageQuery {
  constructor(
    private readonly pool: pg.Pool,
    private readonly limits: SampleQueryLimits = DEFAULT_SAMPLE_QUERY_LIMITS,
  ) {}

  async samplePage(runId: string, query: SampleQuery, after: SampleKey | undefined, limit: number): Promise<SamplePage> {
    const rows: PageRow[] = [];
    let cursor = after;
    let scanned = 0;
    for (;;) {
      const params = new Params();
      const cheap = cheapConditions(runId, query, params);
      const costly = costlyConditions(query, params);
      const end = costly.length === 0 ? undefined : await this.windowEnd(runId, query, cursor);
      const bounds = cursor ? [`${KEY} > ${keyTuple(params, cursor)}`] : [];
      if (end) bounds.push(`${KEY} <= ${keyTuple(params, end)}`);
      const found = await this.pool.query<PageRow>(
        `SELECT ${KEY_COLUMNS}, s.status, s.error_kind, s.finish_reason, substr(s.response_text, 1, ${PREVIEW_CHARS}) AS preview,
           length(s.response_text) AS chars, s.latency_ms, s.input_tokens, s.output_tokens, s.cost_usd, s.from_cache, s.attempts,
           i.metadata_json::json ->> 'language' AS language,
           (SELECT json_agg(json_build_object('scorer', sc.scorer, 'label', sc.label, 'value', sc.value) ORDER BY sc.position) FROM scores sc
              WHERE sc.run_id = s.run_id AND sc.target_id = s.target_id AND sc.task_id = s.task_id AND sc.item_id = s.item_id AND sc.trial = s.trial) AS scores
         FROM samples s LEFT JOIN items i ON i.run_id = s.run_id AND i.task_id = s.task_id AND i.item_id = s.item_id
         WHERE ${[...cheap, ...bounds, ...costly].join(" AND ")} ORDER BY ${KEY_COLUMNS} LIMIT ${params.add(limit + 1 - rows.length)}`,
        params.values,
      );
      rows.push(...found.rows);
      if (rows.length > limit) return { samples: rows.slice(0, limit).map(listRow), next: keyFromRow(rows[limit - 1]!), partial: false };
      if (!end) return { samples: rows.map(listRow), partial: false };
      scanned += this.limits.scanWindow;
      cursor = end;
      if (scanned >= this.limits.scanBudget) return { samples: rows.map(listRow), next: end, partial: true };
    }
  }

  /** The last key of the next scanWindow keys after `cursor` that the cheap filters keep; undefined when fewer remain. */
  private async windowEnd(runId: string, query: SampleQuery, cursor: SampleKey | undefined): Promise<SampleKey | undefined> {
    const params = new Params();
    const cheap = cheapConditions(runId, query, params);
    if (cursor) cheap.push(`${KEY} > ${keyTuple(params, cursor)}`);
    const row = (
      await this.pool.query<PageRow>(`SELECT ${KEY_COLUMNS} FROM samples s WHERE ${cheap.join(" AND ")} ORDER BY ${KEY_COLUMNS} LIMIT 1 OFFSET ${this.limits.scanWindow - 1}`, params.values)
    ).rows[0];
    return row === undefined ? undefined : keyFromRow(row);
  }
}

/** Cheap conditions ride the primary key. */
function cheapConditions(runId: string, query: SampleQuery, params: Params): string[] {
  const run = params.add(runId);
  const cheap = [`s.run_id = ${run}`];
  if (query.targetId !== undefined) cheap.push(`s.target_id = ${params.add(query.targetId)}`);
  if (query.taskId !== undefined) cheap.push(`s.task_id = ${params.add(query.taskId)}`);
  if (query.family !== undefined) cheap.push(`s.task_id IN (SELECT task_id FROM run_tasks WHERE run_id = ${run} AND family = ${params.add(query.family)})`);
  return cheap;
}

/** Costly conditions look at each row: a score, the item's metadata, the text. */
function costlyConditions(query: SampleQuery, params: Params): string[] {
  const costly: string[] = [];
  if (query.outcome === "error") {
    costly.push("s.status = 'error'");
  } else if (query.outcome?.startsWith("error:")) {
    costly.push(`s.status = 'error' AND COALESCE(s.error_kind, 'unknown') = ${params.add(query.outcome.slice("error:".length))}`);
  } else if (query.outcome !== undefined) {
    costly.push(
      `EXISTS (SELECT 1 FROM scores sc WHERE sc.run_id = s.run_id AND sc.target_id = s.target_id AND sc.task_id = s.task_id AND sc.item_id = s.item_id AND sc.trial = s.trial AND sc.label = ${params.add(query.outcome)})`,
    );
  }
  if (query.language !== undefined) costly.push(`i.metadata_json::json ->> 'language' = ${params.add(query.language)}`);
  if (query.search !== undefined && query.search !== "") {
    // Text columns are COLLATE "C", where ILIKE folds ASCII letters only: SQLite's LIKE.
    costly.push(`s.response_text ILIKE ${params.add(`%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`);
  }
  return costly;
}

function keyTuple(params: Params, key: SampleKey): string {
  return `(${params.add(key.targetId)}, ${params.add(key.taskId)}, ${params.add(key.itemId)}, ${params.add(key.trial)}::int)`;
}

function listRow(r: PageRow): SampleListRow {
  return sampleListRowFromRow(r, r.scores ?? []);
}
