import { describe, expect, it } from "vitest";
import { formatDuration, rateFigures } from "../../sim/cli/progress/rate.js";
import { progressReporter } from "../../sim/cli/progress/runProgress.js";
import type { RunProgress } from "../../sim/engine/run/runExperiment.js";

function progress(overallDone: number, overallTotal = 210, extra: Partial<RunProgress> = {}): RunProgress {
  const main = Math.min(overallDone, 200);
  return {
    phase: overallDone > 200 ? "reps" : "trials",
    doneTrials: overallDone > 200 ? overallDone - 200 : main,
    totalTrials: overallDone > 200 ? 10 : 200,
    overallDone,
    overallTotal,
    resumedTrials: 0,
    ...extra,
  };
}

/** A non-terminal stream that keeps what is written. */
function sink(): NodeJS.WriteStream & { text: string } {
  const stream = {
    isTTY: false,
    text: "",
    write(s: string) {
      stream.text += s;
      return true;
    },
  };
  return stream as unknown as NodeJS.WriteStream & { text: string };
}

describe("rate and time left", () => {
  it("has no estimate before the first trial, never NaN, Infinity or 0 trials/s", () => {
    expect(rateFigures(progress(0), 0, 0)).toEqual({ speed: "", eta: "ETA estimating…", elapsed: "0s" });
    expect(rateFigures(progress(0), 0, 12)).toEqual({ speed: "", eta: "ETA estimating…", elapsed: "12s" });
  });

  it("estimates from the trials computed so far", () => {
    // hand-computed: 20 trials in 60 s = 3.0 s/trial; 190 left → 570 s = 9m 30s
    expect(rateFigures(progress(20), 0, 60)).toEqual({
      speed: "3.0 s/trial",
      eta: "ETA 9m 30s",
      elapsed: "1m 00s",
    });
    // 50 trials in 20 s = 2.5 trials/s; 160 left → 64 s
    expect(rateFigures(progress(50), 0, 20).eta).toBe("ETA 1m 04s");
    expect(rateFigures(progress(210), 0, 84).eta).toBe("");
  });

  it("leaves checkpointed trials of a resumed run out of the rate", () => {
    // 100 resumed + 10 computed in 30 s = 3 s/trial; 100 left → 300 s
    expect(rateFigures(progress(110), 100, 30)).toMatchObject({ speed: "3.0 s/trial", eta: "ETA 5m 00s" });
    expect(rateFigures(progress(100), 100, 5).eta).toBe("ETA estimating…");
  });

  it("formats durations", () => {
    expect([0.4, 59.6, 61, 3599, 3600, 7620].map(formatDuration)).toEqual([
      "0s",
      "1m 00s",
      "1m 01s",
      "59m 59s",
      "1h 00m",
      "2h 07m",
    ]);
  });
});

describe("progress lines without a terminal", () => {
  it("prints one overall count across both passes every 10% or 10 s, and the end", () => {
    let clock = 1_000_000;
    const stream = sink();
    const reporter = progressReporter(false, stream, () => clock);
    reporter.update(progress(0));
    for (let done = 1; done <= 210; done++) {
      clock += 1000; // one trial a second
      reporter.update(progress(done));
    }
    reporter.stop();
    const lines = stream.text.trim().split("\n");
    expect(lines[0]).toBe(
      "progress: 10/210 trials (4%) · main 10/200, then 10 with rep detail · 1.0 trials/s · 10s elapsed · ETA 3m 20s",
    );
    expect(lines.at(-1)).toBe(
      "progress: 210/210 trials (100%) · rep detail 10/10 after 200 trials · 1.0 trials/s · 3m 30s elapsed",
    );
    expect(lines).toHaveLength(21); // every 10 s of 210 s
    expect(stream.text).not.toMatch(/NaN|Infinity|NF|(^|[^.\d])0 trials\/s/);
  });

  it("is silent with --quiet", () => {
    const stream = sink();
    const reporter = progressReporter(true, stream, () => 0);
    reporter.update(progress(5));
    reporter.stop();
    expect(stream.text).toBe("");
  });
});
