import type { Component, ComponentBase } from "../canonical.js";
import type { NormalizeContext } from "../components/kind.js";
import { type ComponentSource, languageOf } from "../components/registry.js";
import type { IssueList, Path } from "../issue.js";
import { resolveComponentCap } from "./resolveCaps.js";
import { resolveGates } from "./resolveRules.js";

/**
 * One component in canonical form: the shared base (label = id, weight, gates, cap), then the
 * kind's own fields (sim/language/components/<kind>/normalize.ts).
 */
export function buildComponent(
  c: ComponentSource,
  ctx: NormalizeContext,
  at: Path,
  issues: IssueList,
): Component {
  const base: ComponentBase = {
    id: c.id,
    label: c.label ?? c.id,
    weight: ctx.target.weight,
    gates: resolveGates(c.gates),
    cap: resolveComponentCap(c.cap, ctx.target.annualTarget, [...at, "cap"], issues),
  };
  return languageOf(c.kind).normalize(c, base, ctx, at, issues);
}
