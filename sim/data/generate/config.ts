/**
 * Sample-generator defaults and the public benchmarks they come from. The sample is meant to look
 * like a mid-size B2B SaaS company's CRM, so a backtest on it produces believable payouts.
 */
export interface GenerateOptions {
  readonly seed: number;
  readonly reps: number;
  readonly years: number;
  /** First day of history (fixed, never the clock). */
  readonly start: string;
}

export const DEFAULT_GENERATE: GenerateOptions = { seed: 42, reps: 200, years: 3, start: "2022-01-01" };

export const REGIONS = ["NA", "EMEA", "APAC"] as const;
export const SEGMENTS = ["SMB", "MM", "ENT"] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Role mix ≈ 90 AE / 50 AM / 60 CSM per 200 reps (a common SaaS go-to-market split). */
export const ROLE_SHARES = { AE: 0.45, AM: 0.25 } as const;

export interface SegmentProfile {
  /** Median first-year ARR of a new deal (lognormal, sigma below). */
  readonly medianArr: number;
  readonly sigma: number;
  /** Win rate of a qualified opportunity: 20–30% (HubSpot / Gartner B2B win-rate surveys). */
  readonly winRate: number;
  /** Sales cycle in months (uniform): 2–6 months (Gartner/CSO Insights B2B cycle lengths). */
  readonly cycle: readonly [number, number];
  /**
   * New opportunities per AE per month (Poisson). With the win rate and size this gives about
   * $0.75–0.9M new ARR per AE a year, so a quota of 4–5× a $200k OTE (DESIGN §5; the example
   * AE plans use $900k) is met by roughly 30–45% of AE-years, in the 25–50% band DESIGN §5 cites.
   */
  readonly oppsPerMonth: number;
  /** Discount off list: uniform range (deeper for larger deals, Larkin 2014's pattern). */
  readonly discount: readonly [number, number];
  /** Term mix 12/24/36 months. */
  readonly terms: readonly [number, number, number];
  /**
   * Churn probability at each renewal and monthly expansion probability. Calibrated so that
   * yearly GRR ≈ 88–93% and NRR ≈ 100–110% (KeyBanc SaaS survey medians; SaaS Capital 2023:
   * median GRR 91%, NRR 102–104%; enterprise books retain better than SMB).
   */
  readonly churnAtRenewal: number;
  readonly contractionAtRenewal: number;
  readonly expansionPerMonth: number;
  /** Starting book of existing customers per AM/CSM of the segment. */
  readonly initialAccountsPerRep: number;
}

export const SEGMENT_PROFILES: Readonly<Record<Segment, SegmentProfile>> = {
  SMB: {
    medianArr: 26_000,
    sigma: 0.55,
    winRate: 0.28,
    cycle: [2, 3],
    oppsPerMonth: 7.5,
    discount: [0, 0.15],
    terms: [0.85, 0.1, 0.05],
    churnAtRenewal: 0.12,
    contractionAtRenewal: 0.08,
    expansionPerMonth: 0.03,
    initialAccountsPerRep: 14,
  },
  MM: {
    medianArr: 78_000,
    sigma: 0.6,
    winRate: 0.24,
    cycle: [3, 5],
    oppsPerMonth: 3.75,
    discount: [0.05, 0.2],
    terms: [0.6, 0.25, 0.15],
    churnAtRenewal: 0.085,
    contractionAtRenewal: 0.07,
    expansionPerMonth: 0.035,
    initialAccountsPerRep: 8,
  },
  ENT: {
    medianArr: 234_000,
    sigma: 0.65,
    winRate: 0.2,
    cycle: [4, 6],
    oppsPerMonth: 1.9,
    discount: [0.1, 0.3],
    terms: [0.4, 0.3, 0.3],
    churnAtRenewal: 0.065,
    contractionAtRenewal: 0.06,
    expansionPerMonth: 0.04,
    initialAccountsPerRep: 4,
  },
};

/**
 * Quarter-end bunching: a close that would land in the first two months of a quarter slips to
 * the quarter's last month with this probability (Oyer 1998, Larkin 2014; the Maven CRM sample
 * shows ~37% of won deals in quarter-end months vs 33% if uniform — B2B CRMs typically 40–50%).
 */
export const QUARTER_END_PULL = 0.2;

/** Share of reps hired during the history, and share of existing reps who leave. */
export const HIRE_SHARE = 0.1;
export const TERMINATION_SHARE = 0.07;

export const PRODUCTS: Readonly<Record<Segment, readonly string[]>> = {
  SMB: ["Starter", "Team"],
  MM: ["Team", "Business"],
  ENT: ["Business", "Enterprise"],
};

export const INDUSTRIES = [
  "Software",
  "Financial Services",
  "Healthcare",
  "Retail",
  "Manufacturing",
  "Education",
  "Media",
  "Logistics",
];
