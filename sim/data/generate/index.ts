/**
 * `generateSample(options)`: a realistic, seeded history of a B2B SaaS sales and CS team as
 * canonical tables (see config.ts for the benchmarks behind each default). Same options ⇒ the
 * same tables, byte for byte once written.
 */
import type { CanonicalArrays, RepRow } from "../rows.js";
import { assignCustomer } from "./assignments.js";
import { startingBook } from "./book.js";
import { DEFAULT_GENERATE, type GenerateOptions } from "./config.js";
import { customersFromWins, simulateCustomer } from "./customers.js";
import { addDays, addMonths } from "./dates.js";
import { generateReps } from "./reps.js";
import { generateSales } from "./sales.js";

export { DEFAULT_GENERATE, type GenerateOptions };

const by =
  <T>(...keys: (keyof T)[]) =>
  (a: T, b: T): number => {
    for (const k of keys) {
      const x = String(a[k] ?? "");
      const y = String(b[k] ?? "");
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

export function generateSample(partial: Partial<GenerateOptions> = {}): CanonicalArrays {
  const options = { ...DEFAULT_GENERATE, ...partial };
  const end = addDays(addMonths(options.start, options.years * 12), -1);
  const reps = generateReps(options, end);
  const sales = generateSales(options, reps, end);
  const accountById = new Map(sales.accounts.map((a) => [a.account_id, a]));
  const book = startingBook(options, reps);
  const customers = [...book, ...customersFromWins(sales.opportunities, accountById)];
  const teams = new Map<string, RepRow[]>();
  for (const rep of reps) teams.set(rep.team, [...(teams.get(rep.team) ?? []), rep]);
  const tables: CanonicalArrays = {
    reps,
    accounts: [...book.map((c) => c.account), ...sales.accounts],
    opportunities: sales.opportunities,
    arr_movements: [],
    usage: [],
    surveys: [],
    assignments: [],
    plan_assignments: [],
  };
  for (const c of customers) {
    const history = simulateCustomer(c, options, end);
    tables.arr_movements.push(...history.movements);
    tables.usage.push(...history.usage);
    tables.surveys.push(...history.surveys);
    tables.assignments.push(...assignCustomer(c, history.churned, teams, options.seed, options.start));
  }
  tables.accounts.sort(by("account_id"));
  tables.opportunities.sort(by("opportunity_id"));
  tables.arr_movements.sort(by("account_id", "date", "movement_id"));
  tables.usage.sort(by("account_id", "month"));
  tables.surveys.sort(by("date", "response_id"));
  tables.assignments.sort(by("account_id", "role", "start_date"));
  return tables;
}
