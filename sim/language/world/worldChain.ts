/**
 * Reading a world file with its `extends` chain: each file is read with positions, the chain is
 * followed (paths relative to the extending file, at most 8 deep, no cycles), and the documents
 * are deep-merged base first (deepMerge.ts); id, name and description are not inherited. An issue found in the merged document is located in the file
 * that supplies the value at its path (the most derived file holding the deepest part of it).
 */
import { dirname, resolve } from "node:path";
import { LineCounter } from "yaml";
import type { Problem } from "../../errors.js";
import { problem } from "../../errors.js";
import { formatPath, type Issue, type Path } from "../issue.js";
import { readInputFile } from "../readInputFile.js";
import { locate, nodeAt, readSource, type SourceDocument } from "../source.js";
import { deepMerge } from "./deepMerge.js";

export const MAX_EXTENDS_DEPTH = 8;

/** Reads a linked file into a document (the filesystem by default; tests may substitute). */
export type ReadLinked = (path: string) => SourceDocument;

export function readLinkedFromDisk(path: string): SourceDocument {
  const read = readInputFile(path);
  if (!read.ok)
    return {
      file: path,
      doc: null,
      lineCounter: new LineCounter(),
      data: undefined,
      problems: read.problems,
    };
  return readSource(read.text, path);
}

export interface WorldChain {
  /** Most derived first. */
  readonly links: readonly SourceDocument[];
  readonly merged: unknown;
  readonly problems: readonly Problem[];
}

function extendsOf(source: SourceDocument): unknown {
  const data = source.data;
  return data !== null && typeof data === "object" && !Array.isArray(data)
    ? (data as Record<string, unknown>).extends
    : undefined;
}

export function followChain(first: SourceDocument, readLinked: ReadLinked = readLinkedFromDisk): WorldChain {
  const links: SourceDocument[] = [first];
  if (first.problems.length > 0) return { links, merged: undefined, problems: first.problems };
  const seen = new Set([resolve(first.file)]);
  let current = first;
  for (;;) {
    const target = extendsOf(current);
    if (target === undefined || target === null) break;
    const where = () => ({ ...locate(current, ["extends"]), path: "extends" });
    if (typeof target !== "string") {
      return fail(links, problem(current.file, "expected the path of a world file", where()));
    }
    const path = resolve(dirname(current.file), target);
    if (seen.has(path)) return fail(links, problem(current.file, `'${target}' makes a cycle`, where()));
    if (links.length > MAX_EXTENDS_DEPTH)
      return fail(
        links,
        problem(current.file, `chains are at most ${MAX_EXTENDS_DEPTH} files deep`, where()),
      );
    seen.add(path);
    const next = readLinked(path);
    if (next.problems.length > 0) {
      const cause = next.problems[0]!;
      if (next.doc === null && cause.line === 0)
        return fail(links, problem(current.file, `${target}: ${cause.message}`, where()));
      return fail(links, ...next.problems);
    }
    const kind = (next.data as Record<string, unknown> | null)?.kind;
    if (kind !== "world")
      return fail(links, problem(current.file, `${target} is not a world file (kind: world)`, where()));
    links.push(next);
    current = next;
  }
  let merged: unknown;
  for (const link of [...links].reverse()) {
    const data = link === first ? link.data : ownKeysOnly(link.data);
    merged = merged === undefined ? data : deepMerge(merged, data);
  }
  return { links, merged, problems: [] };
}

/** Keys that name a file and are never inherited through `extends`. */
export const NOT_INHERITED = ["id", "name", "description", "extends"];

function ownKeysOnly(data: unknown): unknown {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return data;
  const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const key of NOT_INHERITED) delete out[key];
  return out;
}

function fail(links: SourceDocument[], ...problems: Problem[]): WorldChain {
  return { links, merged: undefined, problems };
}

/** How many leading segments of `path` exist in the document. */
function depthIn(source: SourceDocument, path: Path): number {
  for (let k = path.length; k > 0; k--) if (nodeAt(source, path.slice(0, k)).complete) return k;
  return 0;
}

/** The problem of an issue, located in the file of the chain that supplies its path. */
export function chainIssueToProblem(links: readonly SourceDocument[], item: Issue): Problem {
  let best = links[0]!;
  let bestDepth = -1;
  for (const link of links) {
    const depth = depthIn(link, item.path);
    if (depth > bestDepth) {
      best = link;
      bestDepth = depth;
    }
  }
  const { line, column } = locate(best, item.path, item.atKey);
  return problem(best.file, item.message, { line, column, path: formatPath(item.path), hint: item.hint });
}
