// Whether a maths answer equals the expected one: equal strings after normalising, else equal structure with each
// part compared by value (exact numbers; expressions with variables evaluated at several seeded points, so
// (x+1)^2 and x^2+2x+1 agree and x^2+1 and x^2+2 do not). What cannot be compared this way is "undecided", which a
// scorer reports as unscored, never as wrong.

import { seededRandom } from "../../../../core/random.ts";
import { evaluate, variablesOf } from "./evaluate-expression.ts";
import { type Expression, ParseFailure, parseExpression } from "./latex-expression.ts";
import { type MathValue, mathStructure } from "./math-structure.ts";
import { normalizeMath } from "./normalize-math.ts";

export type Verdict = "equal" | "different" | "undecided";

const POINTS = 6;
const RELATIVE_TOLERANCE = 1e-6;
const MIXED_NUMBER = /^(-?\d+)\\frac\{(\d+)\}\{(\d+)\}$/u;
const WORD = /^[A-Za-z][A-Za-z ]{2,}$/u;

export function mathEquivalence(answer: string, expected: string): Verdict {
  const a = normalizeMath(answer);
  const b = normalizeMath(expected);
  if (a === b) return "equal";
  return compare(mathStructure(a), mathStructure(b));
}

function compare(a: MathValue, b: MathValue): Verdict {
  if (a.kind === "expression" && b.kind === "expression") return compareExpressions(a.text, b.text);
  if (a.kind === "equation" && b.kind === "equation") return compareEquations(a, b);
  if (a.kind === "ordered" && b.kind === "ordered") {
    if (a.items.length !== b.items.length) return "different";
    const items = all(a.items.map((item, i) => compare(item, b.items[i] as MathValue)));
    return items === "equal" && (a.open !== b.open || a.close !== b.close) ? "different" : items;
  }
  if (a.kind === "unordered" && b.kind === "unordered") return compareUnordered(a.items, b.items);
  if (a.kind === "union" && b.kind === "union") return compareUnordered(a.parts, b.parts);
  if (a.kind === "matrix" && b.kind === "matrix") {
    if (a.rows.length !== b.rows.length || a.rows.some((row, i) => row.length !== b.rows[i]?.length)) return "different";
    return all(a.rows.flatMap((row, i) => row.map((cell, j) => compare(cell, b.rows[i]?.[j] as MathValue))));
  }
  // One value against several (an extra root, a missing coordinate) is a different answer; other mixes are unclear.
  const single = (v: MathValue) => v.kind === "expression" && parsed(v.text) !== undefined;
  const several = (v: MathValue) => (v.kind === "unordered" || v.kind === "ordered") && v.items.length > 1;
  if ((single(a) && several(b)) || (several(a) && single(b))) return "different";
  return "undecided";
}

function all(verdicts: Verdict[]): Verdict {
  if (verdicts.includes("different")) return "different";
  return verdicts.includes("undecided") ? "undecided" : "equal";
}

function compareUnordered(a: MathValue[], b: MathValue[]): Verdict {
  if (a.length !== b.length) return "different";
  const unused = [...b];
  let undecided = false;
  for (const item of a) {
    const verdicts = unused.map((other) => compare(item, other));
    const match = verdicts.indexOf("equal");
    if (match >= 0) unused.splice(match, 1);
    else if (verdicts.includes("undecided")) undecided = true;
    else return "different";
  }
  return undecided ? "undecided" : "equal";
}

function compareExpressions(a: string, b: string): Verdict {
  if (WORD.test(a) || WORD.test(b)) return WORD.test(a) && WORD.test(b) ? (a.toLowerCase() === b.toLowerCase() ? "equal" : "different") : "undecided";
  const left = parsed(a);
  const right = parsed(b);
  if (!left || !right) return "undecided";
  return sameFunction(left, right, (x, y) => close(x, y));
}

/** Two equations agree when lhs − rhs of one is a constant multiple of the other's ("x+y=1" and "2y=2-2x"). */
function compareEquations(a: { left: string; right: string }, b: { left: string; right: string }): Verdict {
  const sides = [a.left, a.right, b.left, b.right].map(parsed);
  if (sides.some((side) => !side)) return "undecided";
  const [al, ar, bl, br] = sides as Expression[];
  const f: Expression = { kind: "binary", op: "-", left: al as Expression, right: ar as Expression };
  const g: Expression = { kind: "binary", op: "-", left: bl as Expression, right: br as Expression };
  let ratio: number | undefined;
  return sameFunction(f, g, (x, y) => {
    if (close(x, 0) && close(y, 0)) return true;
    const r = x / y;
    ratio ??= r;
    return Number.isFinite(r) && r !== 0 && close(r, ratio);
  });
}

/** Evaluates both at the same seeded points: any clear disagreement decides "different", agreement everywhere "equal". */
function sameFunction(a: Expression, b: Expression, agree: (x: number, y: number) => boolean): Verdict {
  const names = [...variablesOf(b, variablesOf(a))];
  const random = seededRandom(0x6d617468);
  let agreed = 0;
  for (let point = 0; point < (names.length === 0 ? 1 : POINTS); point++) {
    const values = new Map(names.map((name) => [name, 1.1 + 2.2 * random()]));
    const x = evaluate(a, values);
    const y = evaluate(b, values);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (x === y && !Number.isNaN(x)) agreed++;
      continue;
    }
    if (!agree(x, y)) return "different";
    agreed++;
  }
  return agreed > 0 ? "equal" : "undecided";
}

function parsed(text: string): Expression | undefined {
  const mixed = MIXED_NUMBER.exec(text);
  const source = mixed ? `${mixed[1]}${mixed[1]?.startsWith("-") ? "-" : "+"}\\frac{${mixed[2]}}{${mixed[3]}}` : text;
  try {
    return parseExpression(source);
  } catch (error) {
    if (error instanceof ParseFailure) return undefined;
    throw error;
  }
}

function close(x: number, y: number): boolean {
  return Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(x), Math.abs(y));
}
