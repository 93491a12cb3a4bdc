/**
 * Data problems: every bad cell or row is reported with its file, line, column, value and the
 * rule it breaks, then either fails the import (listing the problems) or is quarantined.
 */
import { InputError, type Problem, problem } from "../errors.js";

export interface DataIssue {
  readonly file: string;
  /** 1-based line in a CSV file (the header is line 1), or 1-based row number in an Arrow file. */
  readonly line: number;
  /** Column name ("" for a whole-row issue). */
  readonly column: string;
  /** 1-based column position in the source file, 0 when unknown or derived. */
  readonly columnIndex: number;
  readonly value: string;
  readonly rule: string;
}

export function issue(
  file: string,
  line: number,
  column: string,
  value: string,
  rule: string,
  columnIndex = 0,
): DataIssue {
  return { file, line, column, columnIndex, value, rule };
}

const shown = (value: string): string => (value.length > 60 ? `${value.slice(0, 57)}...` : value);

export function issueToProblem(i: DataIssue): Problem {
  const message = i.column === "" && i.value === "" ? i.rule : `value '${shown(i.value)}' ${i.rule}`;
  return problem(i.file, message, { line: i.line, column: i.columnIndex, path: i.column });
}

/** One line of text for a quarantine `reason` cell. */
export function issueReason(i: DataIssue): string {
  const where = i.column ? `${i.column}: ` : "";
  return i.value === "" && !i.column ? i.rule : `${where}value '${shown(i.value)}' ${i.rule}`;
}

export const DEFAULT_PROBLEM_CAP = 50;

/**
 * At most `cap` problems, then one saying how many more there are; `total` counts them all when
 * only the first ones were kept (at least cap + 1 of them when there are more).
 */
export function capProblems(
  problems: readonly Problem[],
  cap = DEFAULT_PROBLEM_CAP,
  total = problems.length,
): Problem[] {
  if (total <= cap) return [...problems];
  const more = total - cap;
  return [
    ...problems.slice(0, cap),
    problem(
      problems[cap]!.file,
      `… and ${more} more problem${more === 1 ? "" : "s"} (use --on-bad-rows quarantine to write them all to a file)`,
    ),
  ];
}

/** The InputError of a bad-row list: the first `cap` issues, then how many more (`total` counts them all). */
export function failOnCountedIssues(
  first: readonly DataIssue[],
  total: number,
  cap = DEFAULT_PROBLEM_CAP,
): never {
  throw new InputError(capProblems(first.slice(0, cap + 1).map(issueToProblem), cap, total));
}
