/**
 * Generated sales: each AE opens opportunities (Poisson per month) with new prospect accounts;
 * each closes after a 2–6 month cycle, bunched toward quarter ends, and is won with the
 * segment's win rate scaled by the AE's skill. Deals closing after the history stay open.
 */
import type { AccountRow, OpportunityRow, RepRow } from "../rows.js";
import {
  type GenerateOptions,
  INDUSTRIES,
  PRODUCTS,
  QUARTER_END_PULL,
  SEGMENT_PROFILES,
  type Segment,
} from "./config.js";
import { addDays, daysInMonth, monthInQuarter, monthStart } from "./dates.js";
import { bernoulli, clamp, intBetween, lognormal, pick, poisson, stream, uniform } from "./random.js";

export interface Sales {
  readonly accounts: AccountRow[];
  readonly opportunities: OpportunityRow[];
}

const SYLLABLES = [
  "ac",
  "bel",
  "cor",
  "dyn",
  "ex",
  "fin",
  "gal",
  "hex",
  "ion",
  "jun",
  "kor",
  "lum",
  "mer",
  "nov",
  "orb",
  "pax",
  "qua",
  "riv",
  "sol",
  "tor",
  "ul",
  "ver",
  "wex",
  "zen",
];
const SUFFIX = [
  "Labs",
  "Systems",
  "Group",
  "Health",
  "Retail",
  "Logistics",
  "Analytics",
  "Works",
  "Partners",
  "Media",
];

export function companyName(key: string, seed: number): string {
  const r = stream(seed, "name", key);
  const word = `${pick(r, SYLLABLES)}${pick(r, SYLLABLES)}${pick(r, SYLLABLES)}`;
  return `${word[0]!.toUpperCase()}${word.slice(1)} ${pick(r, SUFFIX)}`;
}

/** Slip a close to the last month of its quarter with QUARTER_END_PULL probability. */
function bunch(close: string, r: { next(): number }): string {
  const pos = monthInQuarter(close);
  if (pos === 3 || !bernoulli(r, QUARTER_END_PULL)) return close;
  const last = monthStart(close, 3 - pos);
  return addDays(last, intBetween(r, 0, daysInMonth(last) - 1));
}

export function generateSales(options: GenerateOptions, reps: readonly RepRow[], end: string): Sales {
  const accounts: AccountRow[] = [];
  const opportunities: OpportunityRow[] = [];
  const months = options.years * 12;
  for (const rep of reps) {
    if (rep.role !== "AE") continue;
    const segment = rep.segment as Segment;
    const profile = SEGMENT_PROFILES[segment];
    const skill = clamp(lognormal(stream(options.seed, "skill", rep.rep_id), 1, 0.25), 0.6, 1.5);
    // the pipeline starts 6 months early so deals close from the first month
    for (let m = -6; m < months; m++) {
      const month = monthStart(options.start, m);
      const r = stream(options.seed, "opps", `${rep.rep_id}/${month}`);
      const count = poisson(r, profile.oppsPerMonth);
      for (let n = 1; n <= count; n++) {
        const created = addDays(month, intBetween(r, 0, daysInMonth(month) - 1));
        const cycleDays = Math.round(uniform(r, profile.cycle[0], profile.cycle[1]) * 30.4);
        const close = bunch(addDays(created, cycleDays), r);
        const employedThen =
          rep.hire_date <= created && (rep.termination_date === null || close <= rep.termination_date);
        if (!employedThen) continue;
        const key = `${rep.rep_id.slice(1)}-${month.slice(0, 7).replace("-", "")}-${n}`;
        const accountId = `A-${key}`;
        accounts.push({
          account_id: accountId,
          name: companyName(accountId, options.seed),
          segment,
          region: rep.region,
          industry: pick(r, INDUSTRIES),
          created_date: created,
        });
        const list = Math.round(lognormal(r, profile.medianArr, profile.sigma));
        const quarterEnd = monthInQuarter(close) === 3;
        // deeper discounts at quarter end (Larkin 2014)
        const discount =
          Math.round(
            clamp(uniform(r, profile.discount[0], profile.discount[1]) + (quarterEnd ? 0.03 : 0), 0, 0.6) *
              1e4,
          ) / 1e4;
        const amount = Math.round(list * (1 - discount));
        const won = bernoulli(r, profile.winRate * skill);
        const open = close > end;
        opportunities.push({
          opportunity_id: `O-${key}`,
          account_id: accountId,
          owner_rep_id: rep.rep_id,
          created_date: created,
          closed_date: open ? null : close,
          stage: open ? "open" : won ? "won" : "lost",
          amount,
          list_amount: list,
          discount,
          term_months: pick(r, [12, 24, 36], profile.terms),
          product: pick(r, PRODUCTS[segment]),
        });
      }
    }
  }
  return { accounts, opportunities };
}
