// The value of a parsed maths answer at chosen values of its variables, and which variables it has.

import type { Expression } from "./latex-expression.ts";

export function evaluate(expression: Expression, variables: ReadonlyMap<string, number>): number {
  switch (expression.kind) {
    case "number":
      return expression.value;
    case "variable":
      return variables.get(expression.name) ?? Number.NaN;
    case "unary":
      return -evaluate(expression.operand, variables);
    case "binary": {
      const a = evaluate(expression.left, variables);
      const b = evaluate(expression.right, variables);
      if (expression.op === "+") return a + b;
      if (expression.op === "-") return a - b;
      if (expression.op === "*") return a * b;
      if (expression.op === "/") return a / b;
      return a ** b;
    }
    case "call":
      return call(expression.fn, expression.args.map((arg) => evaluate(arg, variables)));
  }
}

export function variablesOf(expression: Expression, into = new Set<string>()): Set<string> {
  if (expression.kind === "variable") into.add(expression.name);
  else if (expression.kind === "unary") variablesOf(expression.operand, into);
  else if (expression.kind === "binary") variablesOf(expression.right, variablesOf(expression.left, into));
  else if (expression.kind === "call") for (const arg of expression.args) variablesOf(arg, into);
  return into;
}

function call(fn: string, args: number[]): number {
  const [x = Number.NaN, y = Number.NaN] = args;
  switch (fn) {
    case "sqrt":
      return Math.sqrt(x);
    case "root":
      return x < 0 && y % 2 === 1 ? -((-x) ** (1 / y)) : x ** (1 / y);
    case "factorial":
      return Number.isInteger(x) && x >= 0 && x <= 170 ? factorial(x) : Number.NaN;
    case "log":
      return Math.log(x) / Math.log(y);
    case "sin":
      return Math.sin(x);
    case "cos":
      return Math.cos(x);
    case "tan":
      return Math.tan(x);
    case "cot":
      return 1 / Math.tan(x);
    case "sec":
      return 1 / Math.cos(x);
    case "csc":
      return 1 / Math.sin(x);
    case "arcsin":
      return Math.asin(x);
    case "arccos":
      return Math.acos(x);
    case "arctan":
      return Math.atan(x);
    case "ln":
      return Math.log(x);
    case "exp":
      return Math.exp(x);
    default:
      return Number.NaN;
  }
}

function factorial(n: number): number {
  let product = 1;
  for (let i = 2; i <= n; i++) product *= i;
  return product;
}
