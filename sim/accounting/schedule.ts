/**
 * The ASC 340-40 expense schedule of contract costs (incremental costs of obtaining a contract),
 * month by month, as pure arithmetic over a simulation's months:
 *  - a cost of a contract of ≤ 12 months is expensed when incurred (the practical expedient,
 *    ASC 340-40-25-4), when the policy takes it;
 *  - otherwise it is capitalised when incurred and amortised straight-line over the expected
 *    customer life from the contract's start month (ASC 340-40-35-1): cost / life a month, with
 *    a catch-up in the month incurred for the months since the start;
 *  - when the customer churns, what is left of the asset is written off that month (an
 *    impairment, ASC 340-40-35-3); a cost incurred after the churn is expensed at once;
 *  - a recovery (clawback, forfeit) is a negative cost of the same contract on the same rule,
 *    so it reduces the asset — and the expense already recognised on it — in the same way.
 * Every cost is added in O(1) (a difference array for the straight-line part), so a trial's
 * thousands of deals cost one pass over the months.
 */

export interface ContractCost {
  /** Cost incurred (currency); negative for a recovery. */
  readonly amount: number;
  /** Month (0-based) the cost is incurred: the month its statement is placed in. */
  readonly incurredMonth: number;
  /** Month the contract starts (the booking's month). */
  readonly startMonth: number;
  readonly termMonths: number;
  /** Amortisation period: the expected customer life, whole months ≥ 1. */
  readonly lifeMonths: number;
  /** Month the customer churned; null while a customer. */
  readonly churnMonth: number | null;
}

export interface ExpenseSchedule {
  readonly months: number;
  /** Expense recognised per month: costs expensed when incurred + amortisation + write-offs. */
  readonly expense: Float64Array;
  /** Costs capitalised per month (an asset). */
  readonly capitalised: Float64Array;
  /** Part of `expense` that reduced the asset (amortisation and write-offs). */
  readonly amortised: Float64Array;
  /** Straight-line slope changes (internal; integrated by finishSchedule). */
  readonly slope: Float64Array;
}

export function emptySchedule(months: number): ExpenseSchedule {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be ≥ 1, got ${months}`);
  return {
    months,
    expense: new Float64Array(months),
    capitalised: new Float64Array(months),
    amortised: new Float64Array(months),
    slope: new Float64Array(months + 1),
  };
}

/** A cost that is not a contract cost (or falls under the expedient): expense in the month incurred. */
export function expenseWhenIncurred(s: ExpenseSchedule, month: number, amount: number): void {
  if (month < 0 || month >= s.months || amount === 0) return;
  s.expense[month] = s.expense[month]! + amount;
}

/** Whether the practical expedient expenses this contract's cost when incurred. */
export function expensedUnderExpedient(cost: ContractCost, practicalExpedient: boolean): boolean {
  return practicalExpedient && cost.termMonths <= 12;
}

function recognise(s: ExpenseSchedule, month: number, amount: number): void {
  s.expense[month] = s.expense[month]! + amount;
  s.amortised[month] = s.amortised[month]! + amount;
}

/** The contract a cost belongs to (ContractCost without amount and month). */
export type CostContract = Pick<ContractCost, "startMonth" | "termMonths" | "lifeMonths" | "churnMonth">;

/** Adds one contract cost to the schedule (see the file comment for the rule). */
export function addContractCost(s: ExpenseSchedule, cost: ContractCost, practicalExpedient: boolean): void {
  addCost(s, cost.amount, cost.incurredMonth, cost, practicalExpedient);
}

/** Amortisation due by the end of month m of a cost starting in `start` over `life` months. */
function due(amount: number, start: number, life: number, m: number): number {
  if (m < start) return 0;
  return m >= start + life - 1 ? amount : (amount / life) * (m - start + 1);
}

/** addContractCost with the amount and month apart from the contract. */
export function addCost(
  s: ExpenseSchedule,
  amount: number,
  i: number,
  contract: CostContract,
  practicalExpedient: boolean,
): void {
  addCostOf(
    s,
    amount,
    i,
    contract.startMonth,
    contract.termMonths,
    contract.lifeMonths,
    contract.churnMonth ?? -1,
    practicalExpedient,
  );
}

/** addContractCost on plain numbers (no object per cost); churn −1 = still a customer. */
export function addCostOf(
  s: ExpenseSchedule,
  amount: number,
  i: number,
  start: number,
  termMonths: number,
  life: number,
  churn: number,
  practicalExpedient: boolean,
): void {
  if (i < 0 || i >= s.months || amount === 0) return;
  if (practicalExpedient && termMonths <= 12) {
    expenseWhenIncurred(s, i, amount);
    return;
  }
  if (!Number.isInteger(life) || life < 1)
    throw new RangeError(`lifeMonths must be a whole number ≥ 1, got ${life}`);
  const churned = churn >= 0;
  s.capitalised[i] = s.capitalised[i]! + amount;
  if (churned && churn <= i) {
    recognise(s, i, amount); // the customer is already gone: written off at once
    return;
  }
  const perMonth = amount / life;
  const lastMonth = start + life - 1; // last month of the straight line
  recognise(s, i, due(amount, start, life, i)); // catch-up for the months since the start, this month included
  const end = Math.min(churned ? churn : s.months, s.months); // exclusive
  const from = Math.max(i + 1, start);
  const to = Math.min(end - 1, lastMonth);
  if (from <= to) {
    s.slope[from] = s.slope[from]! + perMonth;
    s.slope[to + 1] = s.slope[to + 1]! - perMonth;
  }
  if (churned && churn < s.months) {
    const left = amount - due(amount, start, life, churn - 1);
    if (left !== 0) recognise(s, churn, left);
  }
}

/** Integrates the straight-line parts; returns the contract-cost asset at the end of each month. */
export function finishSchedule(s: ExpenseSchedule): Float64Array {
  let rate = 0;
  for (let m = 0; m < s.months; m++) {
    rate += s.slope[m]!;
    s.slope[m] = 0;
    if (rate !== 0) recognise(s, m, rate);
  }
  s.slope[s.months] = 0;
  const asset = new Float64Array(s.months);
  let balance = 0;
  for (let m = 0; m < s.months; m++) {
    balance += s.capitalised[m]! - s.amortised[m]!;
    asset[m] = Math.abs(balance) < 1e-6 ? 0 : balance;
  }
  return asset;
}

/** Σ of a monthly series over months [from, to). */
export function sumMonths(series: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let m = Math.max(0, from); m < Math.min(to, series.length); m++) total += series[m]!;
  return total;
}
