/**
 * The starting book: customers already on the books before the history starts, so AMs and CSMs
 * have accounts from month one. Sized per segment by the number of CSMs of each team.
 */
import type { RepRow } from "../rows.js";
import { type GenerateOptions, INDUSTRIES, SEGMENT_PROFILES, type Segment } from "./config.js";
import type { Customer } from "./customers.js";
import { addDays } from "./dates.js";
import { intBetween, lognormal, pick, stream } from "./random.js";
import { companyName } from "./sales.js";

export function startingBook(options: GenerateOptions, reps: readonly RepRow[]): Customer[] {
  const teams = new Map<string, { region: string; segment: Segment; csms: number }>();
  for (const rep of reps) {
    if (rep.role !== "CSM" || rep.hire_date > options.start) continue;
    const t = teams.get(rep.team) ?? { region: rep.region, segment: rep.segment as Segment, csms: 0 };
    t.csms += 1;
    teams.set(rep.team, t);
  }
  const customers: Customer[] = [];
  for (const [team, t] of [...teams].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const profile = SEGMENT_PROFILES[t.segment];
    const count = t.csms * profile.initialAccountsPerRep;
    for (let i = 1; i <= count; i++) {
      const id = `A-B-${team.slice(4)}-${String(i).padStart(3, "0")}`;
      const r = stream(options.seed, "book", id);
      const since = addDays(options.start, -intBetween(r, 30, 1400));
      customers.push({
        account: {
          account_id: id,
          name: companyName(id, options.seed),
          segment: t.segment,
          region: t.region,
          industry: pick(r, INDUSTRIES),
          created_date: since,
        },
        since,
        arr: Math.round(lognormal(r, profile.medianArr * 1.3, profile.sigma)),
        termMonths: pick(r, [12, 24, 36], profile.terms),
        opportunityId: null,
        ownerRepId: null,
      });
    }
  }
  return customers;
}
