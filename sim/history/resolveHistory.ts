/**
 * Resolving an experiment's history world (issue 17): reads the history (a folder or a mapping
 * file), lays out its AEs' deals by the historical AE plan's periods (historyDeals.ts), calibrates
 * the scenario world from it (historyWorldParams.ts), measures how to un-game it (ungaming.ts),
 * sets the population's AEs to the history's own, and fits the behaviour mix the historical plan
 * induced on the un-gamed pipeline (ungamingFit.ts), which every variant's reps then carry. The
 * result is an ordinary ExperimentParams with `history` set: the same trial layer, engine,
 * summary and report run it. Deterministic: the fit runs keyed trials of the experiment's seed.
 */
import { resolveRange } from "../backtest/runBacktest.js";
import { calibrateWorld } from "../calibrate/calibrateWorld.js";
import type { HistoryWorld } from "../core/history.js";
import { SEGMENTS } from "../core/vocabulary.js";
import type { HeadcountRow, HistoryProfiles } from "../core/world.js";
import { loadDataset } from "../data/load.js";
import type { CanonicalTables } from "../data/rows.js";
import { InputError, problem } from "../errors.js";
import type { Plan } from "../language/canonical.js";
import type { ExperimentParams, HistorySourceParams } from "../language/experiment/experimentParams.js";
import { periodWeeks } from "../trial/timingCurves.js";
import { backtestCheck } from "./backtestCheck.js";
import { baseWorld } from "./baseWorld.js";
import { historicalEffort } from "./effortScale.js";
import { historyLayout } from "./historyDeals.js";
import { historyReport } from "./historyReport.js";
import { historyWorldParams } from "./historyWorldParams.js";
import { noUngaming, ungaming } from "./ungaming.js";
import { fitUngaming, type UngamingFit } from "./ungamingFit.js";

export interface ResolvedHistory {
  readonly experiment: ExperimentParams;
  readonly tables: CanonicalTables;
  readonly range: { readonly start: string; readonly end: string };
  readonly profiles: HistoryProfiles | null;
  /** Null when the experiment says ungame: false or the history has no won deals. */
  readonly fit: UngamingFit | null;
}

function fail(src: HistorySourceParams, message: string, hint?: string): never {
  throw new InputError([
    problem(src.at.file, message, {
      line: src.at.line,
      column: src.at.column,
      path: "world.history",
      ...(hint ? { hint } : {}),
    }),
  ]);
}

function monthsPer(plan: Plan): number {
  return { month: 1, quarter: 3, half: 6, year: 12 }[plan.calendar.period];
}

/** AE rows from the history (by segment, in the history's rep order), then the experiment's other roles. */
function headcount(history: HistoryWorld, given: readonly HeadcountRow[]): HeadcountRow[] {
  const rows: HeadcountRow[] = [];
  for (const segment of SEGMENTS) {
    const count = history.reps.filter((r) => r.segment === segment).length;
    if (count > 0) rows.push({ role: "AE", segment, count });
  }
  return [...rows, ...given.filter((r) => r.role !== "AE")];
}

/** The experiment with its history world resolved; experiments without one come back as they are. */
export function resolveHistory(
  exp: ExperimentParams,
  elapsed: () => number = () => 0,
): ResolvedHistory | null {
  const src = exp.historySource;
  if (src === undefined || exp.history !== undefined) return null;
  // the AE plan's calendar lays out the blocks; a customer-side history (no AE plan, e.g.
  // ravenstack) is laid out by its first plan's and has no AE pipeline to resample
  const aePlan = src.historicalPlans.find((p) => p.role === "AE") ?? null;
  const calendarPlan = aePlan ?? src.historicalPlans[0];
  if (calendarPlan === undefined) fail(src, "the history world needs historicalPlans");
  const { tables } = loadDataset(src.path);
  const range = resolveRange(tables);
  const L = monthsPer(calendarPlan);
  const startMonth = Number(exp.start.slice(5, 7));
  if ((((startMonth - calendarPlan.calendar.fiscalYearStartMonth) % L) + L) % L !== 0)
    fail(
      src,
      `the experiment starts (${exp.start}) inside a period of the historical plan '${calendarPlan.id}': resampled periods must line up with the simulated ones`,
      `start the experiment on the first day of a ${calendarPlan.calendar.period}`,
    );
  const layout = historyLayout(tables, calendarPlan.calendar, range);
  if (layout.blockStart.length === 0)
    fail(
      src,
      `the history (${range.start} to ${range.end}) holds no whole ${calendarPlan.calendar.period} of plan '${calendarPlan.id}'`,
    );
  if (aePlan !== null && layout.reps.length === 0)
    fail(
      src,
      "the history has no AE with a closed (won or lost) opportunity, but the historical plans pay AEs",
    );
  const months = exp.horizonMonths + exp.tailMonths;
  const weeks = periodWeeks(calendarPlan.calendar);
  const calibrated = calibrateWorld(
    tables,
    range,
    baseWorld(months, startMonth),
    {
      id: "history",
      name: `History: ${src.written}`,
      description: `Calibrated from ${src.written}, ${range.start} to ${range.end}.`,
    },
    calendarPlan.calendar,
  ).world;
  const base = src.customers === "base" ? baseWorld(months, startMonth) : null;
  const world = historyWorldParams(
    base === null ? calibrated : { ...calibrated, customers: base.customers, surveys: base.surveys },
    layout.maxCycle,
    months,
  );
  const history: HistoryWorld = {
    source: src.written,
    range,
    blockMonths: L,
    blocks: layout.blockStart.length,
    reps: layout.reps,
    deals: layout.deals,
    ungaming: src.ungame
      ? ungaming(layout.deals, layout.blockStart, layout.blockEnd, weeks, L)
      : noUngaming(weeks),
    effortScale: 1,
  };
  let experiment: ExperimentParams = {
    ...exp,
    scenarios: [{ name: world.name, world, randomKey: "history" }],
    population: { ...exp.population, headcount: headcount(history, exp.population.headcount) },
    history,
  };
  const profiles = world.history ?? null;
  const fit =
    src.ungame && profiles !== null && aePlan !== null && layout.reps.length > 0
      ? fitUngaming(experiment, aePlan, profiles, src.fitTrials, elapsed)
      : null;
  if (fit !== null) {
    experiment = { ...experiment, population: { ...experiment.population, behaviour: fit.fit.behaviour } };
    const effortScale = historicalEffort(experiment, Math.max(8, 4 * src.fitTrials));
    experiment = { ...experiment, history: { ...history, effortScale } };
  }
  // the backtest check compares the AE plan's cost: only when the reference variant pays AEs alone
  const check =
    exp.variants[0]?.plans.length === 1 && aePlan !== null
      ? backtestCheck(
          tables,
          history,
          aePlan,
          layout.blockStart,
          layout.blockEnd,
          exp.horizonMonths,
          exp.seed,
        )
      : null;
  experiment = {
    ...experiment,
    historyReport: historyReport(experiment.history ?? history, experiment, fit, check),
  };
  return { experiment, tables, range, profiles, fit };
}
