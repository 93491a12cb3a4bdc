/**
 * A finished world run (sim/world/simulateWorld.ts, run with a HistoryLog) as canonical history
 * tables (data/README.md) over its horizon — what a company's CRM and billing exports would hold
 * had the simulated reps worked there. Pure: the same world gives the same rows, in the same order.
 *
 * Conventions (each a choice where the world keeps less than a CRM, or more):
 * - reps: one per simulated rep; team = segment, region "ALL", hired a year before the start (as
 *   the trial's own RepInfo, sim/trial/pay.ts), never terminated.
 * - opportunities: every deal closed in the horizon, in closing order, `OPP-<n>` (n from 1), won
 *   or lost at the day and discount the world signed it (a split deal is two won rows `OPP-<n>-1`,
 *   `-2`, half the ARR each, as its two bookings); then the deals still open when the horizon
 *   ends, by rep and arrival. created_date = first day of the month the lead became an
 *   opportunity (the world knows the month only; before the start for the pipeline open at the
 *   start). A lost deal's amount is the ARR offered (list × (1 − discount)); an open deal has no
 *   amount or discount, its list_amount at the horizon's last month's market deal size.
 * - accounts: the starting books' accounts (`B<csm>.<k>`, created the first of the month they were
 *   booked in: the world draws each one's age inside its current term, startingBook.ts), the
 *   accounts sold (`A<rep>.<month>.<arrival>`, created at the opportunity's creation) and, as
 *   prospects, the accounts of lost and open deals, under the id the world would give them if won.
 *   Region "ALL"; segment = the selling rep's.
 * - arr_movements: per account one `new` (its booked ARR, on its booking day; the starting book's
 *   on its creation date, at the ARR it has at the start: the world models no change before), then its expansion, contraction, churn and renewal events, ids
 *   `M<event row>` so that same-day movements keep the world's order. A renewal the owner pulled
 *   forward at a discount (renewal games) lowers ARR without a ledger event in the world; here it
 *   is a `contraction` (`M<row>-pull`) on the renewal's day, so that ARR sums stay right.
 * - usage: each live account's depth after each horizon month's update (NaN-free; no
 *   active_users or events: the world has none).
 * - surveys: each answer in the horizon as an `nps` response of the **reported** score (what a
 *   survey tool records) and a `csat` response of the world's CSAT reading of it (books.ts csatOf),
 *   dated the month's last day.
 * - assignments: the seller (AE), the CSM and the AM of each account from its `new` movement's
 *   date, open-ended — the reps whose ledgers the world credits.
 */
import type {
  AccountRow,
  ArrMovementRow,
  AssignmentRow,
  CanonicalArrays,
  OpportunityRow,
  RepRow,
  SurveyRow,
  UsageRow,
} from "../../data/rows.js";
import { addMonths, formatDay } from "../../plan/dates.js";
import { csatOf } from "../../world/books.js";
import { BOOKING, CHURN, CONTRACTION, EXPANSION, RENEWAL } from "../../world/eventCredits.js";
import { DEAL_SPLIT, eventId } from "../../world/eventTable.js";
import type { HistoryLog } from "../../world/historyRecorder.js";
import { termMonths } from "../../world/opportunities.js";
import { SEGMENT_OF, type WorldState } from "../../world/state.js";

const REGION = "ALL";

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function byKeys<T>(...keys: (keyof T)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const k of keys) {
      const x = String(a[k] ?? "");
      const y = String(b[k] ?? "");
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

/** The world's canonical tables over its horizon. */
export function worldTables(s: WorldState, log: HistoryLog): CanonicalArrays {
  const cal = s.cal;
  const startDay = cal.monthStart[0]!;
  const endDay = cal.monthStart[s.horizon]! - 1;
  const monthFirst = (m: number): string => formatDay(addMonths(startDay, m));
  const reps: RepRow[] = s.reps.map((r) => ({
    rep_id: r.id,
    name: r.id,
    role: r.role,
    team: r.segment,
    region: REGION,
    segment: r.segment,
    hire_date: formatDay(startDay - 365),
    termination_date: null,
    manager_id: null,
  }));

  const a = s.accounts;
  const accounts = new Map<string, AccountRow>();
  const addAccount = (id: string, segment: string, created: string) => {
    if (!accounts.has(id))
      accounts.set(id, {
        account_id: id,
        name: id,
        segment,
        region: REGION,
        industry: null,
        created_date: created,
      });
  };
  const prospectId = (r: number, i: number): string => {
    const c = s.pipelines[r]!.cands;
    return `A${r}.${c.month[i]}.${c.ordinal[i]}`;
  };

  // bookings by account row (a split deal has two), in creation order
  const t = s.book.table;
  const bookings = new Map<number, number[]>();
  for (let k = 0; k < t.n; k++) {
    if (t.type[k] !== BOOKING) continue;
    const list = bookings.get(t.account[k]!);
    if (list === undefined) bookings.set(t.account[k]!, [k]);
    else list.push(k);
  }

  // ids are zero-padded so that text order is number order (7 digits, more when needed)
  let openCount = 0;
  for (const p of s.pipelines) if (p !== null) openCount += p.open.length;
  const oppWidth = Math.max(7, String(log.deals + openCount).length);
  const surveyWidth = Math.max(7, String(log.answers).length);
  const opportunities: OpportunityRow[] = [];
  const oppOfAccount = new Map<number, string>();
  const closed = s.pipelines.map((p) => (p === null ? null : new Uint8Array(p.cands.count)));
  for (let k = 0; k < log.deals; k++) {
    const r = log.dealRep[k]!;
    const i = log.dealCand[k]!;
    const m = log.dealMonth[k]!;
    const p = s.pipelines[r]!;
    closed[r]![i] = 1;
    const rep = s.reps[r]!;
    const sales = s.world.sales[rep.segment];
    const id = `OPP-${pad(k + 1, oppWidth)}`;
    const created = monthFirst(p.createdMonth[i]!);
    const day = log.dealDay[k]!;
    const row = log.dealRow[k]!;
    const list = p.cands.list[i]! * s.market.dealSize[m]!;
    const base = {
      owner_rep_id: rep.id,
      created_date: created,
      closed_date: cal.iso(day),
      product: null,
    };
    if (row < 0) {
      const account = prospectId(r, i);
      addAccount(account, rep.segment, created);
      const discount = log.dealDiscount[k]!;
      opportunities.push({
        ...base,
        opportunity_id: id,
        account_id: account,
        stage: "lost",
        amount: list * (1 - discount),
        list_amount: list,
        discount,
        term_months: termMonths(sales, p.cands.term[i]!),
      });
      continue;
    }
    const account = a.ids[row]!;
    addAccount(account, rep.segment, created);
    const rows = bookings.get(row) ?? [];
    const split = rows.length > 1 || (rows.length === 1 && t.dealKind[rows[0]!] === DEAL_SPLIT);
    rows.forEach((e, n) => {
      const oppId = split ? `${id}-${t.dealNumber[e] || n + 1}` : id;
      if (n === 0) oppOfAccount.set(row, oppId);
      opportunities.push({
        ...base,
        opportunity_id: oppId,
        account_id: account,
        stage: "won",
        amount: t.arr[e]!,
        list_amount: split ? list / 2 : list,
        discount: t.discount[e]!,
        term_months: t.term[e]!,
      });
    });
  }
  // deals still open when the horizon ends, by rep and arrival
  let open = log.deals;
  for (let r = 0; r < s.reps.length; r++) {
    const p = s.pipelines[r];
    if (p === null || p === undefined) continue;
    const rep = s.reps[r]!;
    const sales = s.world.sales[rep.segment];
    const listNow = s.market.dealSize[s.horizon - 1]!;
    const ids = [...p.open].sort((x, y) => x - y);
    for (const i of ids) {
      if (closed[r]![i] === 1) continue;
      const created = monthFirst(p.createdMonth[i]!);
      const account = prospectId(r, i);
      addAccount(account, rep.segment, created);
      opportunities.push({
        opportunity_id: `OPP-${pad(++open, oppWidth)}`,
        account_id: account,
        owner_rep_id: rep.id,
        created_date: created,
        closed_date: null,
        stage: "open",
        amount: null,
        list_amount: p.cands.list[i]! * listNow,
        discount: null,
        term_months: termMonths(sales, p.cands.term[i]!),
        product: null,
      });
    }
  }

  // accounts of the world (starting books and sales), their `new` movements and coverage
  const movements: ArrMovementRow[] = [];
  const assignments: AssignmentRow[] = [];
  const running = new Float64Array(a.n);
  for (let i = 0; i < a.n; i++) {
    const id = a.ids[i]!;
    const bookDay = a.bookDay[i]!;
    if (bookDay > endDay) continue;
    // a starting-book account was booked bookMonth (< 0) months before the start, a term's
    // fraction ago (startingBook.ts): dated the first of that month, so trailing-year retention
    // has a year-ago ARR from the start
    const date = a.bookMonth[i]! < 0 ? monthFirst(a.bookMonth[i]!) : cal.iso(bookDay);
    addAccount(id, SEGMENT_OF[a.segment[i]!]!, date);
    running[i] = a.arr0[i]!;
    movements.push({
      movement_id: `N-${id}`,
      account_id: id,
      date,
      type: "new",
      arr_change: a.arr0[i]!,
      arr_after: a.arr0[i]!,
      opportunity_id: oppOfAccount.get(i) ?? null,
      rep_id: null,
    });
    const cover = (r: number, role: AssignmentRow["role"]) => {
      if (r >= 0)
        assignments.push({ account_id: id, rep_id: s.reps[r]!.id, role, start_date: date, end_date: null });
    };
    cover(a.seller[i]!, "AE");
    cover(a.csm[i]!, "CSM");
    cover(a.am[i]!, "AM");
  }
  for (let k = 0; k < t.n; k++) {
    const type = t.type[k]!;
    if (type !== EXPANSION && type !== CONTRACTION && type !== CHURN && type !== RENEWAL) continue;
    const day = t.day[k]!;
    if (day > endDay) continue;
    const i = t.account[k]!;
    const arr = t.arr[k]!;
    const base = { account_id: a.ids[i]!, date: cal.iso(day), opportunity_id: null, rep_id: null };
    const id = `M${eventId(k)}`;
    if (type === EXPANSION) {
      running[i] = running[i]! + arr;
      movements.push({
        ...base,
        movement_id: id,
        type: "expansion",
        arr_change: arr,
        arr_after: running[i]!,
      });
    } else if (type === CONTRACTION) {
      running[i] = running[i]! - arr;
      movements.push({
        ...base,
        movement_id: id,
        type: "contraction",
        arr_change: -arr,
        arr_after: running[i]!,
      });
    } else if (type === CHURN) {
      running[i] = 0;
      movements.push({ ...base, movement_id: id, type: "churn", arr_change: -arr, arr_after: 0 });
    } else {
      const give = running[i]! - arr;
      if (give > 0)
        movements.push({
          ...base,
          movement_id: `${id}-pull`,
          type: "contraction",
          arr_change: -give,
          arr_after: arr,
        });
      running[i] = arr;
      movements.push({ ...base, movement_id: id, type: "renewal", arr_change: 0, arr_after: arr });
    }
  }

  const usage: UsageRow[] = [];
  log.usage.forEach((depth, m) => {
    const month = monthFirst(m).slice(0, 7);
    for (let i = 0; i < depth.length; i++) {
      const d = depth[i]!;
      if (Number.isNaN(d) || a.bookDay[i]! > endDay) continue;
      usage.push({ account_id: a.ids[i]!, month, active_users: null, usage_depth: d, events: null });
    }
  });

  const surveys: SurveyRow[] = [];
  for (let k = 0; k < log.answers; k++) {
    const m = log.answerMonth[k]!;
    if (m >= s.horizon) continue;
    const base = {
      account_id: a.ids[log.answerRow[k]!]!,
      date: cal.iso(cal.monthStart[m + 1]! - 1),
      rep_id: null,
    };
    const score = log.answerReported[k]!;
    surveys.push({ ...base, response_id: `S${pad(k + 1, surveyWidth)}-nps`, kind: "nps", score });
    surveys.push({
      ...base,
      response_id: `S${pad(k + 1, surveyWidth)}-csat`,
      kind: "csat",
      score: csatOf(score),
    });
  }

  return {
    reps,
    accounts: [...accounts.values()].sort(byKeys<AccountRow>("account_id")),
    opportunities: opportunities.sort(byKeys<OpportunityRow>("opportunity_id")),
    arr_movements: movements.sort(byKeys<ArrMovementRow>("account_id", "date", "movement_id")),
    usage: usage.sort(byKeys<UsageRow>("account_id", "month")),
    surveys: surveys.sort(byKeys<SurveyRow>("date", "response_id")),
    assignments: assignments.sort(byKeys<AssignmentRow>("account_id", "role", "start_date")),
    // A simulated rep is on its variant's plan for the whole horizon (sim/plan/README.md).
    plan_assignments: [],
  };
}
