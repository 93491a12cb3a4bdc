/** The shared pool input schema (plan JSON Schema: components[kind=pool]). */
import * as z from "zod";
import { mapping, text } from "../../inputScalars.js";
import { ratio } from "../../planScalars.js";
import { baseKeys } from "../baseSchema.js";

export const poolSchema = mapping(
  {
    kind: z.literal("pool").describe("Shared pool funded by a share of a credited metric, split by role."),
    ...baseKeys(),
    metric: text("Credited metric that funds the pool (usually expansionArr)."),
    fundingRate: ratio("Share of the metric that funds the pool (e.g. 5%)."),
    shares: mapping(
      {
        AE: ratio("AE share of the pool.").optional(),
        AM: ratio("AM share of the pool.").optional(),
        CSM: ratio("CSM share of the pool.").optional(),
        SDR: ratio("SDR share of the pool.").optional(),
      },
      "a mapping of role shares like {AE: 50%, CSM: 50%}",
      "Share of the pool per role; shares sum to ≤ 100%.",
    ),
  },
  "a pool component",
  "A shared pool split between roles.",
);

/** A parsed Pool (scalar shorthands resolved, structure as written). */
export type PoolSource = z.output<typeof poolSchema>;
