// The values the transcript browser's filters offer (SampleBrowser.sampleFacets) on PostgreSQL: score labels, error
// outcomes and item languages of one run.

import type pg from "pg";
import type { SampleFacets } from "../../core/sample-browser.ts";
import { sampleFacetsFromRows } from "../sample-facets-rows.ts";

export async function sampleFacets(pool: pg.Pool, runId: string): Promise<SampleFacets> {
  const [labels, errorKinds, languages] = await Promise.all([
    pool.query<{ label: string }>("SELECT DISTINCT label FROM scores WHERE run_id = $1 ORDER BY label", [runId]),
    pool.query<{ error_kind: string | null }>("SELECT DISTINCT error_kind FROM samples WHERE run_id = $1 AND status = 'error' ORDER BY error_kind NULLS FIRST", [runId]),
    pool.query<{ language: string }>(
      `SELECT DISTINCT language COLLATE "C" AS language FROM (SELECT metadata_json::json ->> 'language' AS language FROM items WHERE run_id = $1) l
       WHERE language IS NOT NULL ORDER BY 1`,
      [runId],
    ),
  ]);
  return sampleFacetsFromRows(labels.rows, errorKinds.rows, languages.rows);
}
