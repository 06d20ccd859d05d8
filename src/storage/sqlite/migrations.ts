// The results schema as an ordered list of migrations, applied once each and recorded in schema_migrations.
// Table definitions stick to types and syntax PostgreSQL also accepts, so the same schema can move there later.

import type { Database } from "better-sqlite3";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Portability notes, kept here rather than in the SQL:
// - Timestamps are epoch ms in BIGINT (a Postgres INTEGER is 32-bit and would overflow); SQLite reads BIGINT as INTEGER.
// - Latencies, costs and score values are DOUBLE PRECISION (a Postgres REAL is only 4 bytes).
// - Booleans are INTEGER 0/1 with a CHECK, because better-sqlite3 cannot bind JS booleans.
// - `attempts.id INTEGER PRIMARY KEY` is SQLite's rowid alias (auto-assigned); Postgres would say
//   `BIGINT GENERATED ALWAYS AS IDENTITY`. It is the only SQLite-specific bit.
// - Foreign keys follow only paths an existing index covers (a child's primary-key prefix), so cascades stay cheap
//   and the hot-path tables need no extra index; that is why samples and attempts point at run_targets, not items.
// - No API key column anywhere: keys live in the environment only.
const initialSchema = `
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  status TEXT NOT NULL,
  seed BIGINT NOT NULL,
  spec_json TEXT NOT NULL,
  simulated INTEGER NOT NULL CHECK (simulated IN (0, 1))
);
CREATE INDEX runs_created_at ON runs (created_at, id);

CREATE TABLE run_targets (
  run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  target_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  provider TEXT NOT NULL,
  model TEXT NOT NULL,
  settings_json TEXT NOT NULL,
  stream INTEGER NOT NULL CHECK (stream IN (0, 1)),
  base_url TEXT,
  simulated INTEGER NOT NULL CHECK (simulated IN (0, 1)),
  PRIMARY KEY (run_id, target_id)
);

CREATE TABLE run_tasks (
  run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  task_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  family TEXT NOT NULL,
  params_json TEXT NOT NULL,
  groups_json TEXT NOT NULL,
  PRIMARY KEY (run_id, task_id)
);

CREATE TABLE items (
  run_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  input TEXT NOT NULL,
  expected_json TEXT,
  choices_json TEXT,
  messages_json TEXT,
  metadata_json TEXT NOT NULL,
  PRIMARY KEY (run_id, task_id, item_id),
  FOREIGN KEY (run_id, task_id) REFERENCES run_tasks (run_id, task_id) ON DELETE CASCADE
);
CREATE INDEX items_position ON items (run_id, task_id, position);

CREATE TABLE samples (
  run_id TEXT NOT NULL,
  target_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  trial INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('done', 'error')),
  response_text TEXT,
  finish_reason TEXT,
  response_model TEXT,
  input_tokens INTEGER,
  output_tokens INTEGER,
  latency_ms DOUBLE PRECISION,
  ttft_ms DOUBLE PRECISION,
  error_kind TEXT,
  error_message TEXT,
  attempts INTEGER NOT NULL,
  from_cache INTEGER NOT NULL CHECK (from_cache IN (0, 1)),
  cost_usd DOUBLE PRECISION NOT NULL,
  finished_at BIGINT NOT NULL,
  PRIMARY KEY (run_id, target_id, task_id, item_id, trial),
  FOREIGN KEY (run_id, target_id) REFERENCES run_targets (run_id, target_id) ON DELETE CASCADE
);

CREATE TABLE attempts (
  id INTEGER PRIMARY KEY,
  run_id TEXT NOT NULL,
  target_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  trial INTEGER NOT NULL,
  attempt INTEGER NOT NULL,
  started_at BIGINT NOT NULL,
  ended_at BIGINT NOT NULL,
  request_json TEXT NOT NULL,
  response_text TEXT,
  finish_reason TEXT,
  input_tokens INTEGER,
  output_tokens INTEGER,
  latency_ms DOUBLE PRECISION,
  ttft_ms DOUBLE PRECISION,
  error_kind TEXT,
  error_message TEXT,
  http_status INTEGER,
  from_cache INTEGER NOT NULL CHECK (from_cache IN (0, 1)),
  UNIQUE (run_id, target_id, task_id, item_id, trial, attempt),
  FOREIGN KEY (run_id, target_id) REFERENCES run_targets (run_id, target_id) ON DELETE CASCADE
);

CREATE TABLE scores (
  run_id TEXT NOT NULL,
  target_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  trial INTEGER NOT NULL,
  scorer TEXT NOT NULL,
  position INTEGER NOT NULL,
  value DOUBLE PRECISION,
  label TEXT NOT NULL,
  answer TEXT,
  explanation TEXT,
  PRIMARY KEY (run_id, target_id, task_id, item_id, trial, scorer),
  FOREIGN KEY (run_id, target_id, task_id, item_id, trial)
    REFERENCES samples (run_id, target_id, task_id, item_id, trial) ON DELETE CASCADE
);

CREATE TABLE response_cache (
  key TEXT PRIMARY KEY,
  provider TEXT NOT NULL,
  model TEXT NOT NULL,
  result_json TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  hits INTEGER NOT NULL DEFAULT 0
);
`;

// What a task measured about a target before its samples (prompt-size calibration), reused verbatim on resume;
// and context probes, which are searches rather than grids, so they are not runs.
const preparationsAndProbes = `
CREATE TABLE task_preparations (
  run_id TEXT NOT NULL,
  target_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  data_json TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (run_id, target_id, task_id),
  FOREIGN KEY (run_id, target_id) REFERENCES run_targets (run_id, target_id) ON DELETE CASCADE
);

CREATE TABLE context_probes (
  id TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL,
  target_id TEXT NOT NULL,
  provider TEXT NOT NULL,
  model TEXT NOT NULL,
  simulated INTEGER NOT NULL CHECK (simulated IN (0, 1)),
  result_json TEXT NOT NULL
);
CREATE INDEX context_probes_created_at ON context_probes (created_at, id);
`;

// Multi-turn samples (a plan, then chapters): the user turns an item sends after each answer, and every turn of a
// finished sample. The sample row keeps the joined answer, so everything that reads samples works unchanged.
const conversations = `
ALTER TABLE items ADD COLUMN follow_ups_json TEXT;

CREATE TABLE sample_turns (
  run_id TEXT NOT NULL,
  target_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  trial INTEGER NOT NULL,
  turn INTEGER NOT NULL,
  prompt_text TEXT NOT NULL,
  response_text TEXT NOT NULL,
  finish_reason TEXT NOT NULL,
  input_tokens INTEGER,
  output_tokens INTEGER,
  latency_ms DOUBLE PRECISION NOT NULL,
  ttft_ms DOUBLE PRECISION,
  PRIMARY KEY (run_id, target_id, task_id, item_id, trial, turn),
  FOREIGN KEY (run_id, target_id, task_id, item_id, trial)
    REFERENCES samples (run_id, target_id, task_id, item_id, trial) ON DELETE CASCADE
);
`;

// Requests that are not a sample's (a judge's verdict, a context probe, a calibration call), one row per attempt like a
// sample's attempts. Their target may be a judge, not one of the run's targets, so they point at the run only. The hash
// index serves a resumed run looking for an answer it already paid for.
const requests = `
CREATE TABLE requests (
  id INTEGER PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('calibrate', 'probe', 'judge')),
  target_id TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  request_hash TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  ended_at BIGINT NOT NULL,
  request_json TEXT NOT NULL,
  response_text TEXT,
  finish_reason TEXT,
  response_model TEXT,
  input_tokens INTEGER,
  output_tokens INTEGER,
  latency_ms DOUBLE PRECISION,
  ttft_ms DOUBLE PRECISION,
  error_kind TEXT,
  error_message TEXT,
  http_status INTEGER,
  from_cache INTEGER NOT NULL CHECK (from_cache IN (0, 1)),
  cost_usd DOUBLE PRECISION NOT NULL
);
CREATE INDEX requests_run_hash ON requests (run_id, request_hash);
`;

// A run's summary (metrics and intervals per task and target, style per target), computed once per run and read by
// every viewer; replaced after a resume. Deleted with its run.
const runMetrics = `
CREATE TABLE run_metrics (
  run_id TEXT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  run_updated_at BIGINT NOT NULL,
  computed_at BIGINT NOT NULL,
  summary_json TEXT NOT NULL
);
`;

// Who is executing a run: one row per run, renewed by its holder's heartbeat (core/run-lease.ts). A claim replaces the
// row only when it expired or is the claimant's own, in one INSERT ... ON CONFLICT DO UPDATE ... WHERE (Postgres too).
const runLeases = `
CREATE TABLE run_leases (
  run_id TEXT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
  session TEXT NOT NULL,
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  acquired_at BIGINT NOT NULL,
  heartbeat_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
`;

// Who started a run and on which machine: a team's shared store lists them. NULL for runs stored before.
const runOrigins = `
ALTER TABLE runs ADD COLUMN started_by TEXT;
ALTER TABLE runs ADD COLUMN started_on TEXT;
`;

// What a run found beyond its metrics, stored once when the command that found it ends: each verdict of a claim set
// held against the run (one row per claim and target, so verdict counts are one query), and each task's pairwise
// ratings as one document (judges, ratings with intervals, panel agreement). Probes made within a run now name it.
const runFindings = `
CREATE TABLE run_verdicts (
  run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  claim_set TEXT NOT NULL,
  position INTEGER NOT NULL,
  claim_id TEXT NOT NULL,
  target_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('supported', 'contradicted', 'inconclusive', 'not-tested')),
  claims_simulated INTEGER NOT NULL CHECK (claims_simulated IN (0, 1)),
  computed_at BIGINT NOT NULL,
  verdict_json TEXT NOT NULL,
  PRIMARY KEY (run_id, claim_set, position)
);

CREATE TABLE run_ratings (
  run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  task_id TEXT NOT NULL,
  simulated INTEGER NOT NULL CHECK (simulated IN (0, 1)),
  computed_at BIGINT NOT NULL,
  ratings_json TEXT NOT NULL,
  PRIMARY KEY (run_id, task_id)
);

ALTER TABLE context_probes ADD COLUMN run_id TEXT;
CREATE INDEX context_probes_run ON context_probes (run_id, created_at);
`;

// A run page counts the run's failed attempts per target and kind on every open: this index holds only the failed
// ones (a few in a hundred), so the count reads them instead of every attempt of the run.
const attemptErrors = `
CREATE INDEX attempts_errors ON attempts (run_id, target_id, error_kind) WHERE error_kind IS NOT NULL;
`;

/** Append only: a released migration is never edited, a change is a new version. */
export const migrations: readonly Migration[] = [
  { version: 1, name: "initial schema", sql: initialSchema },
  { version: 2, name: "task preparations and context probes", sql: preparationsAndProbes },
  { version: 3, name: "multi-turn samples", sql: conversations },
  { version: 4, name: "judge, probe and calibration requests", sql: requests },
  { version: 5, name: "stored run summaries", sql: runMetrics },
  { version: 6, name: "run leases", sql: runLeases },
  { version: 7, name: "run origins", sql: runOrigins },
  { version: 8, name: "run verdicts and pairwise ratings", sql: runFindings },
  { version: 9, name: "failed attempts index", sql: attemptErrors },
];

export const latestSchemaVersion = Math.max(...migrations.map((m) => m.version));

const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;

/** The highest version applied to this database; 0 for a fresh one. (sqlite_master is SQLite's catalogue; Postgres has information_schema.tables.) */
export function schemaVersion(db: Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (table === undefined) return 0;
  const row = db.prepare<[], { version: number | null }>("SELECT MAX(version) AS version FROM schema_migrations").get();
  return row?.version ?? 0;
}

/** Applies every missing migration, each in its own IMMEDIATE transaction so two processes opening a new file cannot both apply one. */
export function applyMigrations(db: Database, now: number = Date.now()): void {
  db.exec(createMigrationsTable);
  const isApplied = db.prepare<[number], { version: number }>("SELECT version FROM schema_migrations WHERE version = ?");
  const record = db.prepare<[number, string, number]>("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      if (isApplied.get(migration.version) !== undefined) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now);
    });
    apply.immediate();
  }
}
