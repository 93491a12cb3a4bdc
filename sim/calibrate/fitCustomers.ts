/**
 * Fit the customer side of a world (SegmentCustomers, SurveyModel) from ARR movements, usage
 * and surveys, per customer segment:
 * - monthly churn hazard = churn events / active account-months (ARR > 0) in the range;
 * - poor-fit churn multiplier = hazard of the lowest usage-depth tercile / the highest (usage
 *   depth stands in for the unobservable fit; needs usage data);
 * - expansions per customer-year = expansion events / active account-years; expansion share =
 *   mean of ARR added / ARR before;
 * - adoption targets at fit 0 and 1 = the 10th and 90th percentile of accounts' mean depth;
 * - activation: the base world's fit-0/fit-1 spread, shifted so its midpoint equals the observed
 *   share of new accounts reaching depth 0.3 within the window;
 * - surveys: NPS score mean shifts the base world's healthy/unhealthy scores; sd fitted;
 *   response rate = NPS responses / active account-quarters.
 * Renewal churn is not separable from the monthly hazard without contract terms: kept from base.
 * A history that records no churn (or no expansion) at all does not observe it — a CRM export of
 * bookings only — so those parameters keep the base values rather than fitting zero.
 */
import { mean, quantile, sampleStandardDeviation } from "simple-statistics";
import { SEGMENTS, type Segment } from "../core/vocabulary.js";
import type { SegmentCustomers, SurveyModel } from "../core/world.js";
import type { ArrMovementRow, CanonicalTables } from "../data/rows.js";
import { monthOrdinal, parseDay } from "../plan/dates.js";
import { type Evidence, fitted, MIN_OBSERVATIONS } from "./evidence.js";
import type { Range } from "./fitSales.js";
import { toSegment } from "./segments.js";

const ACTIVATION_DEPTH = 0.3;

interface AccountHistory {
  readonly segment: Segment;
  activeMonths: number;
  churns: number;
  expansions: number;
  readonly expansionShares: number[];
  firstNew: string | null;
}

const month = (iso: string) => monthOrdinal(parseDay(iso));

/** Per account: active months in range, churns, expansions (movements sorted by date). */
function histories(tables: CanonicalTables, range: Range): Map<string, AccountHistory> {
  const segmentOf = new Map(tables.accounts.map((a) => [a.account_id, toSegment(a.segment)]));
  const byAccount = new Map<string, ArrMovementRow[]>();
  for (const m of tables.arr_movements) {
    const list = byAccount.get(m.account_id);
    if (list) list.push(m);
    else byAccount.set(m.account_id, [m]);
  }
  const first = month(range.start);
  const last = month(range.end);
  const out = new Map<string, AccountHistory>();
  for (const [account, moves] of byAccount) {
    const segment = segmentOf.get(account);
    if (!segment) continue;
    moves.sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.movement_id < b.movement_id ? -1 : 1,
    );
    const h: AccountHistory = {
      segment,
      activeMonths: 0,
      churns: 0,
      expansions: 0,
      expansionShares: [],
      firstNew: null,
    };
    let arr = 0;
    let since = first;
    for (const m of moves) {
      const at = Math.min(Math.max(month(m.date), first), last + 1);
      if (arr > 0) h.activeMonths += Math.max(0, at - since);
      since = at;
      const inside = m.date >= range.start && m.date <= range.end;
      if (inside && m.type === "churn") h.churns++;
      if (inside && m.type === "expansion") {
        h.expansions++;
        const before = m.arr_after - m.arr_change;
        if (before > 0) h.expansionShares.push(m.arr_change / before);
      }
      if (m.type === "new" && h.firstNew === null) h.firstNew = m.date;
      arr = m.arr_after;
    }
    if (arr > 0) h.activeMonths += Math.max(0, last + 1 - since);
    out.set(account, h);
  }
  return out;
}

function meanDepthByAccount(tables: CanonicalTables, range: Range): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  const from = range.start.slice(0, 7);
  const to = range.end.slice(0, 7);
  for (const u of tables.usage) {
    if (u.month < from || u.month > to) continue;
    const s = sums.get(u.account_id) ?? [0, 0];
    s[0] += u.usage_depth;
    s[1] += 1;
    sums.set(u.account_id, s);
  }
  return new Map([...sums].map(([a, [sum, n]]) => [a, sum / n]));
}

function hazard(list: readonly AccountHistory[]): { value: number; n: number } {
  const months = list.reduce((s, h) => s + h.activeMonths, 0);
  const churns = list.reduce((s, h) => s + h.churns, 0);
  return { value: months > 0 ? churns / months : Number.NaN, n: months };
}

export function fitCustomers(
  tables: CanonicalTables,
  range: Range,
  base: Readonly<Record<Segment, SegmentCustomers>>,
  baseSurveys: SurveyModel,
): { customers: Record<Segment, SegmentCustomers>; surveys: SurveyModel; evidence: Evidence[] } {
  const all = histories(tables, range);
  const depth = meanDepthByAccount(tables, range);
  const firstDeepMonth = new Map<string, string>();
  for (const u of [...tables.usage].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    if (u.usage_depth >= ACTIVATION_DEPTH && !firstDeepMonth.has(u.account_id))
      firstDeepMonth.set(u.account_id, u.month);
  }
  const observesChurn = tables.arr_movements.some((m) => m.type === "churn");
  const observesExpansion = tables.arr_movements.some((m) => m.type === "expansion");
  const evidence: Evidence[] = [];
  const customers = {} as Record<Segment, SegmentCustomers>;
  for (const s of SEGMENTS) {
    const b = base[s];
    const mine = [...all.entries()].filter(([, h]) => h.segment === s);
    const h = hazard(mine.map(([, x]) => x));
    const churn = fitted(
      "monthlyChurnHazard",
      s,
      h.value,
      observesChurn ? h.n : 0,
      "churn events / active account-months",
      b.monthlyChurnHazard,
    );
    const depths = mine
      .map(([a]) => depth.get(a))
      .filter((d): d is number => d !== undefined)
      .sort((x, y) => x - y);
    let poorFit = fitted(
      "poorFitChurnMultiplier",
      s,
      Number.NaN,
      0,
      "hazard of lowest / highest usage tercile",
      b.poorFitChurnMultiplier,
    );
    if (observesChurn && depths.length >= 3 * MIN_OBSERVATIONS) {
      const lo = quantile(depths, 1 / 3);
      const hi = quantile(depths, 2 / 3);
      const low = hazard(mine.filter(([a]) => (depth.get(a) ?? Number.NaN) <= lo).map(([, x]) => x));
      const high = hazard(mine.filter(([a]) => (depth.get(a) ?? Number.NaN) >= hi).map(([, x]) => x));
      const ratio = high.value > 0 ? low.value / high.value : Number.NaN;
      poorFit = fitted(
        "poorFitChurnMultiplier",
        s,
        ratio,
        Math.min(low.n, high.n),
        "hazard of lowest / highest usage tercile",
        b.poorFitChurnMultiplier,
      );
    }
    const years = mine.reduce((n, [, x]) => n + x.activeMonths, 0) / 12;
    const expansions = mine.reduce((n, [, x]) => n + x.expansions, 0);
    const expansionRate = fitted(
      "expansionsPerYear",
      s,
      years > 0 ? expansions / years : Number.NaN,
      observesExpansion ? Math.round(years * 12) : 0,
      "expansion events / active account-years (n = account-months)",
      b.expansionsPerYear,
    );
    const shares = mine.flatMap(([, x]) => x.expansionShares);
    const share = fitted(
      "expansionShare",
      s,
      shares.length > 0 ? mean(shares) : Number.NaN,
      shares.length,
      "mean ARR added / ARR before",
      b.expansionShare,
    );
    const adoption0 = fitted(
      "adoptionAtFit0",
      s,
      depths.length > 0 ? quantile(depths, 0.1) : Number.NaN,
      depths.length,
      "p10 of accounts' mean usage depth",
      b.adoptionAtFit0,
    );
    const adoption1 = fitted(
      "adoptionAtFit1",
      s,
      depths.length > 0 ? quantile(depths, 0.9) : Number.NaN,
      depths.length,
      "p90 of accounts' mean usage depth",
      b.adoptionAtFit1,
    );
    const news = mine.filter(
      ([, x]) => x.firstNew !== null && x.firstNew >= range.start && x.firstNew <= range.end,
    );
    const activated = news.filter(([a, x]) => {
      const m = firstDeepMonth.get(a);
      return m !== undefined && parseDay(`${m}-01`) <= parseDay(x.firstNew!) + b.activationWindowDays;
    }).length;
    const observed = news.length > 0 ? activated / news.length : Number.NaN;
    const activation = fitted(
      "activation (midpoint)",
      s,
      observed,
      tables.usage.length > 0 ? news.length : 0,
      `share of new accounts at depth ≥ ${ACTIVATION_DEPTH} within the window`,
      (b.activationAtFit0 + b.activationAtFit1) / 2,
    );
    const shift = activation.value - (b.activationAtFit0 + b.activationAtFit1) / 2;
    const clamp = (x: number) => Math.min(1, Math.max(0, x));
    evidence.push(churn, poorFit, expansionRate, share, adoption0, adoption1, activation);
    customers[s] = {
      ...b,
      monthlyChurnHazard: churn.value,
      poorFitChurnMultiplier: poorFit.value,
      expansionsPerYear: expansionRate.value,
      expansionShare: share.value,
      adoptionAtFit0: Math.min(adoption0.value, adoption1.value),
      adoptionAtFit1: Math.max(adoption0.value, adoption1.value),
      activationAtFit0: clamp(b.activationAtFit0 + shift),
      activationAtFit1: clamp(b.activationAtFit1 + shift),
    };
  }
  const { surveys, evidence: surveyEvidence } = fitSurveys(tables, range, all, baseSurveys);
  return { customers, surveys, evidence: [...evidence, ...surveyEvidence] };
}

function fitSurveys(
  tables: CanonicalTables,
  range: Range,
  all: ReadonlyMap<string, AccountHistory>,
  base: SurveyModel,
): { surveys: SurveyModel; evidence: Evidence[] } {
  const scores = tables.surveys
    .filter((r) => r.kind === "nps" && r.date >= range.start && r.date <= range.end)
    .map((r) => r.score);
  const baseMid = (base.scoreAtHealthy + base.scoreAtUnhealthy) / 2;
  const level = fitted(
    "nps score mean",
    "all",
    scores.length > 0 ? mean(scores) : Number.NaN,
    scores.length,
    "mean NPS score (0–10) in range",
    baseMid,
  );
  const sd = fitted(
    "scoreSd",
    "all",
    scores.length > 1 ? sampleStandardDeviation(scores) : Number.NaN,
    scores.length,
    "sd of NPS scores",
    base.scoreSd,
  );
  const quarters = [...all.values()].reduce((n, h) => n + h.activeMonths, 0) / 3;
  const rate = fitted(
    "responseRate",
    "all",
    quarters > 0 ? scores.length / quarters : Number.NaN,
    scores.length,
    "NPS responses / active account-quarters",
    base.responseRate,
  );
  const shift = level.value - baseMid;
  const clamp = (x: number) => Math.min(10, Math.max(0, x));
  return {
    surveys: {
      responseRate: Math.min(1, rate.value),
      scoreAtHealthy: clamp(base.scoreAtHealthy + shift),
      scoreAtUnhealthy: clamp(base.scoreAtUnhealthy + shift),
      scoreSd: sd.value,
    },
    evidence: [level, sd, rate],
  };
}
