/**
 * Progress of a long run on stderr, one overall count across the main trials and the rep-detail
 * trials that follow them, moving per trial: a cli-progress bar on a terminal; otherwise (logs,
 * CI) a plain line every 10 seconds or 10% of the run, and one at the end. --quiet turns it off.
 * Wall-clock time is read here only — the CLI — never in simulation code.
 */
import { Presets, SingleBar } from "cli-progress";
import type { RunProgress } from "../../engine/run/runExperiment.js";
import { rateFigures } from "./rate.js";

export interface ProgressReporter {
  readonly update: (progress: RunProgress) => void;
  readonly stop: () => void;
}

const PHASE: Readonly<Record<RunProgress["phase"], string>> = {
  trials: "simulating",
  reps: "rep detail",
};

/** What one line says about the phase, e.g. "rep detail 3/10 after 200 trials". */
function phaseText(p: RunProgress): string {
  if (p.phase === "reps")
    return `rep detail ${p.doneTrials}/${p.totalTrials} after ${p.overallDone - p.doneTrials} trials`;
  const detail = p.overallTotal - p.totalTrials;
  return detail > 0 ? `main ${p.doneTrials}/${p.totalTrials}, then ${detail} with rep detail` : "";
}

function terminalBar(stream: NodeJS.WriteStream, now: () => number): ProgressReporter {
  const bar = new SingleBar(
    {
      stream,
      // {duration_formatted} is cli-progress's elapsed time; its own {eta} is replaced by ours
      format: "{phase} [{bar}] {percentage}% | {value}/{total} trials | {duration_formatted} | {figures}",
      hideCursor: true,
      fps: 5,
      barsize: 30,
    },
    Presets.shades_classic,
  );
  const started = now();
  let resumed: number | null = null;
  return {
    update: (p) => {
      const payload = () => {
        const { speed, eta } = rateFigures(p, resumed ?? 0, (now() - started) / 1000);
        return { phase: PHASE[p.phase], figures: [speed, eta].filter((x) => x !== "").join(" | ") };
      };
      if (resumed === null) {
        resumed = p.resumedTrials;
        bar.start(p.overallTotal, p.overallDone, payload());
        return;
      }
      bar.setTotal(p.overallTotal);
      bar.update(p.overallDone, payload());
    },
    stop: () => {
      if (resumed !== null) bar.stop();
    },
  };
}

function plainLines(stream: NodeJS.WritableStream, now: () => number): ProgressReporter {
  const started = now();
  let resumed: number | null = null;
  let last: { time: number; share: number } | null = null;
  let latest: RunProgress | null = null;
  const write = (p: RunProgress, time: number) => {
    const share = p.overallTotal > 0 ? p.overallDone / p.overallTotal : 1;
    const figures = rateFigures(p, resumed ?? 0, (time - started) / 1000);
    const parts = [
      `${p.overallDone}/${p.overallTotal} trials (${Math.floor(share * 100)}%)`,
      phaseText(p),
      figures.speed,
      `${figures.elapsed} elapsed`,
      figures.eta,
    ];
    stream.write(`progress: ${parts.filter((x) => x !== "").join(" · ")}\n`);
    last = { time, share };
  };
  return {
    update: (p) => {
      resumed ??= p.resumedTrials;
      latest = p;
      const time = now();
      const share = p.overallTotal > 0 ? p.overallDone / p.overallTotal : 1;
      if (last === null) {
        last = { time, share }; // the start is not news: the first line comes with progress
        return;
      }
      if (time - last.time >= 10_000 || share - last.share >= 0.1) write(p, time);
    },
    stop: () => {
      if (latest && last && latest.overallDone / Math.max(1, latest.overallTotal) !== last.share)
        write(latest, now());
    },
  };
}

export function progressReporter(
  quiet: boolean,
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now,
): ProgressReporter {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  return stream.isTTY ? terminalBar(stream, now) : plainLines(stream, now);
}
