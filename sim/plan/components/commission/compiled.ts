/**
 * A commission compiled once per plan: credit and quota indices, the tier table as typed arrays
 * and exact decimals, the adjustment table, clawback triggers as flags, and the scratch buffers
 * its evaluations reuse (evaluate is synchronous and never re-entered, so one set per compiled
 * plan is enough and the hot path allocates none).
 */
import type { CommissionComponent } from "../../../language/canonical.js";
import type { CompiledBase } from "../../compiledParts.js";
import { type Decimal, decimalMinusOne, decimalOf, decimalTimes } from "../../exact.js";
import type { CompileContext } from "../kind.js";

/** A deal's rate adjustment: discount band × term band (index in CompiledCommission.adjustments). */
export interface Adjustment {
  readonly multiplier: number;
  /** multiplier − 1, exactly. */
  readonly change: Decimal;
}

/** Tier edges (cents) for one quota, with the attainment cap's and the threshold's. */
export interface EdgeSlot {
  quota: number;
  readonly edges: Float64Array;
  capEdge: number;
  thresholdEdge: number;
}

/** Typed scratch buffers shared by all evaluations of one compiled commission. */
export interface Scratch {
  readonly basis: Float64Array;
  /** One deal's portions, recomputed for the rare exact rounding of an adjustment. */
  readonly portions: Float64Array;
  /** Throw-away basis for that recomputation. */
  readonly spare: Float64Array;
  /** Throw-away basis for the behaviour model's estimate (estimate.ts). */
  readonly estimate: Float64Array;
  /** One evaluation's credited events (on plan, with paid or quota credit) and their adjustment index. */
  credited: Int32Array;
  creditedAdj: Int32Array;
  /** Edges of the last two quotas seen (a monthly split alternates between two amounts). */
  readonly slots: readonly [EdgeSlot, EdgeSlot];
  next: number;
}

export interface CompiledCommission extends CompiledBase {
  readonly kind: "commission";
  readonly c: CommissionComponent;
  /** Credit index of the paid metric and of the attainment (quota) metric. */
  readonly credit: number;
  readonly quotaCredit: number;
  /** Quota index (−1: no quota → every credit pays at the first tier's rate). */
  readonly quota: number;
  readonly tierFrom: Float64Array;
  /** Upper bounds; Infinity for the open last tier. */
  readonly tierTo: Float64Array;
  readonly rates: Float64Array;
  /** The largest |rate| (bounds a deal's pay per cent of credit). */
  readonly maxRate: number;
  readonly maxAttainment: number;
  /** Exact decimals of the tier starts, rates, threshold and attainment cap. */
  readonly fromDec: readonly Decimal[];
  readonly rateDec: readonly Decimal[];
  readonly thresholdDec: Decimal | null;
  readonly capDec: Decimal | null;
  /** (discount band + 1) × (term bands + 1) + (term band + 1) → adjustment; band −1 = none. */
  readonly adjustments: readonly Adjustment[];
  /** Holdback, vesting or clawback: per-deal attribution is needed. */
  readonly dealLevel: boolean;
  /** Clawback triggers as flags (no array search in the hot path). */
  readonly onChurn: boolean;
  readonly onDowngrade: boolean;
  readonly onNoActivation: boolean;
  readonly scratch: Scratch;
}

/** Every combination of a discount band and a term band (or none), with its exact change. */
function adjustmentTable(c: CommissionComponent): Adjustment[] {
  const one = decimalOf(1);
  const discounts = [one, ...c.discountAdjustments.map((a) => decimalOf(a.multiplier))];
  const terms = [one, ...c.termAdjustments.map((a) => decimalOf(a.multiplier))];
  const out: Adjustment[] = [];
  for (const d of discounts) {
    for (const t of terms) {
      const m = decimalTimes(d, t);
      out.push({ multiplier: d.value * t.value, change: decimalMinusOne(m) });
    }
  }
  return out;
}

function scratchFor(tiers: number): Scratch {
  const slot = (): EdgeSlot => ({ quota: -1, edges: new Float64Array(tiers), capEdge: 0, thresholdEdge: 0 });
  return {
    basis: new Float64Array(tiers),
    portions: new Float64Array(tiers),
    spare: new Float64Array(tiers),
    estimate: new Float64Array(tiers),
    credited: new Int32Array(64),
    creditedAdj: new Int32Array(64),
    slots: [slot(), slot()],
    next: 0,
  };
}

export function compileCommission(
  c: CommissionComponent,
  base: CompiledBase,
  ctx: CompileContext,
): CompiledCommission {
  const quotaMetric = c.quotaMetric ?? c.metric;
  return {
    ...base,
    kind: "commission",
    c,
    credit: ctx.creditIndex(c.metric),
    quotaCredit: ctx.creditIndex(quotaMetric),
    quota: ctx.quotaIndex(quotaMetric),
    tierFrom: Float64Array.from(c.tiers, (t) => t.from),
    tierTo: Float64Array.from(c.tiers, (t) => t.to ?? Number.POSITIVE_INFINITY),
    rates: Float64Array.from(c.tiers, (t) => t.rate),
    maxRate: Math.max(0, ...c.tiers.map((t) => Math.abs(t.rate))),
    maxAttainment: c.cap.maxAttainment ?? Number.POSITIVE_INFINITY,
    fromDec: c.tiers.map((t) => decimalOf(t.from)),
    rateDec: c.tiers.map((t) => decimalOf(t.rate)),
    thresholdDec: c.threshold === null ? null : decimalOf(c.threshold),
    capDec: c.cap.maxAttainment === null ? null : decimalOf(c.cap.maxAttainment),
    adjustments: adjustmentTable(c),
    dealLevel: c.holdback !== null || c.vesting !== null || c.clawback !== null,
    onChurn: c.clawback?.triggers.includes("churn") ?? false,
    onDowngrade: c.clawback?.triggers.includes("downgrade") ?? false,
    onNoActivation: c.clawback?.triggers.includes("noActivation") ?? false,
    scratch: scratchFor(c.tiers.length),
  };
}
