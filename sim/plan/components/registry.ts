/**
 * The component kinds' evaluators, one entry per kind of the plan language (canonical.ts
 * ComponentKind; the language half is sim/language/components/registry.ts). compile.ts,
 * evaluate.ts and the behaviour model read kinds only through this table — adding a kind is a
 * folder and a line here (sim/plan/components/README.md).
 */
import type { Component, ComponentKind } from "../../language/canonical.js";
import { bonus } from "./bonus/index.js";
import { commission } from "./commission/index.js";
import type { KindEvaluator } from "./kind.js";
import { milestone } from "./milestone/index.js";
import { pool } from "./pool/index.js";
import { spiff } from "./spiff/index.js";

type EvaluatorOf<K extends ComponentKind> = KindEvaluator<
  Extract<Component, { kind: K }>,
  // biome-ignore lint/suspicious/noExplicitAny: each kind's compiled form and state are its own
  any,
  // biome-ignore lint/suspicious/noExplicitAny: (checked where the kind defines its entry)
  any
>;

export const EVALUATORS = { commission, bonus, milestone, spiff, pool } as const satisfies {
  readonly [K in ComponentKind]: EvaluatorOf<K>;
};

/** A component compiled by its kind's evaluator (the union of every kind's compiled form). */
export type CompiledComponent = {
  [K in ComponentKind]: ReturnType<(typeof EVALUATORS)[K]["compile"]>;
}[ComponentKind];

/** An evaluator seen through any compiled component and state (evaluate.ts calls kinds alike). */
export type AnyEvaluator = KindEvaluator<Component, CompiledComponent, unknown>;

export function evaluatorOf(kind: ComponentKind): AnyEvaluator {
  return EVALUATORS[kind] as unknown as AnyEvaluator;
}
