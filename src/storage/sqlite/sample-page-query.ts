// Filtered pages of a run's samples (SampleBrowser.samplePage) by keyset pagination in primary-key order. Filters
// that need a look at each row (outcome, language, text search) scan a bounded window of keys per step, so a rare
// match costs a bounded number of rows per request, never a whole-run scan.

import type { Database, Statement } from "better-sqlite3";
import type { SampleKey } from "../../core/sample.ts";
import { PREVIEW_CHARS, type SampleListRow, type SamplePage, type SampleQuery } from "../../core/sample-browser.ts";
import type { Score } from "../../core/score.ts";
import { sampleListRowFromRow, type SamplePageRow } from "../sample-list-rows.ts";
import { DEFAULT_SAMPLE_QUERY_LIMITS, type SampleQueryLimits } from "../sample-query-limits.ts";
import { keyFromRow, keyParams as keyRow, scoreFromRow, type KeyRow, type ScoreRow } from "../stored-rows.ts";

const KEY_COLUMNS = "s.target_id, s.task_id, s.item_id, s.trial";
/** A row-value comparison, which SQLite answers as a range on the primary key. */
const AFTER_CURSOR = "(s.target_id, s.task_id, s.item_id, s.trial) > (@aTarget, @aTask, @aItem, @aTrial)";

type Params = Record<string, string | number>;

export class SamplePageQuery {
  private readonly db: Database;
  private readonly statements = new Map<string, Statement>();
  private readonly scoresFor: Statement<[KeyRow], ScoreRow>;
  private readonly limits: SampleQueryLimits;

  constructor(db: Database, limits: SampleQueryLimits = DEFAULT_SAMPLE_QUERY_LIMITS) {
    this.db = db;
    this.limits = limits;
    this.scoresFor = db.prepare(
      "SELECT * FROM scores WHERE run_id = @run_id AND target_id = @target_id AND task_id = @task_id AND item_id = @item_id AND trial = @trial ORDER BY position",
    );
  }

  samplePage(runId: string, query: SampleQuery, after: SampleKey | undefined, limit: number): SamplePage {
    const { cheap, costly, params } = conditions(runId, query);
    const rows: SamplePageRow[] = [];
    let cursor = after;
    let scanned = 0;
    for (;;) {
      const end = costly.length === 0 ? undefined : this.windowEnd(cheap, params, cursor);
      const bounds = cursor ? [AFTER_CURSOR] : [];
      if (end) bounds.push("(s.target_id, s.task_id, s.item_id, s.trial) <= (@eTarget, @eTask, @eItem, @eTrial)");
      const sql = `SELECT ${KEY_COLUMNS}, s.status, s.error_kind, s.finish_reason, substr(s.response_text, 1, ${PREVIEW_CHARS}) AS preview,
          length(s.response_text) AS chars, s.latency_ms, s.input_tokens, s.output_tokens, s.cost_usd, s.from_cache, s.attempts,
          CAST(json_extract(i.metadata_json, '$.language') AS TEXT) AS language
        FROM samples s LEFT JOIN items i ON i.run_id = s.run_id AND i.task_id = s.task_id AND i.item_id = s.item_id
        WHERE ${[...cheap, ...bounds, ...costly].join(" AND ")} ORDER BY ${KEY_COLUMNS} LIMIT @limit`;
      const found = this.statement<SamplePageRow>(sql).all({ ...params, ...keyParams("a", cursor), ...keyParams("e", end), limit: limit + 1 - rows.length });
      rows.push(...found);
      if (rows.length > limit) return { samples: this.withScores(runId, rows.slice(0, limit)), next: keyFromRow(rows[limit - 1]!), partial: false };
      if (!end) return { samples: this.withScores(runId, rows), partial: false };
      scanned += this.limits.scanWindow;
      cursor = end;
      if (scanned >= this.limits.scanBudget) return { samples: this.withScores(runId, rows), next: end, partial: true };
    }
  }

  /** The last key of the next scanWindow keys after `cursor` that the cheap filters keep; undefined when fewer remain. */
  private windowEnd(cheap: string[], params: Params, cursor: SampleKey | undefined): SampleKey | undefined {
    const bound = cursor ? [AFTER_CURSOR] : [];
    const sql = `SELECT ${KEY_COLUMNS} FROM samples s WHERE ${[...cheap, ...bound].join(" AND ")} ORDER BY ${KEY_COLUMNS} LIMIT 1 OFFSET ${this.limits.scanWindow - 1}`;
    const row = this.statement<SamplePageRow>(sql).get({ ...params, ...keyParams("a", cursor) });
    return row === undefined ? undefined : keyFromRow(row);
  }

  private withScores(runId: string, rows: SamplePageRow[]): SampleListRow[] {
    return rows.map((r) => sampleListRowFromRow(r, this.scores(runId, keyFromRow(r)).map(({ scorer, label, value }) => ({ scorer, label, value }))));
  }

  private scores(runId: string, key: SampleKey): Score[] {
    return this.scoresFor.all(keyRow(runId, key)).map(scoreFromRow);
  }

  /** Filter combinations are few, so each SQL text is prepared once and kept. */
  private statement<Row>(sql: string): Statement<[Params], Row> {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement as Statement<[Params], Row>;
  }
}

/** Cheap conditions ride the primary key; costly ones look at each row (a score, the item's metadata, the text). */
function conditions(runId: string, query: SampleQuery): { cheap: string[]; costly: string[]; params: Params } {
  const cheap = ["s.run_id = @run"];
  const costly: string[] = [];
  const params: Params = { run: runId };
  if (query.targetId !== undefined) {
    cheap.push("s.target_id = @target");
    params.target = query.targetId;
  }
  if (query.taskId !== undefined) {
    cheap.push("s.task_id = @task");
    params.task = query.taskId;
  }
  if (query.family !== undefined) {
    cheap.push("s.task_id IN (SELECT task_id FROM run_tasks WHERE run_id = @run AND family = @family)");
    params.family = query.family;
  }
  if (query.outcome === "error") {
    costly.push("s.status = 'error'");
  } else if (query.outcome?.startsWith("error:")) {
    costly.push("s.status = 'error' AND COALESCE(s.error_kind, 'unknown') = @errorKind");
    params.errorKind = query.outcome.slice("error:".length);
  } else if (query.outcome !== undefined) {
    costly.push(
      "EXISTS (SELECT 1 FROM scores sc WHERE sc.run_id = s.run_id AND sc.target_id = s.target_id AND sc.task_id = s.task_id AND sc.item_id = s.item_id AND sc.trial = s.trial AND sc.label = @outcome)",
    );
    params.outcome = query.outcome;
  }
  if (query.language !== undefined) {
    costly.push("CAST(json_extract(i.metadata_json, '$.language') AS TEXT) = @language");
    params.language = query.language;
  }
  if (query.search !== undefined && query.search !== "") {
    costly.push("s.response_text LIKE @search ESCAPE '\\'");
    params.search = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  return { cheap, costly, params };
}

function keyParams(prefix: string, key: SampleKey | undefined): Params {
  if (!key) return {};
  return { [`${prefix}Target`]: key.targetId, [`${prefix}Task`]: key.taskId, [`${prefix}Item`]: key.itemId, [`${prefix}Trial`]: key.trial };
}
