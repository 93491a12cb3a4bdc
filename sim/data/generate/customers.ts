/**
 * Generated customer lives: the starting book plus every won deal become customers with a latent
 * fit (0.2–1). Month by month a customer may expand (likelier with fit); at each term end it
 * churns (likelier with poor fit), contracts, or renews with a small uplift. Usage depth climbs
 * toward a fit-dependent level; survey answers follow fit with noise.
 */
import type { AccountRow, ArrMovementRow, OpportunityRow, SurveyRow, UsageRow } from "../rows.js";
import { type GenerateOptions, SEGMENT_PROFILES, type Segment } from "./config.js";
import { addDays, addMonths, daysInMonth, monthStart } from "./dates.js";
import { bernoulli, clamp, intBetween, normal, stream, uniform } from "./random.js";

export interface Customer {
  readonly account: AccountRow;
  /** Start of the current relationship (first booking). */
  readonly since: string;
  readonly arr: number;
  readonly termMonths: number;
  readonly opportunityId: string | null;
  readonly ownerRepId: string | null;
}

export interface CustomerHistory {
  readonly movements: ArrMovementRow[];
  readonly usage: UsageRow[];
  readonly surveys: SurveyRow[];
  /** Last day as a customer, null when still a customer at the end. */
  readonly churned: string | null;
}

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

export function customersFromWins(
  opportunities: readonly OpportunityRow[],
  accounts: ReadonlyMap<string, AccountRow>,
): Customer[] {
  return opportunities
    .filter((o) => o.stage === "won")
    .map((o) => ({
      account: accounts.get(o.account_id)!,
      since: o.closed_date!,
      arr: o.amount!,
      termMonths: o.term_months ?? 12,
      opportunityId: o.opportunity_id,
      ownerRepId: o.owner_rep_id,
    }));
}

export function simulateCustomer(c: Customer, options: GenerateOptions, end: string): CustomerHistory {
  const id = c.account.account_id;
  const profile = SEGMENT_PROFILES[c.account.segment as Segment];
  const r = stream(options.seed, "customer", id);
  const fit = uniform(r, 0.2, 1);
  const movements: ArrMovementRow[] = [];
  const usage: UsageRow[] = [];
  const surveys: SurveyRow[] = [];
  let arr = c.arr;
  let n = 0;
  const move = (
    date: string,
    type: ArrMovementRow["type"],
    change: number,
    opp: string | null = null,
    rep: string | null = null,
  ) => {
    arr += change;
    n += 1;
    movements.push({
      movement_id: `M-${id.slice(2)}-${String(n).padStart(3, "0")}`,
      account_id: id,
      date,
      type,
      arr_change: change,
      arr_after: arr,
      opportunity_id: opp,
      rep_id: rep,
    });
  };
  arr = 0;
  move(c.since, "new", c.arr, c.opportunityId, c.ownerRepId);
  let termEnd = addMonths(c.since, c.termMonths);
  let churned: string | null = null;
  const seats = Math.max(3, Math.round(arr / 1500));
  for (let m = 1; ; m++) {
    const month = monthStart(c.since, m);
    if (month > end) break;
    const monthEnd = addDays(month, daysInMonth(month) - 1);
    if (month >= options.start) {
      const rm = stream(options.seed, "customer-month", `${id}/${month}`);
      if (bernoulli(rm, profile.expansionPerMonth * (0.4 + fit))) {
        move(
          addDays(month, intBetween(rm, 0, daysInMonth(month) - 1)),
          "expansion",
          Math.max(1, Math.round(arr * uniform(rm, 0.1, 0.45))),
        );
      }
      monthlySignals(id, month, fit, m, seats, rm, usage, surveys);
    }
    while (termEnd <= monthEnd && termEnd <= end) {
      if (termEnd >= options.start) {
        const rt = stream(options.seed, "renewal", `${id}/${termEnd}`);
        if (bernoulli(rt, profile.churnAtRenewal * (1.6 - fit))) {
          move(termEnd, "churn", -arr);
          churned = termEnd;
          break;
        }
        if (bernoulli(rt, profile.contractionAtRenewal))
          move(termEnd, "contraction", -Math.max(1, Math.round(arr * uniform(rt, 0.1, 0.4))));
        move(termEnd, "renewal", bernoulli(rt, 0.5) ? Math.round(arr * uniform(rt, 0.02, 0.07)) : 0);
      }
      termEnd = addMonths(termEnd, 12);
    }
    if (churned) break;
  }
  return { movements, usage, surveys, churned };
}

function monthlySignals(
  id: string,
  month: string,
  fit: number,
  age: number,
  seats: number,
  r: { next(): number },
  usage: UsageRow[],
  surveys: SurveyRow[],
): void {
  const depth = clamp((0.2 + 0.7 * fit) * (1 - Math.exp(-age / 3)) + normal(r, 0, 0.05), 0, 1);
  const active = Math.round(seats * clamp(0.3 + 0.7 * depth, 0, 1));
  usage.push({
    account_id: id,
    month: month.slice(0, 7),
    active_users: active,
    usage_depth: round(depth, 3),
    events: Math.round(active * uniform(r, 15, 60)),
  });
  const satisfaction = fit + normal(r, 0, 0.15);
  const day = () => addDays(month, intBetween(r, 0, daysInMonth(month) - 1));
  const ym = month.slice(0, 7).replace("-", "");
  if (bernoulli(r, 0.08))
    surveys.push({
      response_id: `N-${id.slice(2)}-${ym}`,
      account_id: id,
      date: day(),
      kind: "nps",
      score: clamp(Math.round(4.5 + 6 * satisfaction + normal(r, 0, 1.5)), 0, 10),
      rep_id: null,
    });
  if (bernoulli(r, 0.15))
    surveys.push({
      response_id: `C-${id.slice(2)}-${ym}`,
      account_id: id,
      date: day(),
      kind: "csat",
      score: clamp(Math.round(2.4 + 2.6 * satisfaction + normal(r, 0, 0.7)), 1, 5),
      rep_id: null,
    });
  if (bernoulli(r, 0.05))
    surveys.push({
      response_id: `E-${id.slice(2)}-${ym}`,
      account_id: id,
      date: day(),
      kind: "ces",
      score: clamp(Math.round(5.5 - 3.5 * satisfaction + normal(r, 0, 1)), 1, 7),
      rep_id: null,
    });
}
