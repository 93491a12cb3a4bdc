/** A shared pool in canonical form. */
import type { ComponentBase } from "../../canonical.js";
import type { PoolComponent } from "./canonical.js";
import type { PoolSource } from "./schema.js";

export function normalizePool(c: PoolSource, base: ComponentBase): PoolComponent {
  return { ...base, kind: "pool", metric: c.metric, fundingRate: c.fundingRate, shares: { ...c.shares } };
}
