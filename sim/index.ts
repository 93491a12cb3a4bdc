/**
 * planbench's library API: what `import * as pb from "planbench"` gives a script or notebook.
 * The same functions the CLI calls, re-exported from one place and grouped by task; everything
 * listed here is stable (a change to a name or signature is a breaking change of the package).
 * Paths are files on disk, relative to the working directory; bad input throws InputError naming
 * file, line and what was expected (`formatProblem` prints each problem the way the CLI does).
 *
 * Typical use (see notebooks/):
 *   const history = runBacktest({ variants: [parseVariantSpec("scenarios/plans/ae-outcome.yaml")], data: "data/sample" });
 *   const sim = await simulate("scenarios/experiments/quick.yaml", { trials: 20 }); // in-process
 *   sim.summary.cells[0].metrics["cost.total"].mean;
 *   await chart(reportCharts(sim.out)[0]); // inline SVG in a notebook
 */
// biome-ignore-all assist/source/organizeImports: exports are grouped by task, each with its doc comment

// ── errors ──────────────────────────────────────────────────────────────────────────────────
/** Bad input: `.problems` lists every problem (file, line, column, message, hint). */
export { formatProblem, InputError, type Problem } from "./errors.js";
/** The package version written into every output's reproducibility block. */
export { PLANBENCH_VERSION } from "./version.js";

// ── plans: load, validate, evaluate, explain ────────────────────────────────────────────────
/** Read, validate and normalize a plan file (YAML or JSON); throws InputError. */
export { loadPlanFile } from "./language/loadPlan.js";
/** Validate plan text without throwing: `{ plan, problems }` (plan is null on any problem). */
export { type PlanResult, parsePlan } from "./language/loadPlan.js";
/** Every problem of a plan, world or experiment file (the `planbench validate` check). */
export { validateFile } from "./language/validateDocument.js";
/** The canonical (normalized) plan and its parts. */
export type { Component, Plan } from "./language/canonical.js";
/** A rep's role (AE, AM, CSM, SDR). */
export type { Role } from "./core/vocabulary.js";
/** Read a ledger file (YAML, or a CSV of events) as used by `planbench explain`. */
export { type LedgerFile, loadLedgerFile } from "./plan/ledgerFile.js";
/** Ledgers: one rep's dated credit events and observations. */
export type { Ledger, LedgerEvent, Observation, RepInfo } from "./core/ledger.js";
/** All reps' statements under a plan, with the plan's budget cap applied (as the CLI and backtest). */
export { evaluatePlan, type PlanEvaluation } from "./api/evaluatePlan.js";
/** The payout evaluator for one ledger (pure); compilePlan once to evaluate many ledgers. */
export { type CompiledPlan, compilePlan, type EvaluationRange, evaluate } from "./plan/evaluate.js";
/** Scale a fiscal year's statements down to the plan budget (spans reps). */
export { applyBudgetCap } from "./plan/budget.js";
/** Statements as the readable, line-by-line text of `planbench explain`; the default range. */
export { defaultRange, formatStatement, formatStatements } from "./plan/explain.js";
/** A pay statement: one rep, one period, lines with their arithmetic, total in cents. */
export type { LineItem, LineKind, PeriodInfo, Statement } from "./plan/statement.js";

// ── historical data ─────────────────────────────────────────────────────────────────────────
/** Load a history: a folder of canonical tables or a mapping file for a foreign export. */
export { type BadRowPolicy, type LoadedDataset, type LoadOptions, loadDataset } from "./data/load.js";
/** Canonical tables as typed rows. */
export type { CanonicalTables } from "./data/rows.js";
/** Per-rep ledgers built from canonical tables (what the backtest replays). */
export { type LedgerOptions, toLedgers } from "./data/toLedgers.js";
/** A synthetic history with the sample's generator (the bundled data/sample is seed 42). */
export { DEFAULT_GENERATE, type GenerateOptions, generateSample } from "./data/generate/index.js";

// ── backtest: replay history under plan variants ────────────────────────────────────────────
/** `planbench backtest`: statements, metrics, customer outcomes and group baselines per variant. */
export {
  type BacktestOptions,
  type BacktestResult,
  type BacktestVariant,
  runBacktest,
} from "./backtest/runBacktest.js";
/** The history range a backtest or calibration uses (months of won deals; from/to override). */
export { resolveRange } from "./backtest/runBacktest.js";
/** A variant from a `--plan` value: `FILE` or `NAME=FILE1,FILE2`. */
export { parseVariantSpec, type VariantSpec } from "./backtest/variant.js";
/** The JSON summary.json of a backtest (metrics by id, customer outcomes, baselines). */
export { backtestSummary } from "./backtest/writeBacktest.js";
/** Write a backtest's output folder (statements, summary.json, report.md) as `backtest --out` does. */
export { type SavedBacktest, saveBacktest } from "./api/reportCharts.js";
/** The Markdown comparison `planbench backtest` prints (from its summary.json). */
export { backtestMarkdown } from "../reports/markdown/backtest.js";
/** Baselines per team, region and segment (pay and attainment per variant, customer outcomes). */
export type { GroupBaseline, PayBaseline } from "./backtest/baselines.js";
/** A backtest variant's metrics by id, and per-rep figures. */
export type { RepFigures, VariantDetail, VariantMetrics } from "./backtest/variantMetrics.js";
/** Customer outcomes of a history (NRR, GRR, logo churn, activation, adoption, NPS). */
export type { CustomerOutcomes } from "./backtest/customerOutcomes.js";

// ── pilot design ────────────────────────────────────────────────────────────────────────────
/** `planbench pilot`: baseline card, DiD power and MDE per pilot size × duration, a recommendation. */
export { DEFAULT_REPLICATES, designPilot, type PilotDesign, type PilotOptions } from "./pilot/designPilot.js";
/** The pilot's Markdown summary (pre-registration) and output files (pilot.json, preregistration.*). */
export { pilotJson, pilotSummary, writePilot } from "./pilot/writePilot.js";
/** Power-grid cells and per-outcome designs of a pilot. */
export type { GridCell, OutcomeDesign } from "./pilot/powerGrid.js";
/** The pilot group's and the rest's baseline figures (attainment, pay, cost ratio, NRR, NPS …). */
export type { BaselineCard, BaselineSide, Figure } from "./pilot/baselineCard.js";
/** A run whose candidate − control differences become a pilot's target effects (PilotOptions.response). */
export type { ResponseOptions, SimulatedResponse } from "./pilot/simulatedResponse.js";
/** Outcomes a pilot can be sized on, with their default target effects. */
export { OUTCOME_INFO, PILOT_OUTCOMES, type PilotOutcome } from "./pilot/outcomes.js";

// ── simulation ──────────────────────────────────────────────────────────────────────────────
/** Read, validate and normalize an experiment file and its plans and worlds; throws InputError. */
export {
  type LoadedExperiment,
  loadExperimentFile,
  parseExperiment,
} from "./language/experiment/loadExperiment.js";
/** Read a world (market scenario) file for a horizon of `months`. */
export { loadWorldFile } from "./language/world/loadWorld.js";
/** World and experiment parameters (normalized). */
export type { ExperimentParams } from "./language/experiment/experimentParams.js";
/** A customer segment (SMB, MM, ENT). */
export type { Segment } from "./core/vocabulary.js";
/** A world's (market scenario's) parameters, normalized. */
export type { WorldParams } from "./core/world.js";
/** Run an experiment in-process (workers: 0 by default) into a temp folder; returns summary.json's contents. */
export { type Simulation, type SimulateOptions, simulate } from "./api/simulate.js";
/** `planbench run` with every option (worker pool, checkpoints, resume, shards). */
export {
  type RunProgress,
  type RunResult,
  type RunSettings,
  runExperiment,
} from "./engine/run/runExperiment.js";
/** `planbench merge`: shard files → the outputs of the unsharded run. */
export { mergeShards } from "./engine/run/mergeShards.js";
/** summary.json of a run: cells (means ± SE), paired differences, risk, gaming, reproducibility. */
export type {
  Reproducibility,
  RunSummary,
  StressSummary,
} from "./metrics/summary/runSummary.js";
/** The Markdown comparison `planbench run` prints (report.md). */
export { runMarkdown } from "../reports/markdown/run.js";
/** Rows of trials.arrow / reps.arrow as plain objects keyed by column (metric ids). */
export { type ArrowRow, readArrowRows } from "./api/readTrials.js";
/** The trials per block the CLI uses (results depend on block size, not on workers). */
export { DEFAULT_BLOCK_SIZE } from "./engine/blocks.js";

// ── calibration ─────────────────────────────────────────────────────────────────────────────
/** `planbench calibrate` without writing: fitted world, evidence per parameter, fit check. */
export {
  baselineWorldPath,
  type CalibrateOptions,
  calibrate,
  type HistoryCalibration,
  historyPlanPath,
} from "./api/calibrate.js";
/** The behaviour fit of a calibrated world (planbench calibrate's behaviour mix and its check). */
export { type BehaviourFitRecord, calibrateBehaviour } from "./calibrate/calibrateBehaviour.js";
/** The fit itself, on already-loaded tables and a base world. */
export { type Calibration, calibrateWorld } from "./calibrate/calibrateWorld.js";
/** A fitted parameter with its evidence (n, method, fitted or base). */
export type { Evidence } from "./calibrate/evidence.js";
/** Fitted vs historical deal size and cycle per segment, with the two-sample KS distance. */
export { type FitCheckRow, fitCheck } from "./calibrate/fitCheck.js";
/** A calibrated world as the text of a world file. */
export { worldYaml } from "./calibrate/worldYaml.js";
/**
 * An experiment's history world (`world: {history}`) read, un-gamed and its behaviour fitted: an
 * ordinary ExperimentParams every trial resamples (`simulate` and `planbench run` call it).
 */
export { type ResolvedHistory, resolveHistory } from "./history/resolveHistory.js";

// ── metrics and estimates ───────────────────────────────────────────────────────────────────
/** The metric registry: every metric id (DESIGN §8) with its label, unit, direction, group and definition. */
export {
  METRIC_BY_ID,
  METRIC_BY_ID as METRIC_DEFINITION_BY_ID,
  METRICS,
  METRICS as METRIC_DEFINITIONS,
  type MetricDirection,
  type MetricSpec,
  type MetricSpec as MetricDefinition,
  type MetricUnit,
  metricSpec,
} from "./metrics/registry/index.js";
/** Plain-language metric names ("Total cost" for cost.total) and a metric's unit and definition
 *  (from a run's own summary.json `metrics`, then METRIC_DEFINITIONS), as the reports print them. */
export { type MetricInfo, metricInfo, metricLabel } from "../reports/metricLabels.js";
/**
 * The summary contract: parsers that read a run's or a backtest's summary.json or a pilot.json
 * into its typed form, or throw an InputError naming the file and the first bad path.
 */
export {
  type ReportSummary,
  parseBacktestSummary,
  parsePilotSummary,
  parseReportSummary,
  parseRunSummary,
} from "./metrics/summary/parse.js";
/** The zod schemas of the summaries (their JSON Schemas: reports/schema/) and the types they give. */
export { backtestSummarySchema, type BacktestSummary } from "./metrics/summary/backtestSummary.js";
/** pilot.json's schema and type. */
export { pilotSummarySchema, type PilotSummary } from "./metrics/summary/pilotSummary.js";
/** A run's summary.json schema. */
export { runSummarySchema } from "./metrics/summary/runSummary.js";
/** The summaries' `schemaVersion`. */
export { SUMMARY_SCHEMA_VERSION } from "./metrics/summary/version.js";
/** An output folder's summary.json, parsed: `{ file, parsed: { kind, summary } }`. */
export { readSummaryJson as readSummary } from "../reports/load/readJson.js";
/** Monte Carlo estimates as they appear in summary.json. */
export type {
  AnyEstimate,
  CvarEstimate,
  Interval,
  MetricEstimate,
  ProportionEstimate,
  QuantileEstimate,
} from "./metrics/montecarlo/estimate.js";
/** A paired difference of a variant vs the first one (same trials), as in summary.json's `paired`. */
export type { PairedDifferenceEstimate } from "./metrics/montecarlo/pairedDifference.js";
/** An estimate as text: `12.3% ± 0.4%` (means) or `4.1% [3.3%, 5.0%]` (proportions, quantiles). */
export { type EstimateFormatOptions, formatEstimate } from "../reports/formatEstimate.js";
/** A summary.json figure (mean, paired difference, quantile, proportion) as text, as the reports print it. */
export {
  formatFigure,
  type MeanFigure,
  type PairedFigure,
  type ProportionFigure,
  type QuantileFigure,
  type SummaryFigure,
} from "../reports/formatFigure.js";
/** Money, shares and numbers formatted as in every planbench output. */
export { formatMoney, formatNumber, formatPercent } from "../reports/format.js";

// ── reports and charts ──────────────────────────────────────────────────────────────────────
/** `planbench report DIR`: report.html (inline SVG charts), report.md, chart specs/SVGs, CSV tables. */
export { type ReportOptions, type ReportOutputs, writeReport } from "../reports/writeReport.js";
/** The report's charts of a run or backtest output folder (id, title, caption, metric ids, spec). */
export { reportCharts } from "./api/reportCharts.js";
/** A chart as the report builders return it. */
export type { Chart } from "../reports/charts/chart.js";
/** Vega-lite → SVG (the reports' theme) and SVG → PNG, in-process. */
export { renderPng, renderSvg } from "../reports/charts/render.js";

// ── notebook display ────────────────────────────────────────────────────────────────────────
/** A spec or report chart rendered to SVG; `chart` displays inline in a notebook. */
export { chart, chartSvg, type NotebookChart } from "./api/chart.js";
/** Markdown and Markdown tables that display rendered in a notebook; `show` displays one explicitly. */
export { type Displayable, JUPYTER_DISPLAY, markdown, show, table } from "./api/display.js";
/**
 * Write one simulated trial of an experiment as canonical history tables with truth.json (the
 * simulation's own per-rep pay, new ARR and timing profile): `planbench generate-data --from-experiment`.
 */
export {
  SIMULATED_POPULATIONS,
  type SimulatedHistoryManifest,
  type SimulatedHistoryOptions,
  type SimulatedHistoryResult,
  type SimulatedHistoryTruth,
  type SimulatedPopulation,
  simulatedHistory,
  writeSimulatedHistory,
} from "./engine/history/simulatedHistory.js";
