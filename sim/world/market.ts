/**
 * The market path of one trial: the scenario's deterministic schedule times the multipliers of
 * a Markov regime chain drawn for the trial (DESIGN §5). The chain's stream is keyed by the
 * scenario's name (purpose "market", entity = scenario name), never by variant or population,
 * so every variant of a scenario faces the same downturns.
 */

import type { MarketMultipliers, MarketScenario } from "../core/world.js";
import { keyedStream } from "../random/index.js";
import { NEUTRAL_MARKET } from "./baseline.js";

export interface MarketPath {
  readonly months: number;
  readonly leadFlow: Float64Array;
  readonly winRate: Float64Array;
  readonly dealSize: Float64Array;
  readonly cycleLength: Float64Array;
  readonly churnHazard: Float64Array;
  readonly expansionRate: Float64Array;
  readonly discountPressure: Float64Array;
  /** Regime index per month (0 without regimes). */
  readonly regime: Int32Array;
}

/** Schedule entry of month m; months past the schedule repeat its last entry (empty = all 1). */
function scheduled(market: MarketScenario, m: number): MarketMultipliers {
  const s = market.schedule;
  return s.length === 0 ? NEUTRAL_MARKET : s[Math.min(m, s.length - 1)]!;
}

/** Markov chain of regimes: month 0 in `initial`, then one uniform per month (inversion). */
export function regimeChain(
  market: MarketScenario,
  seed: string,
  trial: number,
  scenarioName: string,
  months: number,
): Int32Array {
  const out = new Int32Array(months);
  const r = market.regimes;
  if (r === null) return out;
  const rng = keyedStream(seed, trial, "market", scenarioName);
  let state = r.initial;
  for (let m = 0; m < months; m++) {
    if (m > 0) {
      const row = r.transition[state]!;
      const u = rng.next();
      let acc = 0;
      let next = row.length - 1;
      for (let j = 0; j < row.length; j++) {
        acc += row[j]!;
        if (u < acc) {
          next = j;
          break;
        }
      }
      state = next;
    }
    out[m] = state;
  }
  return out;
}

export function marketPath(
  market: MarketScenario,
  seed: string,
  trial: number,
  scenarioName: string,
  months: number,
): MarketPath {
  const regime = regimeChain(market, seed, trial, scenarioName, months);
  const make = (): Float64Array => new Float64Array(months);
  const path = {
    months,
    leadFlow: make(),
    winRate: make(),
    dealSize: make(),
    cycleLength: make(),
    churnHazard: make(),
    expansionRate: make(),
    discountPressure: make(),
    regime,
  };
  for (let m = 0; m < months; m++) {
    const s = scheduled(market, m);
    const g = market.regimes === null ? NEUTRAL_MARKET : market.regimes.multipliers[regime[m]!]!;
    path.leadFlow[m] = s.leadFlow * g.leadFlow;
    path.winRate[m] = s.winRate * g.winRate;
    path.dealSize[m] = s.dealSize * g.dealSize;
    path.cycleLength[m] = s.cycleLength * g.cycleLength;
    path.churnHazard[m] = s.churnHazard * g.churnHazard;
    path.expansionRate[m] = s.expansionRate * g.expansionRate;
    path.discountPressure[m] = s.discountPressure * g.discountPressure;
  }
  return path;
}
