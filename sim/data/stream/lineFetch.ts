/**
 * The fields of chosen records of a CSV file, found again by the line each record ends on: a
 * second pass over the file for the few rows whose source fields are needed after the first
 * pass (rows rejected or skipped once a whole table is known: aggregated, sorted or derived).
 */
import { readCsvRecords } from "./readRecords.js";

export function fetchRecords(
  path: string,
  file: string,
  lines: Iterable<number>,
  maxBytes?: number,
): Map<number, readonly string[]> {
  const wanted = new Set(lines);
  const found = new Map<number, readonly string[]>();
  if (wanted.size === 0) return found;
  readCsvRecords(
    path,
    file,
    (record) => {
      if (!wanted.has(record.line)) return true;
      found.set(record.line, record.fields);
      return found.size < wanted.size;
    },
    maxBytes,
    (line) => wanted.has(line),
  );
  return found;
}
