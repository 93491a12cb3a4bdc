/**
 * The outcomes a pilot can be sized on, their metric ids (sim/metrics/registry/), units and the
 * default target effect `--effect` uses when none is given. Defaults are effects a comp
 * committee would act on, not estimates: 2 points of NRR or GRR (SaaS medians: NRR ~100–110%,
 * GRR ~88–93%, DESIGN §5), 1 point of cost ratio (comp cost is typically 8–12% of new ARR),
 * 5 NPS points, 0.1 CSAT points (1–5 scale).
 */
import { didYouMean, InputError, problem } from "../errors.js";

export const PILOT_OUTCOMES = ["nrr", "grr", "cost", "nps", "csat"] as const;
export type PilotOutcome = (typeof PILOT_OUTCOMES)[number];

export interface OutcomeInfo {
  readonly id: PilotOutcome;
  /** Metric id (DESIGN §8) the outcome reports. */
  readonly metric: string;
  readonly label: string;
  readonly unit: "share" | "score";
  /** +1 when higher is better, −1 when lower is better. */
  readonly favourable: 1 | -1;
  /** In the outcome's own unit; signed in the favourable direction. */
  readonly defaultEffect: number;
  /** Largest target effect accepted (either sign): the outcome's whole range. */
  readonly maxEffect: number;
  readonly definition: string;
}

export const OUTCOME_INFO: Readonly<Record<PilotOutcome, OutcomeInfo>> = {
  nrr: {
    id: "nrr",
    metric: "customer.nrr",
    label: "NRR",
    unit: "share",
    favourable: 1,
    defaultEffect: 0.02,
    maxEffect: 1,
    definition:
      "net revenue retention of the reps' books, annualised: 1 + 12 × (Σ ARR at month end − Σ ARR at month start) / Σ ARR at month start, over accounts with ARR at month start (expansion counts, new logos do not)",
  },
  grr: {
    id: "grr",
    metric: "customer.grr",
    label: "GRR",
    unit: "share",
    favourable: 1,
    defaultEffect: 0.02,
    maxEffect: 1,
    definition:
      "gross revenue retention of the reps' books, annualised like NRR but each account's month-end ARR capped at its month-start ARR (expansion excluded)",
  },
  cost: {
    id: "cost",
    metric: "cost.ratio",
    label: "cost ratio",
    unit: "share",
    favourable: -1,
    defaultEffect: -0.01,
    maxEffect: 1,
    definition:
      "variable pay / (new + expansion ARR credited), the rep's pay under the plan spread evenly over the months of each pay period",
  },
  nps: {
    id: "nps",
    metric: "customer.npsReported",
    label: "NPS",
    unit: "score",
    favourable: 1,
    defaultEffect: 5,
    maxEffect: 200,
    definition: "% promoters (9–10) − % detractors (0–6) of the survey responses of the reps' accounts",
  },
  csat: {
    id: "csat",
    metric: "customer.csat",
    label: "CSAT",
    unit: "score",
    favourable: 1,
    defaultEffect: 0.1,
    maxEffect: 4,
    definition: "mean CSAT score (1–5) of the survey responses of the reps' accounts",
  },
};

export const DEFAULT_OUTCOMES: readonly PilotOutcome[] = ["nrr", "grr", "cost", "nps"];

export function parseOutcome(text: string, flag = "--outcome"): PilotOutcome {
  const id = text.trim();
  if ((PILOT_OUTCOMES as readonly string[]).includes(id)) return id as PilotOutcome;
  throw new InputError([
    problem(flag, `unknown outcome '${id}': expected one of ${PILOT_OUTCOMES.join(", ")}`, {
      hint: didYouMean(id, PILOT_OUTCOMES),
    }),
  ]);
}

/** `--effect nrr=0.03` (repeatable): the target effect per outcome, in the outcome's unit. */
export function parseEffects(specs: readonly string[]): Partial<Record<PilotOutcome, number>> {
  const out: Partial<Record<PilotOutcome, number>> = {};
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    const outcome = parseOutcome(eq > 0 ? spec.slice(0, eq) : spec, "--effect");
    const value = Number(eq > 0 ? spec.slice(eq + 1) : "");
    if (eq <= 0 || !Number.isFinite(value) || value === 0) {
      throw new InputError([problem("--effect", `expected OUTCOME=NUMBER (non-zero), got '${spec}'`)]);
    }
    const { maxEffect, unit } = OUTCOME_INFO[outcome];
    if (Math.abs(value) > maxEffect) {
      const range = unit === "share" ? `${maxEffect} (${maxEffect * 100} points)` : String(maxEffect);
      throw new InputError([
        problem("--effect", `${outcome} effect ${value} is outside the outcome's range: at most ±${range}`),
      ]);
    }
    out[outcome] = value;
  }
  return out;
}
