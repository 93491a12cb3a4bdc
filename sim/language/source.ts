/**
 * Reading a YAML/JSON document with positions: every value keeps its node so that an issue at a
 * path (`components.0.tiers.1.upTo`) maps back to `line:col` in the file. JSON is read by the
 * same YAML parser (JSON is YAML 1.2), so both get positions.
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from "yaml";
import { type Problem, problem } from "../errors.js";
import { formatPath, type Issue, type Path } from "./issue.js";

/** Larger inputs are refused before parsing: no plan, world or experiment comes close. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface SourceDocument {
  readonly file: string;
  readonly doc: Document.Parsed | null;
  readonly lineCounter: LineCounter;
  /** The document as plain JS values; undefined when it could not be read. */
  readonly data: unknown;
  readonly problems: readonly Problem[];
}

const empty = (file: string, problems: Problem[]): SourceDocument => ({
  file,
  doc: null,
  lineCounter: new LineCounter(),
  data: undefined,
  problems,
});

/** Refuse what is not a plausible text document before handing it to the parser. */
export function checkText(text: string, file: string): Problem[] {
  if (text.length > MAX_INPUT_BYTES) {
    return [problem(file, `file is too large (${sizeLabel(text.length)}); the limit is 10 MB`)];
  }
  if (text.includes("\u0000")) return [problem(file, "not a text file (it contains NUL bytes)")];
  if (text.trim() === "") return [problem(file, "file is empty: expected a YAML or JSON document")];
  return [];
}

export function sizeLabel(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Parse YAML/JSON text; syntax errors become problems with their position. Never throws. */
export function readSource(text: string, file: string): SourceDocument {
  const refused = checkText(text, file);
  if (refused.length > 0) return empty(file, refused);
  const lineCounter = new LineCounter();
  try {
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const syntax = doc.errors.map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      return problem(file, `YAML syntax error: ${firstLine(e.message)}`, { line: pos.line, column: pos.col });
    });
    if (syntax.length > 0) return { file, doc, lineCounter, data: undefined, problems: syntax };
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    if (data === null || data === undefined) {
      return empty(file, [problem(file, "document is empty: expected a mapping of keys")]);
    }
    return { file, doc, lineCounter, data, problems: [] };
  } catch (error) {
    return empty(file, [problem(file, unreadable(error))]);
  }
}

function unreadable(error: unknown): string {
  if (error instanceof RangeError) return "document is nested too deeply to read";
  if (error instanceof ReferenceError) return "document has too many aliases (possible alias bomb)";
  return `document could not be read: ${firstLine(error instanceof Error ? error.message : String(error))}`;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}

/** The node at `path`, or the deepest existing ancestor; with the key node of its pair. */
export function nodeAt(
  source: SourceDocument,
  path: Path,
): { node: Node | null; key: Node | null; complete: boolean } {
  const doc = source.doc;
  let node: unknown = doc?.contents ?? null;
  let key: Node | null = null;
  for (const segment of path) {
    if (isAlias(node) && doc) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) return { node: node as Node, key, complete: false };
      key = pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
      key = null;
      node = node.items[segment];
    } else {
      return { node: (node as Node | null) ?? null, key, complete: false };
    }
  }
  return { node: (node as Node | null) ?? null, key, complete: true };
}

/** Line and column (1-based) of the value at `path` (or of its key), 0/0 when unknown. */
export function locate(source: SourceDocument, path: Path, atKey = false): { line: number; column: number } {
  try {
    const found = nodeAt(source, path);
    const target = atKey && found.complete && found.key ? found.key : found.node;
    const offset = target?.range?.[0];
    if (offset === undefined) return { line: 0, column: 0 };
    const pos = source.lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  } catch {
    return { line: 0, column: 0 };
  }
}

export function issueToProblem(source: SourceDocument, item: Issue): Problem {
  const { line, column } = locate(source, item.path, item.atKey);
  return problem(source.file, item.message, { line, column, path: formatPath(item.path), hint: item.hint });
}
