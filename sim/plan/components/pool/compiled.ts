/** A shared pool compiled once per plan: its credit index and this plan's role's share, exactly. */
import type { PoolComponent } from "../../../language/canonical.js";
import type { CompiledBase } from "../../compiledParts.js";
import { type Decimal, decimalOf } from "../../exact.js";
import type { CompileContext } from "../kind.js";

export interface CompiledPool extends CompiledBase {
  readonly kind: "pool";
  readonly c: PoolComponent;
  readonly credit: number;
  readonly share: number;
  readonly fundingDec: Decimal;
  readonly shareDec: Decimal;
}

export function compilePool(c: PoolComponent, base: CompiledBase, ctx: CompileContext): CompiledPool {
  const share = c.shares[ctx.plan.role] ?? 0;
  return {
    ...base,
    kind: "pool",
    c,
    credit: ctx.creditIndex(c.metric),
    share,
    fundingDec: decimalOf(c.fundingRate),
    shareDec: decimalOf(share),
  };
}
