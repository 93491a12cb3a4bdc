/**
 * Credits from event columns: LEDGER_EVENT_CREDITS (sim/core/ledger.ts, the definition) on an
 * event's type code, ARR and TCV, so a prepared ledger's credit arrays need no event object
 * (test/plan/columns.test.ts checks they agree on every metric and type).
 */
import { BOOKING, CHURN, CONTRACTION, EXPANSION, RENEWAL } from "./eventTypes.js";

/** The credited metrics of LEDGER_EVENT_CREDITS, as codes for creditValue. */
const CODES: Readonly<Record<string, number>> = {
  newArr: 0,
  expansionArr: 1,
  renewalArr: 2,
  contractionArr: 3,
  churnedArr: 4,
  tcv: 5,
  newLogos: 6,
  netNewArr: 7,
};

/** The code of `tcv`, the one metric that reads an event's TCV. */
export const TCV = 5;

/** Code of a registry credited metric; throws for anything else. */
export function creditCode(metric: string): number {
  const code = CODES[metric];
  if (code === undefined) throw new Error(`'${metric}' is not a credited metric`);
  return code;
}

/** The credit (currency, or a count) of an event under metric `code`. */
export function creditValue(code: number, type: number, arr: number, tcv: number): number {
  switch (code) {
    case 0:
      return type === BOOKING ? arr : 0;
    case 1:
      return type === EXPANSION ? arr : 0;
    case 2:
      return type === RENEWAL ? arr : 0;
    case 3:
      return type === CONTRACTION ? arr : 0;
    case 4:
      return type === CHURN ? arr : 0;
    case 5:
      return type === BOOKING ? tcv : 0;
    case 6:
      return type === BOOKING ? 1 : 0;
    default:
      return type === BOOKING || type === EXPANSION ? arr : type === CONTRACTION || type === CHURN ? -arr : 0;
  }
}
