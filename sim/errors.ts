/**
 * User-facing input problems. Anything a user can get wrong (a plan, a ledger, a CSV row, a
 * mapping, a CLI flag) is reported as a Problem naming where and what; the CLI prints them and
 * exits 1 — never a stack trace.
 */
import { escapeInline } from "./core/safeText.js";

export interface Problem {
  readonly file: string;
  /** 1-based; 0 when unknown. */
  readonly line: number;
  /** 1-based; 0 when unknown. */
  readonly column: number;
  /** Dotted path inside the document or a column name, "" when not applicable. */
  readonly path: string;
  readonly message: string;
  /** "did you mean …" hint, "" when none. */
  readonly hint: string;
}

export function problem(
  file: string,
  message: string,
  where: { line?: number; column?: number; path?: string; hint?: string } = {},
): Problem {
  return {
    file,
    line: where.line ?? 0,
    column: where.column ?? 0,
    path: where.path ?? "",
    message,
    hint: where.hint ?? "",
  };
}

/**
 * `file:line:col: path: message (hint)` — the format editors and terminals link to; one line
 * whatever the input holds (control characters and newlines in names are shown escaped).
 */
export function formatProblem(p: Problem): string {
  let where = escapeInline(p.file);
  if (p.line > 0) where += `:${p.line}`;
  if (p.line > 0 && p.column > 0) where += `:${p.column}`;
  const path = p.path ? `${escapeInline(p.path)}: ` : "";
  const hint = p.hint ? ` (${escapeInline(p.hint)})` : "";
  return `${where}: ${path}${escapeInline(p.message)}${hint}`;
}

/** Thrown for bad input; carries every problem found, not just the first. */
export class InputError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
}

/** Levenshtein edit distance (Wagner–Fischer, two rows). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest option to `word`, if it is close enough to be a plausible typo. */
export function nearest(word: string, options: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const option of options) {
    const d = editDistance(word, option);
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(word.length / 3));
  return best !== null && bestDistance <= tolerance ? best : null;
}

export function didYouMean(word: string, options: Iterable<string>): string {
  const match = nearest(word, options);
  return match ? `did you mean '${match}'?` : "";
}
