/**
 * A small, safe expression language for conditions and derived values in input files
 * (SPIFF conditions, mapping-file derived columns). Parsed by jsep into an AST and
 * interpreted here over a whitelist of node types, operators and functions: input files can
 * never execute code (no eval, no Function, no property access, no `this`).
 *
 * Grammar: numbers, 'strings', true/false/null, field names, parentheses,
 * `+ - * / %`, `== != < <= > >=`, `and or not` (or `&& || !`), `cond ? a : b`,
 * and the functions listed in FUNCTIONS.
 */
import jsep from "jsep";

export type Value = number | string | boolean | null;
export type Fields = Readonly<Record<string, Value | undefined>>;

type Node = jsep.Expression;

jsep.addBinaryOp("and", 2);
jsep.addBinaryOp("or", 1);
jsep.addUnaryOp("not");

const FUNCTIONS: Readonly<Record<string, { arity: [number, number]; fn: (...args: Value[]) => Value }>> = {
  min: { arity: [1, 16], fn: (...a) => Math.min(...a.map(num)) },
  max: { arity: [1, 16], fn: (...a) => Math.max(...a.map(num)) },
  abs: { arity: [1, 1], fn: (x) => Math.abs(num(x)) },
  round: { arity: [1, 2], fn: (x, d) => roundTo(num(x), d === undefined ? 0 : num(d)) },
  floor: { arity: [1, 1], fn: (x) => Math.floor(num(x)) },
  ceil: { arity: [1, 1], fn: (x) => Math.ceil(num(x)) },
  clamp: { arity: [3, 3], fn: (x, lo, hi) => Math.min(Math.max(num(x), num(lo)), num(hi)) },
  lower: { arity: [1, 1], fn: (s) => str(s).toLowerCase() },
  upper: { arity: [1, 1], fn: (s) => str(s).toUpperCase() },
  trim: { arity: [1, 1], fn: (s) => str(s).trim() },
  concat: { arity: [1, 16], fn: (...a) => a.map(str).join("") },
  contains: { arity: [2, 2], fn: (s, part) => str(s).includes(str(part)) },
  startsWith: { arity: [2, 2], fn: (s, part) => str(s).startsWith(str(part)) },
  isBlank: {
    arity: [1, 1],
    fn: (x) => x === null || x === undefined || (typeof x === "string" && x.trim() === ""),
  },
  coalesce: {
    arity: [1, 16],
    fn: (...a) => a.find((x) => x !== null && x !== undefined && x !== "") ?? null,
  },
  number: { arity: [1, 1], fn: (x) => num(x) },
  string: { arity: [1, 1], fn: (x) => str(x) },
};

export const EXPRESSION_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

const BINARY = new Set([
  "+",
  "-",
  "*",
  "/",
  "%",
  "==",
  "!=",
  "===",
  "!==",
  "<",
  "<=",
  ">",
  ">=",
  "and",
  "or",
  "&&",
  "||",
]);
const UNARY = new Set(["-", "+", "!", "not"]);

export type ParseResult =
  | { readonly ok: true; readonly fields: readonly string[]; readonly ast: Node }
  | { readonly ok: false; readonly message: string; readonly offset: number };

/** Parse and check an expression without evaluating it; lists the field names it reads. */
export function parseExpression(source: string): ParseResult {
  let ast: Node;
  try {
    ast = jsep(source);
  } catch (error) {
    const e = error as { description?: string; index?: number; message?: string };
    return { ok: false, message: e.description ?? e.message ?? "cannot parse", offset: e.index ?? 0 };
  }
  const fields = new Set<string>();
  const problem = check(ast, fields);
  if (problem) return { ok: false, message: problem, offset: 0 };
  return { ok: true, fields: [...fields].sort(), ast };
}

/** Same as parseExpression; named for conditions (the result is read as true/false). */
export const parseCondition = parseExpression;

/** Compile an expression to a function of the fields. Throws ExpressionError when invalid. */
export function compileExpression(source: string): (fields: Fields) => Value {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new ExpressionError(source, parsed.message, parsed.offset);
  const ast = parsed.ast;
  return (fields) => evaluate(ast, fields);
}

/** Compile a condition: the expression's value read as a boolean (null/0/"" are false). */
export function compileCondition(source: string): (fields: Fields) => boolean {
  const expression = compileExpression(source);
  return (fields) => truthy(expression(fields));
}

export class ExpressionError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
    readonly offset: number,
  ) {
    super(`invalid expression '${source}': ${reason}${offset ? ` at character ${offset + 1}` : ""}`);
    this.name = "ExpressionError";
  }
}

function check(node: Node, fields: Set<string>): string | null {
  switch (node.type) {
    case "Literal": {
      const v = (node as jsep.Literal).value;
      return v instanceof RegExp ? "regular expressions are not supported" : null;
    }
    case "Identifier": {
      const name = (node as jsep.Identifier).name;
      if (name === "true" || name === "false" || name === "null") return null;
      fields.add(name);
      return null;
    }
    case "UnaryExpression": {
      const u = node as jsep.UnaryExpression;
      if (!UNARY.has(u.operator)) return `operator '${u.operator}' is not allowed`;
      return check(u.argument, fields);
    }
    case "BinaryExpression": {
      const b = node as jsep.BinaryExpression;
      if (!BINARY.has(b.operator)) return `operator '${b.operator}' is not allowed`;
      return check(b.left, fields) ?? check(b.right, fields);
    }
    case "ConditionalExpression": {
      const c = node as jsep.ConditionalExpression;
      return check(c.test, fields) ?? check(c.consequent, fields) ?? check(c.alternate, fields);
    }
    case "CallExpression": {
      const call = node as jsep.CallExpression;
      if (call.callee.type !== "Identifier") return "only plain function calls are allowed";
      const name = (call.callee as jsep.Identifier).name;
      const spec = FUNCTIONS[name];
      if (!spec || !Object.hasOwn(FUNCTIONS, name)) {
        return `unknown function '${name}' (available: ${EXPRESSION_FUNCTIONS.join(", ")})`;
      }
      const [lo, hi] = spec.arity;
      if (call.arguments.length < lo || call.arguments.length > hi) {
        return `${name}() takes ${lo === hi ? lo : `${lo}–${hi}`} argument(s), got ${call.arguments.length}`;
      }
      for (const arg of call.arguments) {
        const p = check(arg, fields);
        if (p) return p;
      }
      return null;
    }
    case "MemberExpression":
      return "property access (a.b, a[b]) is not allowed";
    case "Compound":
      return "only one expression is allowed";
    default:
      return `${node.type} is not allowed`;
  }
}

function evaluate(node: Node, fields: Fields): Value {
  switch (node.type) {
    case "Literal":
      return (node as jsep.Literal).value as Value;
    case "Identifier": {
      const name = (node as jsep.Identifier).name;
      if (name === "true") return true;
      if (name === "false") return false;
      if (name === "null") return null;
      return Object.hasOwn(fields, name) ? (fields[name] ?? null) : null;
    }
    case "UnaryExpression": {
      const u = node as jsep.UnaryExpression;
      const v = evaluate(u.argument, fields);
      if (u.operator === "-") return -num(v);
      if (u.operator === "+") return num(v);
      return !truthy(v);
    }
    case "BinaryExpression":
      return binary(node as jsep.BinaryExpression, fields);
    case "ConditionalExpression": {
      const c = node as jsep.ConditionalExpression;
      return truthy(evaluate(c.test, fields))
        ? evaluate(c.consequent, fields)
        : evaluate(c.alternate, fields);
    }
    case "CallExpression": {
      const call = node as jsep.CallExpression;
      const spec = FUNCTIONS[(call.callee as jsep.Identifier).name]!;
      return spec.fn(...call.arguments.map((a) => evaluate(a, fields)));
    }
    default:
      throw new Error(`unexpected node ${node.type}`); // unreachable: check() rejected it
  }
}

function binary(b: jsep.BinaryExpression, fields: Fields): Value {
  const op = b.operator;
  if (op === "and" || op === "&&")
    return truthy(evaluate(b.left, fields)) && truthy(evaluate(b.right, fields));
  if (op === "or" || op === "||")
    return truthy(evaluate(b.left, fields)) || truthy(evaluate(b.right, fields));
  const l = evaluate(b.left, fields);
  const r = evaluate(b.right, fields);
  switch (op) {
    case "+":
      return typeof l === "string" || typeof r === "string" ? str(l) + str(r) : num(l) + num(r);
    case "-":
      return num(l) - num(r);
    case "*":
      return num(l) * num(r);
    case "/":
      return num(l) / num(r);
    case "%":
      return num(l) % num(r);
    case "==":
    case "===":
      return equal(l, r);
    case "!=":
    case "!==":
      return !equal(l, r);
    case "<":
      return compare(l, r) < 0;
    case "<=":
      return compare(l, r) <= 0;
    case ">":
      return compare(l, r) > 0;
    default:
      return compare(l, r) >= 0;
  }
}

function num(v: Value | undefined): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null || v === undefined || v === "") return Number.NaN;
  return Number(v);
}

function str(v: Value | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

function truthy(v: Value | undefined): boolean {
  return v !== null && v !== undefined && v !== false && v !== 0 && v !== "" && !Number.isNaN(v);
}

function equal(l: Value, r: Value): boolean {
  if (typeof l === "number" || typeof r === "number") return num(l) === num(r);
  return l === r;
}

function compare(l: Value, r: Value): number {
  if (typeof l === "string" && typeof r === "string") return l < r ? -1 : l > r ? 1 : 0;
  const a = num(l);
  const b = num(r);
  return a < b ? -1 : a > b ? 1 : Number.isNaN(a - b) ? Number.NaN : 0;
}

function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
