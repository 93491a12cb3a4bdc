/**
 * Monthly observations of a rep's book (definitions in data/README.md, "Ledger observations"):
 * - grr / nrr: trailing 12 months on the accounts the rep covers at month end that had ARR 12
 *   months earlier: NRR = Σ ARR_now / Σ ARR_12m_ago, GRR = Σ min(ARR_now, ARR_12m_ago) / Σ ARR_12m_ago;
 * - logoRetention: share of those accounts still with ARR > 0;
 * - usageDepth: mean usage_depth in the month over covered accounts with a usage row;
 * - nps (% promoters 9–10 − % detractors 0–6), csat and ces means of the month's responses from
 *   accounts the rep covered on the response date.
 * Each observation is dated the last day of its month.
 */
import type { Observation } from "../core/ledger.js";
import type { ArrTimeline, Coverage } from "./book.js";
import { addDays, addMonths, daysInMonth, monthStart } from "./generate/dates.js";
import type { Rows, SurveyRow, UsageRow } from "./rows.js";

export interface ObservationInputs {
  readonly arr: ArrTimeline;
  readonly coverage: Coverage;
  /** usage_depth by `account|YYYY-MM`. */
  readonly depth: ReadonlyMap<string, number>;
  /** Survey responses by `rep|YYYY-MM`, for the reps covering the account on the response date. */
  readonly surveys: ReadonlyMap<string, readonly SurveyRow[]>;
}

export function indexUsage(usage: Rows<UsageRow>): Map<string, number> {
  return new Map(usage.map((u) => [`${u.account_id}|${u.month}`, u.usage_depth]));
}

export function indexSurveys(surveys: Rows<SurveyRow>, coverage: Coverage): Map<string, SurveyRow[]> {
  const out = new Map<string, SurveyRow[]>();
  for (const s of surveys) {
    for (const rep of coverage.repsOf(s.account_id, s.date)) {
      const key = `${rep}|${s.date.slice(0, 7)}`;
      const list = out.get(key);
      if (list) list.push(s);
      else out.set(key, [s]);
    }
  }
  return out;
}

export const monthEnd = (month: string): string => addDays(`${month}-01`, daysInMonth(`${month}-01`) - 1);

/** Months `YYYY-MM` from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = monthStart(from); m <= to; m = monthStart(m, 1)) out.push(m.slice(0, 7));
  return out;
}

const obs = (metric: string, date: string, value: number): Observation => ({
  metric,
  scope: "rep",
  date,
  value,
});

export function npsOf(scores: readonly number[]): number {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return (100 * (promoters - detractors)) / scores.length;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function repObservations(
  rep: string,
  months: readonly string[],
  input: ObservationInputs,
): Observation[] {
  const out: Observation[] = [];
  for (const month of months) {
    const end = monthEnd(month);
    const book = input.coverage.accountsOf(rep, end);
    const before = addMonths(end, -12);
    let base = 0;
    let now = 0;
    let retained = 0;
    let logos = 0;
    let kept = 0;
    for (const a of book) {
      const then = input.arr.arrAt(a, before);
      if (then <= 0) continue;
      const current = input.arr.arrAt(a, end);
      base += then;
      now += current;
      retained += Math.min(then, current);
      logos += 1;
      if (current > 0) kept += 1;
    }
    if (base > 0)
      out.push(
        obs("grr", end, retained / base),
        obs("nrr", end, now / base),
        obs("logoRetention", end, kept / logos),
      );
    const depths = book
      .map((a) => input.depth.get(`${a}|${month}`))
      .filter((d): d is number => d !== undefined);
    if (depths.length > 0) out.push(obs("usageDepth", end, mean(depths)));
    const responses = input.surveys.get(`${rep}|${month}`) ?? [];
    for (const kind of ["nps", "csat", "ces"] as const) {
      const scores = responses.filter((s) => s.kind === kind).map((s) => s.score);
      if (scores.length > 0) out.push(obs(kind, end, kind === "nps" ? npsOf(scores) : mean(scores)));
    }
  }
  return out;
}
