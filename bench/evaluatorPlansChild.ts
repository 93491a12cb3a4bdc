/**
 * Child of evaluatorPlans.ts: the exact evaluator's throughput on simulated ledgers, per example
 * plan (scenarios/plans/*.yaml): one honest reference world is simulated with the plan on its
 * role (so the plan's metrics are observed), every rep of that role gets its ledger (outside the
 * clock), and all of them are evaluated over horizon + tail, explain off, as a trial pays them —
 * repeated until ~1 s of main-thread CPU. Prints one JSON line: plan → rep-periods per CPU second.
 *
 *   node dist/bench/evaluatorPlansChild.js <root>
 */
import { readdirSync } from "node:fs";
import { importFrom, mainCpu } from "./rootLibrary.js";

interface Plan {
  readonly id: string;
  readonly role: string;
}
type Anything = Record<string, unknown>;

async function main(): Promise<void> {
  const [root] = process.argv.slice(2);
  if (!root) throw new Error("usage: <root>");
  const { loadExperimentFile } = await importFrom<Anything>(root, "language/experiment/loadExperiment.js");
  const { loadPlanFile } = await importFrom<Anything>(root, "language/loadPlan.js");
  const { simulateWorld } = await importFrom<Anything>(root, "world/simulateWorld.js");
  const { planResponse } = await importFrom<Anything>(root, "behavior/planResponse.js");
  const { repLedger } = await importFrom<Anything>(root, "trial/pay.js");
  const { compilePlan, evaluate } = await importFrom<Anything>(root, "plan/evaluate.js");
  type Fn = (...args: unknown[]) => unknown;
  const experiment = (loadExperimentFile as Fn)(`${root}/scenarios/experiments/reference.yaml`) as {
    params: Anything & { seed: string; start: string; horizonMonths: number; tailMonths: number };
  };
  const e = experiment.params;
  const scenario = (e.scenarios as { world: unknown; name: string }[])[0]!;
  const dir = `${root}/scenarios/plans`;
  const out: Record<string, number> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const plan = (loadPlanFile as Fn)(`${dir}/${file}`) as Plan;
    const s = (simulateWorld as Fn)({
      seed: e.seed,
      trial: 0,
      start: e.start,
      horizonMonths: e.horizonMonths,
      tailMonths: e.tailMonths,
      world: scenario.world,
      scenarioName: scenario.name,
      population: e.population,
      mode: { kind: "honest" },
      plans: { [plan.role]: plan },
      responses: { [plan.role]: (planResponse as Fn)(plan) },
      decide: null,
    }) as {
      reps: { role: string }[];
      cal: { iso: (d: number) => string; monthStart: Int32Array };
      months: number;
    };
    const ledgers = s.reps.flatMap((r, i) => (r.role === plan.role ? [(repLedger as Fn)(s, i, plan)] : []));
    const cp = (compilePlan as Fn)(plan);
    const range = { start: s.cal.iso(s.cal.monthStart[0]!), end: s.cal.iso(s.cal.monthStart[s.months]! - 1) };
    const round = () => {
      let periods = 0;
      for (const ledger of ledgers)
        periods += ((evaluate as Fn)(cp, ledger, range, { explain: false }) as unknown[]).length;
      return periods;
    };
    round(); // warm-up
    let periods = 0;
    let cpu = 0;
    while (cpu < 1)
      cpu += await mainCpu(() => {
        periods += round();
      });
    out[plan.id] = Math.round(periods / cpu);
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
