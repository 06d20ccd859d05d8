import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import { latestSchemaVersion, migrations } from "./migrations.ts";
import { IN_MEMORY, openDatabase } from "./open-database.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "rc-open-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function appliedVersions(path: string): number[] {
  const db = openDatabase(path);
  const rows = db.prepare<[], { version: number }>("SELECT version FROM schema_migrations ORDER BY version").all();
  db.close();
  return rows.map((r) => r.version);
}

describe("openDatabase", () => {
  it("creates the parent directory and applies every migration once", () => {
    const path = join(dir, "nested", ".realitycheck", "results.db");
    expect(appliedVersions(path)).toEqual(migrations.map((m) => m.version));
    expect(existsSync(path)).toBe(true);
    expect(appliedVersions(path)).toEqual(migrations.map((m) => m.version));
  });

  it("turns on WAL, NORMAL sync, a larger checkpoint interval, a busy timeout and foreign keys", () => {
    const db = openDatabase(join(dir, "results.db"));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(1);
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(10000);
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    db.close();
  });

  it("keeps data across re-opens", () => {
    const path = join(dir, "results.db");
    const first = openDatabase(path);
    first.prepare("INSERT INTO response_cache (key, provider, model, result_json, created_at) VALUES ('k', 'p', 'm', '{}', 1)").run();
    first.close();
    const second = openDatabase(path);
    expect(second.prepare("SELECT COUNT(*) AS n FROM response_cache").get()).toEqual({ n: 1 });
    second.close();
  });

  it("accepts :memory: for tests", () => {
    const db = openDatabase(IN_MEMORY);
    expect(db.prepare("SELECT COUNT(*) AS n FROM runs").get()).toEqual({ n: 0 });
    db.close();
  });

  it("never has a column that could hold a key", () => {
    const db = openDatabase(IN_MEMORY);
    const columns = db.prepare<[], { name: string }>("SELECT p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'").all();
    db.close();
    expect(columns.length).toBeGreaterThan(50);
    expect(columns.filter((c) => /key|secret|token$|auth/i.test(c.name)).map((c) => c.name)).toEqual(["key"]);
  });

  it("refuses a file that is not a SQLite database with a one-line ConfigError naming it", () => {
    const path = join(dir, "notes.db");
    writeFileSync(path, "these are my notes, not a database\n".repeat(200));
    let caught: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.kind).toBe("config_error");
    expect(error.where).toBe(path);
    expect(error.message).not.toContain("\n");
  });

  it("refuses a database written by a newer version", () => {
    const path = join(dir, "results.db");
    const db = openDatabase(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from the future', 0)").run(latestSchemaVersion + 1);
    db.close();
    expect(() => openDatabase(path)).toThrow(ConfigError);
    expect(() => openDatabase(path)).toThrow(path);
  });

  it("reports a path it cannot open as a ConfigError", () => {
    expect(() => openDatabase(dir)).toThrow(ConfigError);
  });
});
