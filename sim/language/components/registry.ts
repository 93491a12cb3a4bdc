/**
 * The component kinds of the plan language, one entry per kind (canonical.ts Component; the
 * evaluator half is sim/plan/components/registry.ts). The plan schema, the normalizer and the
 * checks read kinds only through this table — adding a kind is a folder and a line here
 * (sim/plan/components/README.md). The order is the order editors and the JSON Schema list them.
 */
import * as z from "zod";
import type { Component, ComponentKind } from "../canonical.js";
import { expecting } from "../inputScalars.js";
import { bonus } from "./bonus/index.js";
import { commission } from "./commission/index.js";
import type { KindLanguage } from "./kind.js";
import { milestone } from "./milestone/index.js";
import { pool } from "./pool/index.js";
import { spiff } from "./spiff/index.js";

type LanguageOf<K extends ComponentKind> = KindLanguage<
  Extract<Component, { kind: K }>,
  // biome-ignore lint/suspicious/noExplicitAny: each kind's source is its own schema's output
  any
>;

export const LANGUAGES = { commission, bonus, milestone, spiff, pool } as const satisfies {
  readonly [K in ComponentKind]: LanguageOf<K>;
};

export const COMPONENT_KINDS = Object.keys(LANGUAGES) as ComponentKind[];

/** A kind's language half, seen through any component and source (the normalizer calls kinds alike). */
// biome-ignore lint/suspicious/noExplicitAny: sources are parsed by the kind's own schema
export type AnyLanguage = KindLanguage<Component, any>;

export function languageOf(kind: ComponentKind): AnyLanguage {
  return LANGUAGES[kind] as unknown as AnyLanguage;
}

const componentError = expecting(
  `a component: a mapping with 'kind' (${COMPONENT_KINDS.map((k) => `'${k}'`).join(", ")})`,
);

type KindSchema = (typeof LANGUAGES)[ComponentKind]["schema"];
const kindSchemas = COMPONENT_KINDS.map((k) => LANGUAGES[k].schema) as [KindSchema, ...KindSchema[]];

/** Any component: the kinds' schemas, told apart by `kind`. */
export const componentSchema = z
  .discriminatedUnion("kind", kindSchemas, {
    error: (issue) => {
      const input: unknown = issue.input;
      if (input !== null && typeof input === "object" && !Array.isArray(input)) {
        const kind = (input as Record<string, unknown>).kind;
        const kinds = COMPONENT_KINDS.join(", ");
        return kind === undefined
          ? `missing: expected one of ${kinds}`
          : `expected one of ${kinds}, got '${String(kind)}'`;
      }
      return componentError.error(issue);
    },
  })
  .describe(
    `A plan component; 'kind' selects ${COMPONENT_KINDS.slice(0, -1).join(", ")} or ${COMPONENT_KINDS.at(-1)}.`,
  );

export type ComponentSource = z.output<typeof componentSchema>;
