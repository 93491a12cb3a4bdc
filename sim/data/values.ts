/**
 * Parsing and formatting of single cells by column type. Pure functions: a failed parse returns
 * the rule that was broken instead of throwing, so a reader can report every bad cell at once.
 */
import type { Cell, ColumnSpec } from "./tables.js";

export type Parsed =
  | { readonly ok: true; readonly value: Cell }
  | { readonly ok: false; readonly rule: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date `YYYY-MM-DD` (rejects 2017-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

const TOKENS: readonly [string, string][] = [
  ["YYYY", "(?<y>\\d{4})"],
  ["MM", "(?<m>\\d{2})"],
  ["M", "(?<m>\\d{1,2})"],
  ["DD", "(?<d>\\d{2})"],
  ["D", "(?<d>\\d{1,2})"],
  ["HH", "\\d{2}"],
  ["H", "\\d{1,2}"],
  ["mm", "\\d{2}"],
  ["ss", "\\d{2}"],
];

const formatCache = new Map<string, RegExp>();

/** Compile a date format such as `M/D/YYYY` or `YYYY-MM-DD H:mm` (time parts are read and dropped). */
export function dateFormatRegex(format: string): RegExp {
  const cached = formatCache.get(format);
  if (cached) return cached;
  let source = "";
  let i = 0;
  outer: while (i < format.length) {
    for (const [token, pattern] of TOKENS) {
      if (format.startsWith(token, i)) {
        source += pattern;
        i += token.length;
        continue outer;
      }
    }
    source += format[i]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    i += 1;
  }
  const re = new RegExp(`^${source}$`);
  formatCache.set(format, re);
  return re;
}

export const DATE_FORMAT_HELP = "tokens YYYY, MM, M, DD, D, HH, H, mm, ss; e.g. YYYY-MM-DD, M/D/YYYY";

/** Parse a date in the given format into ISO `YYYY-MM-DD`, or null when it does not match. */
export function parseDate(text: string, format = "YYYY-MM-DD"): string | null {
  if (format === "YYYY-MM-DD") return isIsoDate(text) ? text : null;
  const m = dateFormatRegex(format).exec(text);
  const g = m?.groups;
  if (!g || g.y === undefined || g.m === undefined || g.d === undefined) return null;
  const y = Number(g.y);
  const mo = Number(g.m);
  const d = Number(g.d);
  return validYmd(y, mo, d) ? `${pad(y, 4)}-${pad(mo)}-${pad(d)}` : null;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Parse a raw text cell into the column's type; "" is null (missing). */
export function parseCell(raw: string, spec: ColumnSpec, dateFormat?: string): Parsed {
  const text = raw.trim();
  if (text === "") return { ok: true, value: null };
  switch (spec.type) {
    case "string":
      return { ok: true, value: text };
    case "number": {
      if (!NUMBER.test(text)) return { ok: false, rule: "must be a number" };
      return { ok: true, value: Number(text) };
    }
    case "date": {
      const iso = parseDate(text, dateFormat ?? "YYYY-MM-DD");
      return iso === null
        ? { ok: false, rule: `must be a date in format ${dateFormat ?? "YYYY-MM-DD"}` }
        : { ok: true, value: iso };
    }
    case "boolean": {
      const lower = text.toLowerCase();
      if (lower === "true" || lower === "1" || lower === "yes") return { ok: true, value: true };
      if (lower === "false" || lower === "0" || lower === "no") return { ok: true, value: false };
      return { ok: false, rule: "must be true or false" };
    }
  }
}

/** Coerce a computed value (from a mapping expression or lookup) into the column's type. */
export function coerceCell(value: Cell | undefined, spec: ColumnSpec, dateFormat?: string): Parsed {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === "number") {
    if (Number.isNaN(value)) return { ok: true, value: null };
    if (spec.type === "number") {
      return Number.isFinite(value) ? { ok: true, value } : { ok: false, rule: "must be a finite number" };
    }
    return parseCell(String(value), spec, dateFormat);
  }
  if (typeof value === "boolean") {
    return spec.type === "boolean" ? { ok: true, value } : parseCell(String(value), spec, dateFormat);
  }
  return parseCell(value, spec, dateFormat);
}

/** The rule a typed value breaks (required, allowed values, range, pattern), or null. */
export function checkCell(value: Cell, spec: ColumnSpec): string | null {
  if (value === null) return spec.required ? "is required" : null;
  if (spec.values && !spec.values.includes(String(value))) return `must be one of ${spec.values.join(", ")}`;
  if (typeof value === "number") {
    if (spec.min !== undefined && value < spec.min) return `must be ≥ ${spec.min}`;
    if (spec.max !== undefined && value > spec.max) return `must be ≤ ${spec.max}`;
    if (spec.integer && !Number.isInteger(value)) return "must be a whole number";
  }
  if (spec.pattern && typeof value === "string" && !spec.pattern.test(value)) {
    return `must match ${spec.pattern.source}`;
  }
  return null;
}

/** Canonical text of a typed cell: dates stay ISO, numbers use the shortest round-trip form. */
export function formatCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return String(value);
}

export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}
