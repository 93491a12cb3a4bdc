/**
 * Ctrl-C (SIGINT) and SIGTERM stop planbench the same way. A command that can stop cleanly
 * (`run`: it checkpoints and prints how to resume) takes `interruptSignal()` and exits 130 on
 * its own; any other command is stopped at the next turn of the event loop with exit 130, its
 * lock released and its staged outputs removed (exit hooks in sim/io). A second signal stops at
 * once.
 */
export const INTERRUPTED_EXIT = 130;

let controller = new AbortController();
let claimed = false;
let installed: (() => void) | null = null;

function onSignal(): void {
  const again = controller.signal.aborted;
  controller.abort();
  if (claimed && !again) return;
  process.stderr.write("\ninterrupted\n");
  process.exit(INTERRUPTED_EXIT);
}

/** Listens for SIGINT and SIGTERM for the duration of one command; returns the uninstaller. */
export function installInterruptHandlers(): () => void {
  installed?.();
  controller = new AbortController();
  claimed = false;
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const uninstall = () => {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    if (installed === uninstall) installed = null;
  };
  installed = uninstall;
  return uninstall;
}

/** The command stops itself when this aborts (and the process is not exited for it). */
export function interruptSignal(): AbortSignal {
  claimed = true;
  return controller.signal;
}
