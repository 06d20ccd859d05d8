// The layer rules as data, and the imports that break them: an upward import, an import of a fenced folder (the
// simulator, test support, storage) from outside its importers, and folders that import each other.
// Tests and test support are not product code: they may import anything.

import { folderOf, type ImportEdge } from "./import-graph.ts";

export interface FencedFolder {
  /** Folders ("cli") or files ("cli/commands/demo.ts") that may import it. */
  importers: string[];
  /** Folders it may import itself. */
  mayImport: string[];
}

export interface LayerRules {
  /** Folders from the top layer down: a file may import its own layer's folders and every layer below. */
  layers: string[][];
  fenced: Record<string, FencedFolder>;
  /** Known breaks that work in flight removes; each must still exist, so a fixed one leaves the list. */
  allowed: ImportEdge[];
}

export function isProductFile(path: string): boolean {
  return !path.endsWith(".test.ts") && folderOf(path) !== "test-support";
}

const matches = (entries: string[], file: string) => entries.some((entry) => file === entry || file.startsWith(`${entry}/`));

/** One line per import that breaks a rule, e.g. "claims/x.ts -> reports/y.ts: upward (claims is below reports)". */
export function layerViolations(edges: readonly ImportEdge[], rules: LayerRules): string[] {
  const level = new Map(rules.layers.flatMap((folders, index) => folders.map((folder) => [folder, index] as const)));
  const isAllowed = (edge: ImportEdge) => rules.allowed.some((a) => a.from === edge.from && a.to === edge.to);
  const problems: string[] = [];
  for (const edge of edges) {
    const from = folderOf(edge.from);
    const to = folderOf(edge.to);
    if (!isProductFile(edge.from) || from === to || isAllowed(edge)) continue;
    const problem = edgeProblem(edge, from, to, level, rules.fenced);
    if (problem) problems.push(`${edge.from} -> ${edge.to}: ${problem}`);
  }
  for (const folder of new Set(edges.filter((e) => isProductFile(e.from)).map((e) => folderOf(e.from)))) {
    if (!level.has(folder) && !rules.fenced[folder]) problems.push(`${folder}/: a folder in no layer (place it in the rules)`);
  }
  for (const cycle of folderCycles(edges, rules)) {
    const inside = edges.filter((e) => isProductFile(e.from) && folderOf(e.from) !== folderOf(e.to) && cycle.includes(folderOf(e.from)) && cycle.includes(folderOf(e.to)));
    problems.push(`folders import each other: ${cycle.join(", ")} (${inside.map((e) => `${e.from} -> ${e.to}`).join("; ")})`);
  }
  return problems;
}

function edgeProblem(edge: ImportEdge, from: string, to: string, level: Map<string, number>, fenced: Record<string, FencedFolder>): string | undefined {
  if (fenced[to] && !matches(fenced[to].importers, edge.from)) return `${to}/ may be imported only by ${fenced[to].importers.join(", ") || "tests"}`;
  if (fenced[from]) return fenced[from].mayImport.includes(to) ? undefined : `${from}/ may import only ${fenced[from].mayImport.join(", ")}`;
  if (fenced[to]) return undefined;
  const fromLevel = level.get(from);
  const toLevel = level.get(to);
  if (fromLevel === undefined || toLevel === undefined) return undefined;
  return toLevel < fromLevel ? `upward (${from}/ is below ${to}/)` : undefined;
}

/** Every strongly connected set of two or more folders in the product's imports (Tarjan's algorithm). */
function folderCycles(edges: readonly ImportEdge[], rules: LayerRules): string[][] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    const from = folderOf(edge.from);
    const to = folderOf(edge.to);
    if (!isProductFile(edge.from) || from === to || rules.allowed.some((a) => a.from === edge.from && a.to === edge.to)) continue;
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)!.add(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (folder: string): void => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    for (const to of next.get(folder) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(folder, Math.min(low.get(folder)!, low.get(to)!));
      } else if (stack.includes(to)) {
        low.set(folder, Math.min(low.get(folder)!, index.get(to)!));
      }
    }
    if (low.get(folder) !== index.get(folder)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== folder);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const folder of [...next.keys()].sort()) if (!index.has(folder)) visit(folder);
  return cycles;
}
