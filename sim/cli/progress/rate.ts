/**
 * Speed and time left of a run, from the trials computed so far (checkpointed trials of a
 * resumed run are left out: they took no time now). Before the first trial finishes there is no
 * estimate, and the text says so instead of "ETA NFs" or "0 trials/s".
 */
import type { RunProgress } from "../../engine/run/runExperiment.js";

export interface RateFigures {
  /** "2.4 trials/s", or "3.1 s/trial" for slow trials; "" before the first trial. */
  readonly speed: string;
  /** "ETA 3m 05s", "ETA estimating…" before the first trial, "" when done. */
  readonly eta: string;
  readonly elapsed: string;
}

export function rateFigures(progress: RunProgress, resumed: number, seconds: number): RateFigures {
  const computed = progress.overallDone - resumed;
  const left = Math.max(0, progress.overallTotal - progress.overallDone);
  const elapsed = formatDuration(seconds);
  if (computed <= 0 || seconds <= 0) return { speed: "", eta: left > 0 ? "ETA estimating…" : "", elapsed };
  const perSecond = computed / seconds;
  const speed = perSecond >= 1 ? `${perSecond.toFixed(1)} trials/s` : `${(1 / perSecond).toFixed(1)} s/trial`;
  return { speed, eta: left > 0 ? `ETA ${formatDuration(left / perSecond)}` : "", elapsed };
}

/** 42s, 3m 05s, 2h 07m. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (s < 3600) return `${Math.floor(s / 60)}m ${pad(s % 60)}s`;
  return `${Math.floor(s / 3600)}h ${pad(Math.floor((s % 3600) / 60))}m`;
}
