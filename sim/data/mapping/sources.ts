/**
 * The source files of a mapping, each read once (size and encoding checked, confined to the
 * datasets folder: confine.ts) and named in problems by its path relative to that folder.
 */
import { didYouMean, InputError, problem } from "../../errors.js";
import { type RawCsv, readCsvFile } from "../csv.js";
import { confinedSource } from "./confine.js";
import { missingSource } from "./datasetsDir.js";
import type { LoadedMapping } from "./load.js";

export interface SourceSet {
  get(name: string): RawCsv;
  /** Column position (0-based) in a source, or a problem naming the nearest column. */
  columnIndex(name: string, column: string): number;
  /** First row index (0-based) of each value of `match` in source `name`. */
  index(name: string, match: string): ReadonlyMap<string, number>;
}

export function openSources(loaded: LoadedMapping, maxBytes?: number): SourceSet {
  // confinement first (a path leaving the folder is refused, not looked for), then every
  // missing source at once, with its resolved path and the fix
  for (const [name, relative] of Object.entries(loaded.mapping.sources))
    confinedSource(loaded, relative, `sources.${name}`);
  const datasets = { dir: loaded.datasetsDir, origin: loaded.datasetsOrigin };
  const missing = Object.values(loaded.mapping.sources).flatMap(
    (relative) => missingSource(datasets, loaded.file, loaded.mapping.datasets, relative) ?? [],
  );
  if (missing.length > 0) throw new InputError(missing);
  const cache = new Map<string, RawCsv>();
  const indexes = new Map<string, Map<string, number>>();
  const get = (name: string): RawCsv => {
    const hit = cache.get(name);
    if (hit) return hit;
    const relative = loaded.mapping.sources[name]!;
    const csv = readCsvFile(confinedSource(loaded, relative, `sources.${name}`), {
      maxBytes,
      displayName: displayName(relative),
    });
    cache.set(name, csv);
    return csv;
  };
  const columnIndex = (name: string, column: string): number => {
    const csv = get(name);
    const i = csv.header.indexOf(column);
    if (i < 0) {
      throw new InputError([
        problem(csv.file, `column '${column}' named in ${loaded.file} is not in this file`, {
          line: 1,
          path: column,
          hint: didYouMean(column, csv.header) || `columns: ${csv.header.join(", ")}`,
        }),
      ]);
    }
    return i;
  };
  const index = (name: string, match: string): ReadonlyMap<string, number> => {
    const key = `${name}\u0000${match}`;
    const hit = indexes.get(key);
    if (hit) return hit;
    const i = columnIndex(name, match);
    const map = new Map<string, number>();
    get(name).records.forEach((r, n) => {
      const v = r.fields[i]!.trim();
      if (!map.has(v)) map.set(v, n);
    });
    indexes.set(key, map);
    return map;
  };
  return { get, columnIndex, index };
}

/** `maven-crm/sales_pipeline.csv` rather than a long absolute path. */
function displayName(relative: string): string {
  return relative.replace(/^\.\//, "");
}
