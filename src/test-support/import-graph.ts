// Every relative import of every TypeScript file under a folder, read with TypeScript's own pre-processor (static,
// re-exported and dynamic imports; nothing in comments or strings): what the layer-rules test holds against the layers.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";

export interface ImportEdge {
  /** The importing file, relative to the root: "claims/run-evidence.ts". */
  from: string;
  /** The imported file, relative to the root: "reports/run-summary.ts". */
  to: string;
}

export function importsUnder(root: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of readdirSync(root, { recursive: true, encoding: "utf8" }).sort()) {
    if (!file.endsWith(".ts")) continue;
    const text = readFileSync(join(root, file), "utf8");
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (fileName.startsWith(".")) edges.push({ from: file, to: normalize(join(dirname(file), fileName)) });
    }
  }
  return edges;
}

/** The top folder under the root a path belongs to: "claims" for "claims/run-evidence.ts". */
export function folderOf(path: string): string {
  return path.split("/")[0]!;
}
