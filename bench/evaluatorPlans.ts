/**
 * Evaluator throughput per example plan (DESIGN §11: ≥ 1 M rep-period evaluations/s/core for
 * every example plan, vesting included) on the ledgers the simulation pays: one honest world of
 * the reference experiment (250 reps, 8 quarters + a 4-quarter tail), seen through each plan of
 * scenarios/plans (withPlans: the plan's reps and observations), every paid rep evaluated over
 * the whole simulation with explain off. CPU of the main thread, not wall time (shared machine).
 *
 * Three figures per plan: `pay` (the value) times what sim/trial/pay.ts does per rep — the rep's
 * rows of the world's event table (worldColumns.ts), then evaluateColumns — so it includes
 * handing the events over; `columns` times evaluateColumns on those column ledgers built
 * beforehand; `ledgers` times evaluate on Ledger objects built beforehand (the history path:
 * objects converted to columns, then the same evaluator).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { planResponse } from "../sim/behavior/planResponse.js";
import type { ColumnLedger } from "../sim/core/eventColumns.js";
import type { Ledger } from "../sim/core/ledger.js";
import type { Plan } from "../sim/language/canonical.js";
import { loadExperimentFile } from "../sim/language/experiment/loadExperiment.js";
import { loadPlanFile } from "../sim/language/loadPlan.js";
import { type CompiledPlan, compilePlan, evaluate, evaluateColumns } from "../sim/plan/evaluate.js";
import { repInfo, repLedger } from "../sim/trial/pay.js";
import { repColumns, worldColumns } from "../sim/trial/worldColumns.js";
import { withPlans } from "../sim/world/planView.js";
import { simulateWorld } from "../sim/world/simulateWorld.js";
import type { WorldState } from "../sim/world/state.js";
import { mainThreadCpuSeconds } from "./clocks.js";
import type { BenchResult } from "./types.js";

const PLANS_DIR = "scenarios/plans";
const EXPERIMENT = "scenarios/experiments/reference.yaml";

/** The reference experiment's first honest world (no plan read while it runs). */
export function referenceWorld(trial = 0): WorldState {
  const e = loadExperimentFile(EXPERIMENT).params;
  const scenario = e.scenarios[0]!;
  return simulateWorld({
    seed: e.seed,
    trial,
    start: e.start,
    horizonMonths: e.horizonMonths,
    tailMonths: e.tailMonths,
    world: scenario.world,
    scenarioName: scenario.randomKey ?? scenario.name,
    population: e.population,
    mode: { kind: "honest" },
    plans: {},
    responses: {},
    decide: null,
  });
}

/** Rep-periods per CPU second of `run` (which evaluates `periods` rep-periods): best of rounds of ≥ `seconds`. */
function rate(
  run: () => number,
  periods: number,
  rounds = 3,
  seconds = 1,
): { best: number; checksum: number } {
  let checksum = run(); // warm-up
  for (let i = 0; i < 2; i++) checksum += run();
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = mainThreadCpuSeconds();
    let n = 0;
    let t = t0;
    while (t - t0 < seconds) {
      checksum += run();
      n++;
      t = mainThreadCpuSeconds();
    }
    best = Math.max(best, (n * periods) / (t - t0));
  }
  return { best, checksum };
}

interface PlanCase {
  readonly plan: Plan;
  readonly view: WorldState;
  readonly reps: readonly number[];
}

function planCase(world: WorldState, plan: Plan): PlanCase {
  const view = withPlans(world, { [plan.role]: plan }, { [plan.role]: planResponse(plan) });
  const reps: number[] = [];
  for (let r = 0; r < view.reps.length; r++) if (view.plans[r] === plan) reps.push(r);
  return { plan, view, reps };
}

function measure(c: PlanCase): BenchResult {
  const cp: CompiledPlan = compilePlan(c.plan);
  const s = c.view;
  const range = { start: s.cal.iso(s.cal.monthStart[0]!), end: s.cal.iso(s.cal.monthStart[s.months]! - 1) };
  const table = worldColumns(s.book.table);
  const columnLedger = (r: number) => repColumns(s, r, c.plan, table, repInfo(s, r));
  const ledgers: Ledger[] = c.reps.map((r) => repLedger(s, r, c.plan));
  const columns: ColumnLedger[] = c.reps.map(columnLedger);
  let periods = 0;
  let events = 0;
  for (const l of ledgers) {
    periods += evaluate(cp, l, range, { explain: false }).length;
    events += l.events.length;
  }
  const total = (statements: readonly { readonly totalCents: number }[]): number => {
    let s = 0;
    for (const st of statements) s += st.totalCents;
    return s;
  };
  const viaPay = rate(() => {
    let s = 0;
    for (const r of c.reps) s += total(evaluateColumns(cp, columnLedger(r), range, { explain: false }));
    return s;
  }, periods);
  const onColumns = rate(() => {
    let s = 0;
    for (const l of columns) s += total(evaluateColumns(cp, l, range, { explain: false }));
    return s;
  }, periods);
  const onLedgers = rate(() => {
    let s = 0;
    for (const l of ledgers) s += total(evaluate(cp, l, range, { explain: false }));
    return s;
  }, periods);
  return {
    name: `evaluator.plan.${c.plan.id}`,
    value: Math.round(viaPay.best),
    unit: "rep-periods/s",
    higherIsBetter: true,
    details: {
      evaluateOnColumns: Math.round(onColumns.best),
      evaluateOnLedgers: Math.round(onLedgers.best),
      reps: c.reps.length,
      repPeriods: periods,
      eventsPerRep: Math.round(events / Math.max(1, c.reps.length)),
      checksum: onLedgers.checksum + onColumns.checksum + viaPay.checksum,
      target: 1_000_000,
      note: "main-thread CPU; value = per rep as sim/trial/pay.ts pays it (the world's rows + evaluateColumns)",
    },
  };
}

export function benchEvaluatorPlans(only: readonly string[] = []): BenchResult[] {
  const world = referenceWorld();
  const files = readdirSync(PLANS_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  const out: BenchResult[] = [];
  for (const f of files) {
    const plan = loadPlanFile(join(PLANS_DIR, f));
    if (only.length > 0 && !only.includes(plan.id)) continue;
    out.push(measure(planCase(world, plan)));
  }
  return out;
}

const fmt = (x: unknown) => Number(x).toLocaleString("en-US").padStart(10);

if (process.argv[1]?.endsWith("evaluatorPlans.js")) {
  for (const r of benchEvaluatorPlans(process.argv.slice(2))) {
    const d = r.details;
    process.stdout.write(
      `${r.name.padEnd(38)} pay ${fmt(r.value)}  columns ${fmt(d.evaluateOnColumns)}  ledgers ${fmt(d.evaluateOnLedgers)}  reps ${d.reps}  events/rep ${d.eventsPerRep}\n`,
    );
  }
}
