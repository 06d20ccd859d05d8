// The code and data half of the loop-guard validation set's legitimate texts (tables, logs, CSV, JSON, YAML, SQL,
// source code, DNA, chess, grids of numbers), and the small generators both halves use. Seeded, so every run of the
// benchmark sees the same texts. Written or generated for this project; the tests never see it.

import { seededRandom } from "../src/core/random.ts";

export interface LegitCase {
  name: string;
  lang: "en" | "es" | "fr" | "zh" | "-";
  form: "prose" | "verse" | "list" | "requested" | "code" | "data";
  text: string;
  /** The user's request, when the repetition was asked for. */
  prompt?: string;
}

export const range = (from: number, to: number) => Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => (to >= from ? from + i : from - i));
export const lines = (...rows: string[]) => rows.join("\n");
const random = seededRandom(2024);
export const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
export const int = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));

export const ITEMS = ["tent", "sleeping bag", "stove", "water filter", "head torch", "rain jacket", "first-aid kit", "map", "compass", "sun cream", "spare socks", "pocket knife"];
export const SURNAMES = ["García", "Martin", "Okafor", "Nakamura", "Silva", "Kowalski", "Haddad", "Novak", "Lindqvist", "Moreau", "Rossi", "Dubois"];

export const LEGIT_CODE_AND_DATA: LegitCase[] = [
  {
    name: "Python dataclass with many fields", lang: "-", form: "code",
    text: lines(
      "@dataclass",
      "class Order:",
      ...["order_id", "customer_id", "created_at", "updated_at", "status", "currency", "subtotal", "tax", "shipping", "total", "notes", "coupon"].map((f) => `    ${f}: ${f.endsWith("_at") ? "datetime" : f.endsWith("id") ? "int" : "str"} = field(default=None)`),
    ),
  },
  {
    name: "JavaScript switch over HTTP codes", lang: "-", form: "code",
    text: lines(
      "function reason(code) {",
      "  switch (code) {",
      ...[200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 410, 422, 429, 500, 502, 503, 504].map((c) => `    case ${c}: return "${pick(["ok", "created", "moved", "bad request", "unauthorized", "not found", "conflict", "too many", "server error", "unavailable"])}";`),
      '    default: return "unknown";',
      "  }",
      "}",
    ),
  },
  {
    name: "SQL inserts of products", lang: "-", form: "code",
    text: lines(
      "INSERT INTO products (sku, name, price) VALUES",
      ...range(1, 40).map((i) => `  ('P-${1000 + i}', '${pick(ITEMS)} ${pick(["mini", "pro", "lite", "xl"])}', ${int(3, 90)}.${int(10, 99)})${i === 40 ? ";" : ","}`),
    ),
  },
  { name: "HTML table rows", lang: "-", form: "code", text: lines("<table>", ...range(1, 30).map((i) => `  <tr><td>${i}</td><td>${pick(SURNAMES)}</td><td>${int(18, 80)}</td></tr>`), "</table>") },
  {
    name: "CSS spacing utilities", lang: "-", form: "code",
    text: lines(
      ...["p", "m"].flatMap((prop) => ["t", "r", "b", "l"].flatMap((side) => range(0, 8).map((n) => `.${prop}${side}-${n} { ${prop === "p" ? "padding" : "margin"}-${{ t: "top", r: "right", b: "bottom", l: "left" }[side]}: ${n * 4}px; }`))),
    ),
  },
  {
    name: "unit tests of a parser", lang: "-", form: "code",
    text: lines(...range(1, 40).map((i) => `test("parses ${i} items", () => { expect(parse("${"x,".repeat(i % 7)}x").length).toBe(${(i % 7) + 1}); });`)),
  },
  {
    name: "Kubernetes YAML", lang: "-", form: "code",
    text: lines(
      ...["api", "worker", "scheduler", "web", "cache"].flatMap((name, i) => ["---", "apiVersion: apps/v1", "kind: Deployment", "metadata:", `  name: ${name}`, "spec:", `  replicas: ${i + 1}`, "  template:", "    spec:", "      containers:", `        - name: ${name}`, `          image: registry.local/${name}:2.${i}`, "          resources:", `            limits: { cpu: "${i + 1}", memory: "${(i + 1) * 256}Mi" }`]),
    ),
  },
  {
    name: "JSON list of users", lang: "-", form: "data",
    text: JSON.stringify(range(1, 30).map((id) => ({ id, name: pick(SURNAMES), active: random() < 0.7, roles: random() < 0.2 ? ["admin"] : ["user"] })), null, 2),
  },
  {
    name: "Go methods on a struct", lang: "-", form: "code",
    text: lines(...["Name", "Email", "Phone", "City", "Country", "Zip"].map((f) => lines(`func (c *Contact) Set${f}(v string) {`, `\tc.${f.toLowerCase()} = v`, "\tc.dirty = true", "}", ""))),
  },
  {
    name: "shell script of downloads", lang: "-", form: "code",
    text: lines("#!/bin/sh", "set -e", ...range(1, 25).map((i) => `curl -fsSL -o part-${String(i).padStart(2, "0")}.tar https://example.org/data/part-${String(i).padStart(2, "0")}.tar`), "echo done"),
  },
  { name: "C header of constants", lang: "-", form: "code", text: lines("#pragma once", ...range(0, 31).map((i) => `#define IRQ_LINE_${i} ${i + 32}`)) },
  {
    name: "CSV of sensor readings", lang: "-", form: "data",
    text: lines(
      "time,sensor,value",
      ...range(0, 199).map((i) => `2025-03-01T${String(Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00,${pick(["t1", "t2", "h1"])},${(random() * 30).toFixed(2)}`),
    ),
  },
  {
    name: "server log", lang: "-", form: "data",
    text: lines(
      ...range(1, 80).map((i) => `2025-03-01 10:${String(Math.floor(i / 2)).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")} ${pick(["INFO", "INFO", "INFO", "WARN"])} ${pick(["GET", "POST"])} /api/${pick(["orders", "users", "items"])}/${int(1, 999)} ${pick([200, 200, 201, 404])} ${int(2, 180)}ms`),
    ),
  },
  { name: "base64 attachment", lang: "-", form: "data", text: Buffer.from(Array.from({ length: 1800 }, () => int(0, 255))).toString("base64").match(/.{1,76}/g)!.join("\n") },
  {
    name: "DNA sequence with a short tandem repeat", lang: "-", form: "data",
    text: `>sample_7\n${Array.from({ length: 900 }, () => pick(["A", "C", "G", "T"])).join("")}${"CAG".repeat(24)}${Array.from({ length: 900 }, () => pick(["A", "C", "G", "T"])).join("")}`.match(/.{1,70}/g)!.join("\n"),
  },
  {
    name: "hex dump", lang: "-", form: "data",
    text: lines(
      ...range(0, 39).map((row) => `${(row * 16).toString(16).padStart(8, "0")}  ${range(0, 15).map(() => (row > 20 && row < 26 ? "00" : int(0, 255).toString(16).padStart(2, "0"))).join(" ")}`),
    ),
  },
  {
    name: "chess game in PGN", lang: "-", form: "data",
    text: "1. d4 Nf6 2. c4 e6 3. Nc3 Bb4 4. e3 O-O 5. Bd3 d5 6. Nf3 c5 7. O-O Nc6 8. a3 Bxc3 9. bxc3 dxc4 10. Bxc4 Qc7 11. Bd3 e5 12. Qc2 Re8 13. e4 exd4 14. cxd4 Bg4 15. e5 Bxf3 16. exf6 Nxd4 17. Bxh7+ Kh8 18. Qd3 Qc6 19. Qxd4 cxd4 20. gxf3 gxf6 21. Bd3 Kg7 22. Bb2 Rad8 23. Rfd1 Rh8 24. Kf1 Rh5 25. Be4 Rg5 1/2-1/2",
  },
  {
    name: "perpetual check", lang: "-", form: "data",
    text: "1. e4 e5 2. Nf3 Nc6 3. Bc4 Bc5 4. c3 Nf6 5. d4 exd4 6. cxd4 Bb4+ 7. Bd2 Bxd2+ 8. Nbxd2 d5 9. exd5 Nxd5 10. Qb3 Nce7 11. O-O O-O 12. Rfe1 c6 13. Ne4 Qb6 14. Qh3 Bf5 15. Nfg5 h6 16. Nxf7 Rxf7 17. Qh5 Qd8 18. Qe8+ Rf8 19. Qh5 Qd8 20. Qe8+ Rf8 21. Qh5 1/2-1/2 (threefold repetition)",
  },
  {
    name: "solved sudoku", lang: "-", form: "data",
    text: lines(
      ...[[5, 3, 4, 6, 7, 8, 9, 1, 2], [6, 7, 2, 1, 9, 5, 3, 4, 8], [1, 9, 8, 3, 4, 2, 5, 6, 7], [8, 5, 9, 7, 6, 1, 4, 2, 3], [4, 2, 6, 8, 5, 3, 7, 9, 1], [7, 1, 3, 9, 2, 4, 8, 5, 6], [9, 6, 1, 5, 3, 7, 2, 8, 4], [2, 8, 7, 4, 1, 9, 6, 3, 5], [3, 4, 5, 2, 8, 6, 1, 7, 9]].map((r) => `${r.slice(0, 3).join(" ")} | ${r.slice(3, 6).join(" ")} | ${r.slice(6).join(" ")}`),
    ),
  },
  { name: "calendar for a month", lang: "-", form: "data", text: lines("Mo Tu We Th Fr Sa Su", ...range(0, 4).map((w) => range(1, 7).map((d) => String(w * 7 + d).padStart(2)).join(" "))) },
  {
    name: "bingo cards", lang: "-", form: "data",
    text: range(1, 6).map((c) => lines(`Card ${c}`, "B  I  N  G  O", ...range(1, 5).map(() => [int(1, 15), int(16, 30), int(31, 45), int(46, 60), int(61, 75)].map((n) => String(n).padStart(2)).join(" ")))).join("\n\n"),
  },
  { name: "chord chart of sixteen bars", lang: "-", form: "data", text: lines("Verse:", ...range(1, 4).map(() => "| C | G | Am | F |"), "Chorus:", ...range(1, 4).map(() => "| F | G | C | C |")) },
  {
    name: "subtitle file", lang: "en", form: "data",
    text: range(1, 20).map((i) => lines(String(i), `00:0${Math.floor(i / 10)}:${String((i * 3) % 60).padStart(2, "0")},000 --> 00:0${Math.floor(i / 10)}:${String((i * 3 + 2) % 60).padStart(2, "0")},500`, pick(["Where were you last night?", "At the station, waiting.", "For whom?", "You know who.", "He never came.", "Then why are you smiling?"]))).join("\n\n"),
  },
  {
    name: "DNA primer table", lang: "-", form: "data",
    text: lines("name\tsequence\ttm", ...range(1, 24).map((i) => `primer_${i}\t${Array.from({ length: 20 }, () => pick(["A", "C", "G", "T"])).join("")}\t${int(55, 64)}.${int(0, 9)}`)),
  },
];
