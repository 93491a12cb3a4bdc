/**
 * The accounts CSMs already own at month 0 (PopulationParams.startingBookPerCsm), so retention
 * and adoption plans have something to pay on from the start. Each account has its own keyed
 * stream (purpose "accounts", entity `B<csm index>.<k>`): after the lifecycle block, fit ~
 * Beta(fitAlpha, fitBeta), ARR ~ the segment's deal-size lognormal × (1 − typical discount),
 * term from termMix and a uniform position inside the current term (so renewals are spread
 * evenly). Activated with the fit's activation probability, then already at its adoption
 * target. Survivorship (older books skew to good fit) is not modelled. The draws are made once per
 * (trial, scenario) and shared by its world runs (accountDraws.ts).
 */
import { BOOK_ACTIVATED, BOOK_AGE, BOOK_ARR, BOOK_FIT, BOOK_TERM } from "./accountDraws.js";
import { assignOwners, openAccount, setFit } from "./customers.js";
import { SEGMENT_INDEX, type WorldState } from "./state.js";

export function seedStartingBooks(s: WorldState, perCsm: number): void {
  const a = s.accounts;
  for (const rep of s.reps) {
    if (rep.role !== "CSM") continue;
    const sales = s.world.sales[rep.segment];
    const cu = s.world.customers[rep.segment];
    for (let k = 0; k < perCsm; k++) {
      const slot = s.draws.bookAccount(rep.index, k, perCsm, sales, cu);
      const row = s.draws.open(a, slot);
      const fit = s.draws.extraOf(slot, BOOK_FIT);
      const arr = s.draws.extraOf(slot, BOOK_ARR);
      const term = s.draws.extraOf(slot, BOOK_TERM);
      const age = s.draws.extraOf(slot, BOOK_AGE);
      const activated = s.draws.extraOf(slot, BOOK_ACTIVATED) === 1;
      a.segment[row] = SEGMENT_INDEX[rep.segment];
      a.csm[row] = rep.index;
      setFit(s, row, fit);
      a.arr[row] = arr;
      a.arr0[row] = arr;
      a.bookMonth[row] = -1 - age;
      a.bookDay[row] = s.cal.monthStart[0]! - 1;
      a.nextRenewal[row] = term - age;
      a.activationDay[row] = activated ? s.cal.monthStart[0]! - 1 : -1;
      assignOwners(s, row);
      openAccount(s, row, activated);
    }
  }
}
