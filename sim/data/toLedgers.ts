/**
 * Canonical tables → one Ledger per rep (sim/core/ledger.ts) for a date range, the input of the
 * backtest. Definitions (also in data/README.md, "From tables to ledgers"):
 * - booking: each won opportunity closed in range, in its owner's ledger; arr = amount,
 *   tcv = amount × term / 12 (term 12 when unknown), discount as recorded (0 when unknown);
 * - expansion / contraction / churn / renewal: each ARR movement in range, in the ledger of every
 *   rep covering the account on its date (assignments); arr = |arr_change|, for a renewal the
 *   ARR renewed (arr_after). `new` movements are not credited: bookings come from opportunities;
 * - milestone `activation`: the first month at or after the account's first booking whose
 *   usage_depth ≥ `activationThreshold` (default 0.3), dated that month's last day (usage is
 *   known at month end), in the ledgers of the account's booking owners and covering reps;
 * - observations: see observations.ts;
 * - event attributes (credit filters, sim/plan/creditFilter.ts): a booking's product is its
 *   opportunity's; region and segment are the account's; the account's industry is its tag; the
 *   deal type is newLogo for the account's first won deal, crossSell for a later one of a product
 *   the account had not bought, expansion otherwise. Movements carry their account's attributes
 *   and the product of the opportunity they name.
 * - plan assignments (the optional plan_assignments table): a rep's rows become its
 *   Ledger.assignments (sorted by start; an empty plan_id = null, the variant's plan for the
 *   rep's role) and its events without a territory take the territory of the assignment in force
 *   on their date (sim/plan/ledgerAssignments.ts, as ledger files do). A rep without rows gets no
 *   `assignments` key: its ledger is exactly as before the table existed.
 * Events are sorted by date then id; ledgers by rep id.
 */
import type { Ledger, LedgerEvent, LedgerEventType, RepInfo } from "../core/ledger.js";
import { withAssignments } from "../plan/ledgerAssignments.js";
import { ArrTimeline, Coverage } from "./book.js";
import { indexSurveys, indexUsage, monthEnd, monthsBetween, repObservations } from "./observations.js";
import { assignmentsByRep } from "./planAssignments.js";
import type { AccountRow, CanonicalTables, OpportunityRow, RepRow, Rows } from "./rows.js";

export interface LedgerOptions {
  /** First and last day of the range (ISO, inclusive). */
  readonly from: string;
  readonly to: string;
  readonly activationThreshold?: number;
}

export const DEFAULT_ACTIVATION_THRESHOLD = 0.3;

const event = (
  e: Partial<LedgerEvent> & Pick<LedgerEvent, "id" | "date" | "type" | "account" | "arr">,
): LedgerEvent => ({
  deal: "",
  tcv: e.arr,
  termMonths: 12,
  discount: 0,
  milestone: "",
  ...e,
});

/** The attributes an event takes from its account and product (only those known). */
function attributes(account: AccountRow | undefined, product: string | null): Partial<LedgerEvent> {
  const out: { -readonly [K in keyof LedgerEvent]?: LedgerEvent[K] } = {};
  if (product !== null && product !== "") out.product = product;
  if (account !== undefined) {
    if (account.region !== "") out.region = account.region;
    if (account.segment !== "") out.segment = account.segment;
    if (account.industry !== null && account.industry !== "") out.tags = [account.industry];
  }
  return out;
}

function repInfo(r: RepRow): RepInfo {
  return {
    id: r.rep_id,
    name: r.name,
    role: r.role,
    team: r.team,
    region: r.region,
    segment: r.segment,
    hireDate: r.hire_date,
    terminationDate: r.termination_date,
    planStart: null,
    planEnd: null,
  };
}

const MOVEMENT_EVENT: Readonly<Record<string, LedgerEventType | null>> = {
  new: null,
  expansion: "expansion",
  contraction: "contraction",
  churn: "churn",
  renewal: "renewal",
};

export function toLedgers(tables: CanonicalTables, options: LedgerOptions): Ledger[] {
  const inRange = (d: string | null): d is string => d !== null && d >= options.from && d <= options.to;
  const coverage = new Coverage(tables.assignments);
  const events = new Map<string, LedgerEvent[]>(tables.reps.map((r) => [r.rep_id, []]));
  const add = (rep: string, e: LedgerEvent) => events.get(rep)?.push(e);
  const owners = new Map<string, Set<string>>();
  const firstBooking = new Map<string, { date: string; deal: string }>();
  const accountOf = new Map(tables.accounts.map((a) => [a.account_id, a]));
  const productOf = productsOf(tables);
  const bought = new Map<string, Set<string>>();
  for (const o of wonInOrder(tables.opportunities)) {
    const first = !firstBooking.has(o.account_id);
    if (first) firstBooking.set(o.account_id, { date: o.closed_date, deal: o.opportunity_id });
    const products = bought.get(o.account_id) ?? new Set<string>();
    const dealType = first
      ? "newLogo"
      : o.product !== null && !products.has(o.product)
        ? "crossSell"
        : "expansion";
    if (o.product !== null) products.add(o.product);
    bought.set(o.account_id, products);
    owners.set(o.account_id, (owners.get(o.account_id) ?? new Set()).add(o.owner_rep_id));
    if (!inRange(o.closed_date)) continue;
    const term = o.term_months ?? 12;
    add(
      o.owner_rep_id,
      event({
        id: o.opportunity_id,
        date: o.closed_date,
        type: "booking",
        account: o.account_id,
        deal: o.opportunity_id,
        arr: o.amount,
        tcv: (o.amount * term) / 12,
        termMonths: term,
        discount: o.discount ?? 0,
        ...attributes(accountOf.get(o.account_id), o.product),
        dealType,
      }),
    );
  }
  for (const m of tables.arr_movements) {
    const type = MOVEMENT_EVENT[m.type];
    if (!type || !inRange(m.date)) continue;
    const arr = type === "renewal" ? m.arr_after : Math.abs(m.arr_change);
    for (const rep of coverage.repsOf(m.account_id, m.date)) {
      add(
        rep,
        event({
          id: m.movement_id,
          date: m.date,
          type,
          account: m.account_id,
          deal: m.opportunity_id ?? "",
          arr,
          ...attributes(
            accountOf.get(m.account_id),
            m.opportunity_id === null ? null : (productOf.get(m.opportunity_id) ?? null),
          ),
        }),
      );
    }
  }
  addActivations(tables, options, coverage, owners, firstBooking, add);
  const months = monthsBetween(options.from, options.to);
  const inputs = {
    arr: new ArrTimeline(tables.arr_movements),
    coverage,
    depth: indexUsage(tables.usage),
    surveys: indexSurveys(tables.surveys, coverage),
  };
  const planAssignments = assignmentsByRep(tables.plan_assignments);
  return [...tables.reps]
    .sort((a, b) => (a.rep_id < b.rep_id ? -1 : a.rep_id > b.rep_id ? 1 : 0))
    .map((r) => {
      const ledger: Ledger = {
        rep: repInfo(r),
        events: events
          .get(r.rep_id)!
          .sort((a, b) =>
            a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
          ),
        observations: coverage.hasBook(r.rep_id) ? repObservations(r.rep_id, months, inputs) : [],
      };
      const mine = planAssignments.get(r.rep_id);
      return mine === undefined
        ? ledger
        : withAssignments(
            ledger,
            mine.map((a) => ({ ...a, rep: r.rep_id })),
          );
    });
}

/** Won deals with a close date and an amount, by close date then id (the order credit is given in). */
type Booked = OpportunityRow & { closed_date: string; amount: number };

function wonInOrder(opportunities: Rows<OpportunityRow>): Booked[] {
  const won = opportunities.filter(
    (o): o is Booked => o.stage === "won" && o.closed_date !== null && o.amount !== null,
  );
  const keys = won.map((o) => o.closed_date + o.opportunity_id);
  const order = won.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
  return order.map((i) => won[i]!);
}

/** The product of each opportunity a credited ARR movement names (not every opportunity's). */
function productsOf(tables: CanonicalTables): Map<string, string | null> {
  const named = new Set<string>();
  for (const m of tables.arr_movements)
    if (MOVEMENT_EVENT[m.type] && m.opportunity_id !== null) named.add(m.opportunity_id);
  const out = new Map<string, string | null>();
  if (named.size === 0) return out;
  for (const o of tables.opportunities) if (named.has(o.opportunity_id)) out.set(o.opportunity_id, o.product);
  return out;
}

function addActivations(
  tables: CanonicalTables,
  options: LedgerOptions,
  coverage: Coverage,
  owners: ReadonlyMap<string, ReadonlySet<string>>,
  firstBooking: ReadonlyMap<string, { date: string; deal: string }>,
  add: (rep: string, e: LedgerEvent) => void,
): void {
  const threshold = options.activationThreshold ?? DEFAULT_ACTIVATION_THRESHOLD;
  const usage = [...tables.usage].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const activated = new Set<string>();
  for (const u of usage) {
    const booking = firstBooking.get(u.account_id);
    if (activated.has(u.account_id) || u.usage_depth < threshold) continue;
    if (booking && u.month < booking.date.slice(0, 7)) continue;
    activated.add(u.account_id);
    const date = monthEnd(u.month);
    if (date < options.from || date > options.to) continue;
    const reps = new Set([...(owners.get(u.account_id) ?? []), ...coverage.repsOf(u.account_id, date)]);
    for (const rep of [...reps].sort()) {
      add(
        rep,
        event({
          id: `activation-${u.account_id}`,
          date,
          type: "milestone",
          account: u.account_id,
          deal: booking?.deal ?? "",
          arr: 0,
          tcv: 0,
          termMonths: 0,
          milestone: "activation",
        }),
      );
    }
  }
}
