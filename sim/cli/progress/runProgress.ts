/**
 * Progress of a long run on stderr: a cli-progress bar with ETA on a terminal; otherwise a plain
 * line every ~5 seconds or 10% of the trials (logs, CI). Wall-clock time is read here only —
 * the CLI — never in simulation code.
 */
import { Presets, SingleBar } from "cli-progress";
import type { RunProgress } from "../../engine/run/runExperiment.js";

export interface ProgressReporter {
  readonly update: (progress: RunProgress) => void;
  readonly stop: () => void;
}

const LABEL: Readonly<Record<RunProgress["phase"], string>> = { trials: "trials", reps: "rep detail" };

function terminalBar(stream: NodeJS.WriteStream): ProgressReporter {
  const bar = new SingleBar(
    {
      stream,
      format: "{phase} [{bar}] {percentage}% | {value}/{total} | {rate} trials/s | ETA {eta_formatted}",
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    Presets.shades_classic,
  );
  let phase: RunProgress["phase"] | null = null;
  const started = Date.now();
  return {
    update: (p) => {
      if (phase !== p.phase) {
        if (phase !== null) bar.stop();
        phase = p.phase;
        bar.start(p.totalTrials, p.doneTrials, { phase: LABEL[p.phase], rate: "0" });
      }
      const seconds = (Date.now() - started) / 1000;
      bar.setTotal(p.totalTrials);
      bar.update(p.doneTrials, {
        phase: LABEL[p.phase],
        rate: seconds > 0 ? (p.doneTrials / seconds).toFixed(0) : "0",
      });
    },
    stop: () => {
      if (phase !== null) bar.stop();
    },
  };
}

function plainLines(stream: NodeJS.WritableStream): ProgressReporter {
  const started = Date.now();
  let lastTime = started;
  let lastShare = 0;
  return {
    update: (p) => {
      const now = Date.now();
      const share = p.totalTrials > 0 ? p.doneTrials / p.totalTrials : 1;
      if (now - lastTime < 5000 && share - lastShare < 0.1 && share < 1) return;
      lastTime = now;
      lastShare = share;
      const elapsed = (now - started) / 1000;
      const eta = share > 0 && share < 1 ? ` ETA ${Math.round((elapsed / share) * (1 - share))}s` : "";
      stream.write(
        `${LABEL[p.phase]}: ${p.doneTrials}/${p.totalTrials} (${Math.round(share * 100)}%) ${elapsed.toFixed(1)}s${eta}\n`,
      );
    },
    stop: () => undefined,
  };
}

export function progressReporter(
  quiet: boolean,
  stream: NodeJS.WriteStream = process.stderr,
): ProgressReporter {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  return stream.isTTY ? terminalBar(stream) : plainLines(stream);
}
