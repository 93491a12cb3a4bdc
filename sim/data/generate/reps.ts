/**
 * Generated reps: roles split 45/25/30 (AE/AM/CSM), one team per role × region × segment, a few
 * hires during the history and a few departures.
 */
import type { RepRow } from "../rows.js";
import {
  type GenerateOptions,
  HIRE_SHARE,
  REGIONS,
  ROLE_SHARES,
  SEGMENTS,
  TERMINATION_SHARE,
} from "./config.js";
import { addDays, toDay } from "./dates.js";
import { bernoulli, intBetween, pick, stream } from "./random.js";

const FIRST = [
  "Ava",
  "Ben",
  "Chloe",
  "Dev",
  "Elena",
  "Farid",
  "Grace",
  "Hiro",
  "Isla",
  "Jon",
  "Kemi",
  "Liam",
  "Maya",
  "Noah",
  "Olga",
  "Priya",
  "Quinn",
  "Rosa",
  "Sam",
  "Tara",
];
const LAST = [
  "Adams",
  "Berg",
  "Chen",
  "Diaz",
  "Evans",
  "Fox",
  "Garcia",
  "Hale",
  "Ito",
  "Jensen",
  "Khan",
  "Lopez",
  "Moreau",
  "Nair",
  "Okafor",
  "Park",
  "Rossi",
  "Silva",
  "Tanaka",
  "Weber",
];

export function generateReps(options: GenerateOptions, endDate: string): RepRow[] {
  const ae = Math.round(options.reps * ROLE_SHARES.AE);
  const am = Math.round(options.reps * ROLE_SHARES.AM);
  const roles: ("AE" | "AM" | "CSM")[] = [];
  for (let i = 0; i < options.reps; i++) roles.push(i < ae ? "AE" : i < ae + am ? "AM" : "CSM");
  const counters = { AE: 0, AM: 0, CSM: 0 };
  const horizon = toDay(endDate) - toDay(options.start);
  return roles.map((role, i) => {
    const k = counters[role]++;
    const combo = k % (REGIONS.length * SEGMENTS.length);
    const region = REGIONS[combo % REGIONS.length]!;
    const segment = SEGMENTS[Math.floor(combo / REGIONS.length)]!;
    const id = `R${String(i + 1).padStart(4, "0")}`;
    const r = stream(options.seed, "rep", id);
    const team = `${role}-${region}-${segment}`;
    // the first rep of every team is there from the start, so no territory starts empty
    const newHire = k >= REGIONS.length * SEGMENTS.length && bernoulli(r, HIRE_SHARE);
    const hire = newHire
      ? addDays(options.start, intBetween(r, 30, horizon - 180))
      : addDays(options.start, -intBetween(r, 90, 2500));
    const leaves = !newHire && k >= REGIONS.length * SEGMENTS.length && bernoulli(r, TERMINATION_SHARE);
    return {
      rep_id: id,
      name: `${pick(r, FIRST)} ${pick(r, LAST)}`,
      role,
      team,
      region,
      segment,
      hire_date: hire,
      termination_date: leaves ? addDays(options.start, intBetween(r, 120, horizon - 60)) : null,
      manager_id: `MGR-${team}`,
    };
  });
}

/** Is the rep employed on `date`? */
export function employed(rep: RepRow, date: string): boolean {
  return rep.hire_date <= date && (rep.termination_date === null || date <= rep.termination_date);
}
