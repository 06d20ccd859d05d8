// A small reader for the LaTeX of maths answers: numbers, letters as variables, + − × ÷ ^ !, implicit products,
// \frac, \sqrt[n]{}, \pi, \infty, trigonometric and log functions. It parses to a tree that evaluate-expression.ts
// computes at chosen values of the variables, which is how two answers are compared. Anything else is a
// ParseFailure: the caller then says "undecided" rather than guessing.

export type Expression =
  | { kind: "number"; value: number }
  | { kind: "variable"; name: string }
  | { kind: "unary"; op: "-"; operand: Expression }
  | { kind: "binary"; op: "+" | "-" | "*" | "/" | "^"; left: Expression; right: Expression }
  | { kind: "call"; fn: string; args: Expression[] };

export class ParseFailure extends Error {}

type Token = { type: "number"; text: string } | { type: "name"; text: string } | { type: "command"; text: string } | { type: "symbol"; text: string };

const FUNCTIONS = new Set(["sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "ln", "exp", "log"]);
const GREEK = new Set(["alpha", "beta", "gamma", "delta", "theta", "lambda", "mu", "phi", "omega", "sigma", "tau", "rho"]);
const IGNORED = new Set(["left", "right", "displaystyle", ",", ";", "!", " ", "quad", "big", "Big"]);
const OPERATOR_COMMANDS: Record<string, string> = { cdot: "*", times: "*", div: "/" };

export function parseExpression(source: string): Expression {
  const parser = new Parser(tokenize(source));
  const expression = parser.expression();
  if (!parser.done()) throw new ParseFailure(`unexpected ${parser.peek()?.text}`);
  return expression;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    if (/\s/u.test(char)) {
      i++;
    } else if (/[0-9.]/u.test(char)) {
      // After "^" an unbraced number is one digit: x^23 is x²·3 in LaTeX.
      const single = tokens.at(-1)?.text === "^";
      const match = single ? char : (/^\d*\.?\d+|^\d+\.?/u.exec(source.slice(i))?.[0] ?? char);
      tokens.push({ type: "number", text: match });
      i += match.length;
    } else if (char === "\\") {
      const name = /^\\([A-Za-z]+|.)/u.exec(source.slice(i))?.[1] ?? "";
      i += name.length + 1;
      if (IGNORED.has(name)) continue;
      if (name === "{" || name === "}") tokens.push({ type: "symbol", text: name === "{" ? "(" : ")" });
      else if (OPERATOR_COMMANDS[name]) tokens.push({ type: "symbol", text: OPERATOR_COMMANDS[name] as string });
      else tokens.push({ type: "command", text: name.replace(/^[dt]frac$/u, "frac") });
    } else if (/\p{L}/u.test(char)) {
      tokens.push({ type: "name", text: char });
      i++;
    } else if ("+-*/^!()[]{}_".includes(char)) {
      tokens.push({ type: "symbol", text: char });
      i++;
    } else if (char === "−") {
      tokens.push({ type: "symbol", text: "-" });
      i++;
    } else {
      throw new ParseFailure(`cannot read "${char}"`);
    }
  }
  return tokens;
}

const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.at >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.at];
  }

  expression(): Expression {
    let left = this.term();
    for (let next = this.peek(); next?.type === "symbol" && (next.text === "+" || next.text === "-"); next = this.peek()) {
      this.at++;
      left = { kind: "binary", op: next.text as "+" | "-", left, right: this.term() };
    }
    return left;
  }

  private term(): Expression {
    let left = this.unary();
    for (;;) {
      const next = this.peek();
      if (next?.type === "symbol" && (next.text === "*" || next.text === "/")) {
        this.at++;
        left = { kind: "binary", op: next.text as "*" | "/", left, right: this.unary() };
      } else if (next && this.startsFactor(next)) {
        left = { kind: "binary", op: "*", left, right: this.power() };
      } else {
        return left;
      }
    }
  }

  private unary(): Expression {
    const next = this.peek();
    if (next?.type === "symbol" && (next.text === "-" || next.text === "+")) {
      this.at++;
      const operand = this.unary();
      return next.text === "-" ? { kind: "unary", op: "-", operand } : operand;
    }
    return this.power();
  }

  private power(): Expression {
    let base = this.postfix();
    if (this.peek()?.text === "^") {
      this.at++;
      base = { kind: "binary", op: "^", left: base, right: this.exponent() };
    }
    return base;
  }

  private exponent(): Expression {
    const next = this.peek();
    if (next?.type === "symbol" && (next.text === "-" || next.text === "+")) {
      this.at++;
      const operand = this.exponent();
      return next.text === "-" ? { kind: "unary", op: "-", operand } : operand;
    }
    return this.postfix();
  }

  private postfix(): Expression {
    let value = this.primary();
    while (this.peek()?.text === "!") {
      this.at++;
      value = { kind: "call", fn: "factorial", args: [value] };
    }
    return value;
  }

  private primary(): Expression {
    const token = this.tokens[this.at++];
    if (!token) throw new ParseFailure("the expression ends too soon");
    if (token.type === "number") {
      const value = Number(token.text);
      if (!Number.isFinite(value)) throw new ParseFailure(`bad number ${token.text}`);
      return { kind: "number", value };
    }
    if (token.type === "name") return { kind: "variable", name: token.text };
    if (token.type === "symbol" && CLOSERS[token.text]) return this.group(token.text);
    if (token.type === "command") return this.command(token.text);
    throw new ParseFailure(`unexpected ${token.text}`);
  }

  private group(open: string): Expression {
    const inner = this.expression();
    const close = this.tokens[this.at++];
    if (close?.text !== CLOSERS[open]) throw new ParseFailure(`unclosed ${open}`);
    return inner;
  }

  /** A braced group, or a single token: \frac12, \sqrt2. */
  private argument(): Expression {
    const next = this.peek();
    if (next?.type === "symbol" && (next.text === "{" || next.text === "(")) {
      this.at++;
      return this.group(next.text);
    }
    if (next?.type === "number" && next.text.length > 1 && !next.text.includes(".")) {
      this.tokens.splice(this.at, 1, { type: "number", text: next.text[0] as string }, { type: "number", text: next.text.slice(1) });
    }
    return this.primary();
  }

  private command(name: string): Expression {
    if (name === "frac") return { kind: "binary", op: "/", left: this.argument(), right: this.argument() };
    if (name === "sqrt") {
      if (this.peek()?.text === "[") {
        this.at++;
        const index = this.group("[");
        return { kind: "call", fn: "root", args: [this.argument(), index] };
      }
      return { kind: "call", fn: "sqrt", args: [this.argument()] };
    }
    if (name === "pi") return { kind: "number", value: Math.PI };
    if (name === "infty") return { kind: "number", value: Number.POSITIVE_INFINITY };
    if (GREEK.has(name)) return { kind: "variable", name };
    if (FUNCTIONS.has(name)) return this.functionCall(name);
    throw new ParseFailure(`unknown command \\${name}`);
  }

  private functionCall(name: string): Expression {
    let base: Expression | undefined;
    if (name === "log") {
      // \log without a base means 10 to some writers and e to others: not decidable.
      if (this.peek()?.text !== "_") throw new ParseFailure("\\log without a base");
      this.at++;
      base = this.argument();
    }
    let power: Expression | undefined;
    if (this.peek()?.text === "^") {
      this.at++;
      power = this.exponent();
    }
    const argument = this.power();
    const value: Expression = base ? { kind: "call", fn: "log", args: [argument, base] } : { kind: "call", fn: name, args: [argument] };
    return power ? { kind: "binary", op: "^", left: value, right: power } : value;
  }

  private startsFactor(token: Token): boolean {
    if (token.type === "number" || token.type === "name" || token.type === "command") return true;
    return token.type === "symbol" && (token.text === "(" || token.text === "{");
  }
}
