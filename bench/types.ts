/** One benchmark's machine-readable result (bench/results.json holds a list of them). */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly higherIsBetter: boolean;
  /** The same figure at the starting commit (measured in the same run with --baseline, or recorded). */
  readonly baseline?: number;
  readonly details: Readonly<Record<string, number | string | boolean>>;
}

export interface Bench {
  readonly name: string;
  readonly run: () => BenchResult | readonly BenchResult[] | Promise<BenchResult | readonly BenchResult[]>;
}
