/**
 * Ledger files for `planbench explain` and backtests of small cases (format in README.md):
 *  - YAML (or JSON): `{reps: [...], events: [...], observations: [...], quotas: [...]}`;
 *  - CSV: an events file (`rep,date,type,account,deal,arr,tcv,termMonths,discount,milestone`,
 *    optional `id`), with optional `reps.csv`, `observations.csv` and `quotas.csv` beside it —
 *    or a directory holding `events.csv` and those.
 * Every bad row is reported as `file:line: column: what was expected`; nothing is dropped.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Ledger, LedgerEvent, RepInfo } from "../core/ledger.js";
import type { Role } from "../core/vocabulary.js";
import { didYouMean, InputError, type Problem, problem } from "../errors.js";
import { readInputFile } from "../language/readInputFile.js";
import { outsideAssignments, readAssignments, withAssignments } from "./ledgerAssignments.js";
import {
  CREDITING_TYPES,
  DEFAULT_HIRE_DATE,
  type ObservationRow,
  type QuotaRow,
  type Row,
  RowReader,
  readEvent,
  readObservation,
  readQuota,
  readRep,
} from "./ledgerRows.js";

export interface LedgerFile {
  readonly reps: readonly RepInfo[];
  /** Not errors, but worth saying: events outside every assignment of their rep. */
  readonly warnings: readonly Problem[];
  /** One ledger per rep, in rep order; events sorted by date then id. */
  readonly ledgers: readonly Ledger[];
}

export interface LoadLedgerOptions {
  /** Role of reps that are not listed (CSV without reps.csv). */
  readonly defaultRole?: Role;
}

export function loadLedgerFile(path: string, options: LoadLedgerOptions = {}): LedgerFile {
  const isDir = existsSync(path) && statSync(path).isDirectory();
  const ext = extname(path).toLowerCase();
  if (isDir || ext === ".csv") return loadCsvLedger(isDir ? join(path, "events.csv") : path, options);
  return loadYamlLedger(path, options);
}

function readText(path: string): string {
  const read = readInputFile(path);
  if (!read.ok) throw new InputError(read.problems);
  return read.text;
}

const SECTIONS = ["reps", "events", "observations", "quotas", "assignments"];

function loadYamlLedger(path: string, options: LoadLedgerOptions): LedgerFile {
  const lines = new LineCounter();
  const doc = parseDocument(readText(path), { lineCounter: lines, prettyErrors: false });
  const pos = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    throw new InputError(doc.errors.map((e) => problem(path, e.message.split("\n")[0]!, pos(e.pos[0]))));
  }
  const problems: Problem[] = [];
  if (!isMap(doc.contents))
    throw new InputError([problem(path, "expected a mapping with reps, events and observations")]);
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown }).value ?? pair.key);
    if (!SECTIONS.includes(key)) {
      const at = pos((pair.key as Node).range?.[0] ?? 0);
      problems.push(
        problem(path, `unknown key '${key}'`, {
          ...at,
          path: key,
          hint: didYouMean(key, SECTIONS),
        }),
      );
    }
  }
  const rows = (key: string): Row[] => {
    const seq = doc.contents !== null && isMap(doc.contents) ? doc.contents.get(key, true) : undefined;
    if (seq === undefined || seq === null) return [];
    if (!isSeq(seq)) {
      problems.push(
        problem(path, `${key} must be a list`, { ...pos((seq as Node).range?.[0] ?? 0), path: key }),
      );
      return [];
    }
    return seq.items.map((item, i) => {
      const start = pos((item as Node).range?.[0] ?? 0);
      if (!isMap(item)) {
        problems.push(
          problem(path, `each entry of ${key} must be a mapping`, { ...start, path: `${key}[${i}]` }),
        );
        return { file: path, line: start.line, fields: {}, where: () => start };
      }
      const fields: Record<string, unknown> = {};
      const at = new Map<string, { line: number; column: number }>();
      for (const pair of item.items) {
        const name = String((pair.key as { value?: unknown }).value ?? pair.key);
        const value = pair.value as Node | null;
        fields[name] = value === null ? null : (value as { toJSON(): unknown }).toJSON();
        at.set(name, pos(value?.range?.[0] ?? (pair.key as Node).range?.[0] ?? 0));
      }
      return { file: path, line: start.line, fields, where: (f: string) => at.get(f) ?? start };
    });
  };
  return assemble(
    rows("reps"),
    rows("events"),
    rows("observations"),
    problems,
    options,
    rows("quotas"),
    rows("assignments"),
    path,
  );
}

function csvRows(path: string, required: readonly string[]): Row[] {
  const text = readText(path);
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      bom: true,
    }) as typeof records;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new InputError([
      problem(path, `not valid CSV: ${e.message ?? String(error)}`, { line: e.lines ?? 0 }),
    ]);
  }
  const header = (text.split(/\r?\n/, 1)[0] ?? "").split(",").map((h) => h.trim().replace(/^"|"$/g, ""));
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError(
      missing.map((c) =>
        problem(path, `missing column '${c}'`, { line: 1, path: c, hint: didYouMean(c, header) }),
      ),
    );
  }
  return records.map(({ record, info }) => {
    const fields: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) if (v !== "") fields[k] = v;
    return { file: path, line: info.lines, fields, where: () => ({ line: info.lines, column: 0 }) };
  });
}

function loadCsvLedger(eventsPath: string, options: LoadLedgerOptions): LedgerFile {
  const problems: Problem[] = [];
  const dir = dirname(eventsPath);
  const events = csvRows(eventsPath, ["rep", "date", "type", "account"]);
  const repsPath = join(dir, "reps.csv");
  const obsPath = join(dir, "observations.csv");
  const reps = existsSync(repsPath) ? csvRows(repsPath, ["id"]) : null;
  const observations = existsSync(obsPath) ? csvRows(obsPath, ["metric", "date", "value"]) : [];
  const quotasPath = join(dir, "quotas.csv");
  const quotas = existsSync(quotasPath) ? csvRows(quotasPath, ["rep", "metric", "fiscalYear", "annual"]) : [];
  const assignmentsPath = join(dir, "assignments.csv");
  const assignments = existsSync(assignmentsPath) ? csvRows(assignmentsPath, ["rep", "from"]) : [];
  return assemble(reps, events, observations, problems, options, quotas, assignments, eventsPath);
}

/** Build the ledgers; reps === null means "infer reps from the events". */
function assemble(
  repRows: Row[] | null,
  eventRows: Row[],
  obsRows: Row[],
  problems: Problem[],
  options: LoadLedgerOptions,
  quotaRows: Row[] = [],
  assignmentRows: Row[] = [],
  file = "",
): LedgerFile {
  const reps: RepInfo[] = [];
  const repIds = new Set<string>();
  for (const row of repRows ?? []) {
    const rep = readRep(new RowReader(row, problems));
    if (repIds.has(rep.id))
      problems.push(problem(row.file, `duplicate rep id '${rep.id}'`, { line: row.line, path: "id" }));
    repIds.add(rep.id);
    reps.push(rep);
  }
  const infer = repRows === null || (repRows.length === 0 && eventRows.length > 0);
  const events: (LedgerEvent & { rep: string })[] = [];
  const eventIds = new Set<string>();
  const dealLines = new Map<string, number>();
  eventRows.forEach((row, i) => {
    const r = new RowReader(row, problems);
    const e = readEvent(r, i + 1);
    if (eventIds.has(e.id))
      problems.push(problem(row.file, `duplicate event id '${e.id}'`, { ...row.where("id"), path: "id" }));
    eventIds.add(e.id);
    if (CREDITING_TYPES.includes(e.type) && e.deal !== "") {
      // a rep is credited a deal once (the same deal in two reps' events is a split credit)
      const key = `${e.rep}\u0000${e.deal}`;
      const first = dealLines.get(key);
      if (first !== undefined)
        problems.push(
          problem(row.file, `deal '${e.deal}' is credited to rep '${e.rep}' twice (also at line ${first})`, {
            ...row.where("deal"),
            path: "deal",
            hint: "give each booking, expansion and renewal its own deal id",
          }),
        );
      else dealLines.set(key, row.line);
    }
    if (e.rep !== "" && !repIds.has(e.rep)) {
      if (infer) {
        repIds.add(e.rep);
        reps.push({
          id: e.rep,
          name: e.rep,
          role: options.defaultRole ?? "AE",
          team: "",
          region: "",
          segment: "",
          hireDate: DEFAULT_HIRE_DATE,
          terminationDate: null,
          planStart: null,
          planEnd: null,
        });
      } else {
        problems.push(
          problem(row.file, `unknown rep '${e.rep}'`, {
            ...row.where("rep"),
            path: "rep",
            hint: didYouMean(e.rep, repIds),
          }),
        );
      }
    }
    events.push(e);
  });
  const observations: ObservationRow[] = [];
  for (const row of obsRows) {
    const o = readObservation(new RowReader(row, problems));
    if (o.rep !== "" && !repIds.has(o.rep)) {
      problems.push(
        problem(row.file, `unknown rep '${o.rep}'`, {
          ...row.where("rep"),
          path: "rep",
          hint: didYouMean(o.rep, repIds),
        }),
      );
    }
    observations.push(o);
  }
  const quotas = readQuotas(quotaRows, repIds, problems);
  const assignments = readAssignments(assignmentRows, repIds, problems);
  if (problems.length > 0) throw new InputError(problems);
  const byDateThenId = (a: LedgerEvent, b: LedgerEvent) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const plain = reps.map((rep) => ({
    rep,
    events: events
      .filter((e) => e.rep === rep.id)
      .map(({ rep: _rep, ...e }) => e)
      .sort(byDateThenId),
    observations: observations
      .filter((o) => (o.rep === "" || o.rep === rep.id) && (o.team === "" || o.team === rep.team))
      .map(({ metric, scope, date, value }) => ({ metric, scope, date, value })),
    ...withQuotas(quotas, rep.id),
  }));
  const ledgers = plain.map((l) => withAssignments(l, assignments));
  return { reps, ledgers, warnings: ledgers.flatMap((l) => outsideAssignments(file, l)) };
}

/** Per-rep quota rows: known reps, one per (rep, metric, fiscal year). */
function readQuotas(rows: readonly Row[], repIds: ReadonlySet<string>, problems: Problem[]): QuotaRow[] {
  const out: QuotaRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const q = readQuota(new RowReader(row, problems));
    if (q.rep !== "" && !repIds.has(q.rep)) {
      problems.push(
        problem(row.file, `unknown rep '${q.rep}'`, {
          ...row.where("rep"),
          path: "rep",
          hint: didYouMean(q.rep, repIds),
        }),
      );
    }
    const key = `${q.rep}\u0000${q.metric}\u0000${q.fiscalYear}`;
    if (seen.has(key)) {
      problems.push(
        problem(row.file, `a second ${q.metric} quota for rep '${q.rep}' in FY${q.fiscalYear}`, {
          ...row.where("fiscalYear"),
          path: "fiscalYear",
        }),
      );
    }
    seen.add(key);
    out.push(q);
  }
  return out;
}

/** `{quotas}` for a rep that has any (absent otherwise, so ledgers without quotas are as before). */
function withQuotas(quotas: readonly QuotaRow[], rep: string): Pick<Ledger, "quotas"> {
  const mine = quotas
    .filter((q) => q.rep === rep)
    .map(({ metric, fiscalYear, annual }) => ({ metric, fiscalYear, annual }));
  return mine.length > 0 ? { quotas: mine } : {};
}
