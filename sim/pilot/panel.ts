/**
 * A unit × month panel of one pilot outcome, and its linearization. Every pilot outcome is a
 * ratio of sums over the group's unit-months — NRR = Σ ARR at month end / Σ ARR at month start,
 * cost ratio = Σ pay / Σ credited ARR, NPS = Σ ±100 / Σ responses — so a unit-month holds a
 * numerator and a denominator. The ratio is linearized (delta method; Deng, Knoblich & Lu,
 * "Applying the Delta Method in Metric Analytics", KDD 2018):
 *   y_it = R + (num_it − R·den_it) / d̄,   R = Σ num / Σ den,  d̄ = Σ den / (observed unit-months),
 * so the mean of y over a group's unit-months is, to first order, the group's pooled ratio, and
 * an effect δ on the ratio adds δ to y. Unit-months without data (den = 0) carry y = R.
 */

export interface UnitMonths {
  readonly unit: string;
  /** In the pilot group (else the rest, the pool of controls). */
  readonly pilot: boolean;
  readonly num: Float64Array;
  readonly den: Float64Array;
  /** 1 when the unit was there (employed, on the plan) the whole month. */
  readonly observed: Uint8Array;
}

export interface RatioPanel {
  readonly months: readonly string[];
  readonly units: readonly UnitMonths[];
}

export interface LinearUnit {
  readonly unit: string;
  readonly pilot: boolean;
  /** Linearized outcome per month; NaN where not observed. */
  readonly y: Float64Array;
}

export interface LinearPanel {
  readonly months: readonly string[];
  readonly units: readonly LinearUnit[];
  /** Pooled ratio over every observed unit-month (both arms). */
  readonly ratio: number;
  readonly meanDenominator: number;
  readonly unitMonths: number;
}

/** Units whose denominator is zero in every month carry no information and are left out. */
export function withData(panel: RatioPanel): RatioPanel {
  return {
    months: panel.months,
    units: panel.units.filter((u) => u.den.some((d, t) => d > 0 && u.observed[t] === 1)),
  };
}

/** y = scale(R + (num − R·den)/d̄); `scale` maps the ratio to the reported unit (e.g. annualise). */
export function linearize(panel: RatioPanel, scale: (ratio: number) => number = (x) => x): LinearPanel {
  let num = 0;
  let den = 0;
  let n = 0;
  for (const u of panel.units) {
    for (let t = 0; t < panel.months.length; t++) {
      if (u.observed[t] !== 1) continue;
      num += u.num[t]!;
      den += u.den[t]!;
      n++;
    }
  }
  const ratio = den > 0 ? num / den : Number.NaN;
  const meanDenominator = n > 0 ? den / n : Number.NaN;
  const units = panel.units.map((u) => {
    const y = new Float64Array(panel.months.length).fill(Number.NaN);
    for (let t = 0; t < y.length; t++) {
      if (u.observed[t] === 1) y[t] = scale(ratio + (u.num[t]! - ratio * u.den[t]!) / meanDenominator);
    }
    return { unit: u.unit, pilot: u.pilot, y };
  });
  return { months: panel.months, units, ratio: scale(ratio), meanDenominator, unitMonths: n };
}
