/**
 * Loading a mapping file: YAML with positions, zod validation, then checks that need the whole
 * file (sources named by tables exist, expressions parse). Every problem has file:line:col.
 */
import { readFileSync } from "node:fs";
import { didYouMean, InputError, type Problem, problem } from "../../errors.js";
import { parseExpression } from "../../language/expression.js";
import type { Issue, Path } from "../../language/issue.js";
import { checkSchema } from "../../language/schemaIssues.js";
import { issueToProblem, locate, readSource, type SourceDocument } from "../../language/source.js";
import { columnNames, isTableName } from "../tables.js";
import { type DatasetsDir, resolveDatasetsDir } from "./datasetsDir.js";
import { type Mapping, mappingSchema, type TableRule, tableSchemaFor } from "./schema.js";

export interface LoadedMapping {
  readonly file: string;
  readonly mapping: Mapping;
  /** Absolute directory the source paths resolve against. */
  readonly datasetsDir: string;
  /** Where datasetsDir came from (the mapping, --datasets or PLANBENCH_DATASETS), for messages. */
  readonly datasetsOrigin: DatasetsDir["origin"];
  readonly source: SourceDocument;
}

export interface MappingOptions {
  /** Overrides the mapping's `datasets` directory (CLI --datasets, env PLANBENCH_DATASETS). */
  readonly datasetsDir?: string;
}

export function loadMapping(path: string, options: MappingOptions = {}): LoadedMapping {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new InputError([problem(path, "mapping file not found or not readable")]);
  }
  const source = readSource(text, path);
  if (source.problems.length > 0) throw new InputError(source.problems);
  const checked = checkSchema(mappingSchema, source.data);
  if (!checked.ok) throw new InputError(checked.issues.map((i) => issueToProblem(source, i)));
  const tables: Record<string, TableRule> = {};
  const issues: Issue[] = [];
  for (const [table, value] of Object.entries(checked.value.tables)) {
    if (value === undefined) continue;
    const result = checkSchema(tableSchemaFor(table, value), value);
    if (result.ok) tables[table] = result.value as TableRule;
    else issues.push(...result.issues.map((i) => ({ ...i, path: ["tables", table, ...i.path] })));
  }
  if (issues.length > 0) throw new InputError(issues.map((i) => issueToProblem(source, i)));
  const mapping: Mapping = { ...checked.value, tables };
  const problems = crossCheck(mapping, source);
  if (problems.length > 0) throw new InputError(problems);
  const datasets = resolveDatasetsDir(path, mapping.datasets, options.datasetsDir);
  return { file: path, mapping, datasetsDir: datasets.dir, datasetsOrigin: datasets.origin, source };
}

function crossCheck(mapping: Mapping, source: SourceDocument): Problem[] {
  const problems: Problem[] = [];
  const at = (path: Path, message: string, hint = ""): void => {
    const { line, column } = locate(source, path);
    problems.push(problem(source.file, message, { line, column, path: path.join("."), hint }));
  };
  const sources = Object.keys(mapping.sources);
  const checkSource = (path: Path, name: string): void => {
    if (!sources.includes(name))
      at(path, `unknown source '${name}'`, didYouMean(name, sources) || `sources: ${sources.join(", ")}`);
  };
  const checkExpr = (path: Path, text: string): void => {
    const parsed = parseExpression(text);
    if (!parsed.ok) at(path, `invalid expression: ${parsed.message}`);
  };
  for (const [table, spec] of Object.entries(mapping.tables)) {
    if (!spec || !isTableName(table)) continue;
    const base: Path = ["tables", table];
    if ("from" in spec) {
      checkSource([...base, "from"], spec.from);
      spec.skip?.forEach((s, i) => {
        checkExpr([...base, "skip", i, "when"], s.when);
      });
      const known = columnNames(table);
      const produced = [...Object.keys(spec.columns), ...Object.keys(spec.aggregate?.columns ?? {})];
      for (const column of produced) {
        if (!known.includes(column))
          at(
            [...base, "columns", column],
            `'${column}' is not a column of ${table}`,
            didYouMean(column, known),
          );
      }
      for (const [column, rule] of Object.entries(spec.columns)) {
        if (typeof rule === "object" && "expr" in rule)
          checkExpr([...base, "columns", column, "expr"], rule.expr);
        if (typeof rule === "object" && "lookup" in rule)
          checkSource([...base, "columns", column, "lookup", "from"], rule.lookup.from);
      }
    } else if ("subscriptions" in spec) {
      checkSource([...base, "subscriptions", "from"], spec.subscriptions.from);
      spec.subscriptions.skip?.forEach((s, i) => {
        checkExpr([...base, "subscriptions", "skip", i, "when"], s.when);
      });
      if (spec.subscriptions.churn)
        checkSource([...base, "subscriptions", "churn", "from"], spec.subscriptions.churn.from);
    } else if ("rule" in spec && spec.rule === "file" && !spec.file) {
      at([...base, "rule"], "rule 'file' needs a 'file' key naming the assignments CSV");
    }
  }
  return problems;
}
