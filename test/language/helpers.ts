/** Shared helpers for the plan-language tests. */
import { formatProblem } from "../../sim/errors.js";
import type { Plan } from "../../sim/language/canonical.js";
import { parsePlan } from "../../sim/language/loadPlan.js";

/** A minimal valid AE plan; tests append or replace lines to make one thing wrong. */
export const MINIMAL = `role: AE
payMix: {ote: 200k, mix: 50/50}
quotas:
  newArr: 1M
components:
  - id: c
    kind: commission
    metric: newArr
    weight: 100%
    rate: auto
`;

/** The canonical plan of valid text; fails the test with the problems otherwise. */
export function planOf(text: string, file = "test.yaml"): Plan {
  const result = parsePlan(text, file);
  if (!result.plan)
    throw new Error(`expected a valid plan, got:\n${result.problems.map(formatProblem).join("\n")}`);
  return result.plan;
}

/** Problems of invalid text as `line:col path: message (hint)` lines. */
export function problemsOf(text: string, file = "test.yaml"): string[] {
  const result = parsePlan(text, file);
  if (result.plan && result.problems.length === 0) return [];
  return result.problems.map((p) => formatProblem({ ...p, file: "" }).replace(/^: ?/, ""));
}

/** The commission component of a plan (first one). */
export function commission(plan: Plan) {
  const c = plan.components.find((x) => x.kind === "commission");
  if (c?.kind !== "commission") throw new Error("no commission component");
  return c;
}

/** MINIMAL with the commission's `rate: auto` line replaced by `lines` (indented 4). */
export function withCommission(lines: string, head = MINIMAL.replace("    rate: auto\n", "")): string {
  return head + lines.replace(/^\n/, "");
}
