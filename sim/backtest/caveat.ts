/** What a replay can and cannot say; printed in every backtest report and summary.json. */
export const REPLAY_CAVEAT =
  "A replay assumes reps would have sold exactly what they sold under the plan they actually had: it shows what " +
  "each variant would have paid for the same history, not how reps would have responded to it. For behavioural " +
  "response (timing, discounting, poor-fit selling, coasting), simulate the variants with `planbench run`.";
