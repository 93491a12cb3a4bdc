/**
 * The pilot group: reps selected by `--group KEY=VALUE` criteria on their attributes (repeatable,
 * ANDed), among the reps of the roles the plans pay. The rest of those reps are the pool of
 * controls. Unknown keys or values are input errors naming the valid ones.
 */
import type { RepRow } from "../data/rows.js";
import { didYouMean, InputError, problem } from "../errors.js";

export const GROUP_KEYS = ["rep", "role", "team", "region", "segment", "manager"] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export interface GroupCriterion {
  readonly key: GroupKey;
  readonly value: string;
}

export function repAttribute(rep: RepRow, key: GroupKey): string {
  switch (key) {
    case "rep":
      return rep.rep_id;
    case "manager":
      return rep.manager_id ?? "";
    default:
      return rep[key];
  }
}

export function parseGroupCriterion(spec: string): GroupCriterion {
  const eq = spec.indexOf("=");
  const key = (eq > 0 ? spec.slice(0, eq) : spec).trim();
  const value = eq > 0 ? spec.slice(eq + 1).trim() : "";
  if (!(GROUP_KEYS as readonly string[]).includes(key)) {
    throw new InputError([
      problem("--group", `unknown key '${key}' in '${spec}': expected one of ${GROUP_KEYS.join(", ")}`, {
        hint: didYouMean(key, GROUP_KEYS),
      }),
    ]);
  }
  if (eq <= 0 || value === "") {
    throw new InputError([problem("--group", `expected KEY=VALUE, got '${spec}'`)]);
  }
  return { key: key as GroupKey, value };
}

export interface PilotGroup {
  readonly criteria: readonly GroupCriterion[];
  /** Reps of the plans' roles matching every criterion, by rep id. */
  readonly pilot: readonly RepRow[];
  /** Reps of the plans' roles not in the group. */
  readonly rest: readonly RepRow[];
  readonly roles: readonly string[];
  /** Human-readable: "region=NA and segment=ENT". */
  readonly label: string;
}

const byId = (a: RepRow, b: RepRow) => (a.rep_id < b.rep_id ? -1 : a.rep_id > b.rep_id ? 1 : 0);

export function selectGroup(
  reps: readonly RepRow[],
  criteria: readonly GroupCriterion[],
  roles: readonly string[],
): PilotGroup {
  if (criteria.length === 0)
    throw new InputError([problem("--group", "give at least one --group KEY=VALUE")]);
  const eligible = reps.filter((r) => roles.includes(r.role));
  const problems = criteria.flatMap((c) => {
    const values = [...new Set(eligible.map((r) => repAttribute(r, c.key)).filter((v) => v !== ""))].sort();
    if (values.includes(c.value)) return [];
    const shown =
      values.length > 12 ? `${values.slice(0, 12).join(", ")}, … (${values.length})` : values.join(", ");
    return [
      problem("--group", `no ${roles.join("/")} rep has ${c.key} '${c.value}'; valid values: ${shown}`, {
        hint: didYouMean(c.value, values),
      }),
    ];
  });
  if (problems.length > 0) throw new InputError(problems);
  const inGroup = (r: RepRow) => criteria.every((c) => repAttribute(r, c.key) === c.value);
  const pilot = eligible.filter(inGroup).sort(byId);
  const rest = eligible.filter((r) => !inGroup(r)).sort(byId);
  const label = criteria.map((c) => `${c.key}=${c.value}`).join(" and ");
  if (pilot.length === 0)
    throw new InputError([
      problem("--group", `no ${roles.join("/")} rep matches ${label} (each criterion alone does)`),
    ]);
  if (rest.length < 2)
    throw new InputError([
      problem(
        "--group",
        `${label} leaves ${rest.length} ${roles.join("/")} rep(s) outside it: a control needs at least 2`,
      ),
    ]);
  return { criteria, pilot, rest, roles, label };
}
