/**
 * A problem found in a document, located by its path inside the document (not yet by line):
 * schema checks, normalization and semantic checks all report Issues, and the loader turns
 * them into Problems with `file:line:col` from the YAML source (see source.ts).
 */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export interface Issue {
  readonly path: Path;
  readonly message: string;
  /** "did you mean …" or a hint on how to fix it; "" when none. */
  readonly hint: string;
  /** Point at the key of the last path segment rather than its value (unknown keys). */
  readonly atKey: boolean;
}

export function issue(path: Path, message: string, hint = "", atKey = false): Issue {
  return { path, message, hint, atKey };
}

/** `components.0.tiers.1.upTo`: the path as printed in problems. */
export function formatPath(path: Path): string {
  return path.map(String).join(".");
}

/** Collects issues; normalization steps and checks report into one so that all are found. */
export class IssueList {
  readonly items: Issue[] = [];
  add(path: Path, message: string, hint = ""): void {
    this.items.push(issue(path, message, hint));
  }
  get isEmpty(): boolean {
    return this.items.length === 0;
  }
}
