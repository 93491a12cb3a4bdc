/**
 * Retention, adoption and survey tallies per "book" — each rep's book (accounts sold by an AE,
 * owned by a CSM, covered by an AM), each segment's team, and the company — per simulated
 * month. The measured metrics the plans read (grr, nrr, logoRetention, usageDepth, nps, csat)
 * are computed from these.
 *
 * Retention is chain-linked and annualised over a trailing window of up to 12 months:
 * GRR = Π_j (1 − lost_j / start_j) ^ (12 / k), NRR = Π_j (1 + (gained_j − lost_j) / start_j) ^ (12 / k),
 * where start_j is the book's ARR at the start of month j (the Modified Dietz-free "chain"
 * form; a book whose ARR is 0 in a month skips it). k = months in the window with ARR.
 */
import { NPS_DETRACTOR, NPS_PROMOTER } from "../core/assumptions.js";

export const TRAILING_MONTHS = 12;

export class BookTracker {
  readonly start: Float64Array;
  readonly lost: Float64Array;
  readonly gained: Float64Array;
  readonly logos: Float64Array;
  readonly logosLost: Float64Array;
  readonly adoptionSum: Float64Array;
  /** Survey tallies: responses, promoters and detractors on true and reported scores, CSAT sums. */
  readonly responses: Float64Array;
  readonly promTrue: Float64Array;
  readonly detTrue: Float64Array;
  readonly promRep: Float64Array;
  readonly detRep: Float64Array;
  readonly csatRep: Float64Array;

  constructor(
    readonly groups: number,
    readonly months: number,
  ) {
    const n = groups * months;
    this.start = new Float64Array(n);
    this.lost = new Float64Array(n);
    this.gained = new Float64Array(n);
    this.logos = new Float64Array(n);
    this.logosLost = new Float64Array(n);
    this.adoptionSum = new Float64Array(n);
    this.responses = new Float64Array(n);
    this.promTrue = new Float64Array(n);
    this.detTrue = new Float64Array(n);
    this.promRep = new Float64Array(n);
    this.detRep = new Float64Array(n);
    this.csatRep = new Float64Array(n);
  }

  at(g: number, m: number): number {
    return g * this.months + m;
  }

  loss(g: number, m: number, arr: number, logo: boolean): void {
    const i = g * this.months + m;
    this.lost[i] = this.lost[i]! + arr;
    if (logo) this.logosLost[i] = this.logosLost[i]! + 1;
  }

  gain(g: number, m: number, arr: number): void {
    const i = g * this.months + m;
    this.gained[i] = this.gained[i]! + arr;
  }

  survey(g: number, m: number, trueScore: number, reported: number): void {
    const i = g * this.months + m;
    this.responses[i] = this.responses[i]! + 1;
    if (trueScore >= NPS_PROMOTER) this.promTrue[i] = this.promTrue[i]! + 1;
    if (trueScore <= NPS_DETRACTOR) this.detTrue[i] = this.detTrue[i]! + 1;
    if (reported >= NPS_PROMOTER) this.promRep[i] = this.promRep[i]! + 1;
    if (reported <= NPS_DETRACTOR) this.detRep[i] = this.detRep[i]! + 1;
    this.csatRep[i] = this.csatRep[i]! + csatOf(reported);
  }

  /** Trailing annualised gross (net = false) or net retention at month m; NaN when no ARR. */
  retention(g: number, m: number, net: boolean, window = TRAILING_MONTHS): number {
    let logSum = 0;
    let k = 0;
    for (let j = Math.max(0, m - window + 1); j <= m; j++) {
      const i = g * this.months + j;
      const s = this.start[i]!;
      if (!(s > 0)) continue;
      const r = net ? 1 + (this.gained[i]! - this.lost[i]!) / s : 1 - this.lost[i]! / s;
      logSum += Math.log(Math.max(r, 1e-9));
      k++;
    }
    return k === 0 ? Number.NaN : Math.exp((logSum * 12) / k);
  }

  logoRetention(g: number, m: number, window = TRAILING_MONTHS): number {
    let logSum = 0;
    let k = 0;
    for (let j = Math.max(0, m - window + 1); j <= m; j++) {
      const i = g * this.months + j;
      const s = this.logos[i]!;
      if (!(s > 0)) continue;
      logSum += Math.log(Math.max(1 - this.logosLost[i]! / s, 1e-9));
      k++;
    }
    return k === 0 ? Number.NaN : Math.exp((logSum * 12) / k);
  }

  usageDepth(g: number, m: number): number {
    const i = g * this.months + m;
    return this.logos[i]! > 0 ? this.adoptionSum[i]! / this.logos[i]! : Number.NaN;
  }

  /** NPS (−100…100) over responses in months [from, to]; reported or true scores. NaN without responses. */
  nps(g: number, from: number, to: number, reported: boolean): number {
    let n = 0;
    let p = 0;
    let d = 0;
    for (let j = Math.max(0, from); j <= to; j++) {
      const i = g * this.months + j;
      n += this.responses[i]!;
      p += reported ? this.promRep[i]! : this.promTrue[i]!;
      d += reported ? this.detRep[i]! : this.detTrue[i]!;
    }
    return n > 0 ? (100 * (p - d)) / n : Number.NaN;
  }

  csat(g: number, from: number, to: number): number {
    let n = 0;
    let s = 0;
    for (let j = Math.max(0, from); j <= to; j++) {
      const i = g * this.months + j;
      n += this.responses[i]!;
      s += this.csatRep[i]!;
    }
    return n > 0 ? s / n : Number.NaN;
  }
}

/** CSAT (1–5) read from the same response as the NPS score (0–10): 1 + 0.4 × score. */
export function csatOf(score: number): number {
  return 1 + 0.4 * score;
}
