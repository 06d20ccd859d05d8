// The values the transcript browser's filters offer (SampleBrowser.sampleFacets): score labels, error outcomes and
// item languages of one run.

import type { Database, Statement } from "better-sqlite3";
import type { SampleFacets } from "../../core/sample-browser.ts";
import { sampleFacetsFromRows } from "../sample-facets-rows.ts";

export class SampleFacetsQuery {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      labels: db.prepare<[string], { label: string }>("SELECT DISTINCT label FROM scores WHERE run_id = ? ORDER BY label"),
      errorKinds: db.prepare<[string], { error_kind: string | null }>("SELECT DISTINCT error_kind FROM samples WHERE run_id = ? AND status = 'error' ORDER BY error_kind"),
      // json_extract is SQLite's; PostgreSQL would say metadata_json::jsonb ->> 'language'.
      languages: db.prepare<[string], { language: string }>(
        "SELECT DISTINCT CAST(json_extract(metadata_json, '$.language') AS TEXT) AS language FROM items WHERE run_id = ? AND json_extract(metadata_json, '$.language') IS NOT NULL ORDER BY language",
      ),
    } satisfies Record<string, Statement>;
  }

  sampleFacets(runId: string): SampleFacets {
    return sampleFacetsFromRows(this.s.labels.all(runId), this.s.errorKinds.all(runId), this.s.languages.all(runId));
  }
}
