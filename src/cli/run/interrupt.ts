/**
 * Ctrl-C and SIGTERM during a run: the first signal stops the run after the case in flight (the
 * fixtures are then restored and the reports written), a second one aborts the restoring (the leak
 * check names what is left). The handler is installed before the run announces itself, so a signal
 * at any moment after that is answered; `stop` is whatever ends the run in flight (vitest's cancel).
 */

/** A run's signal handling. */
export interface Interrupt {
  /** True once a first signal arrived. */
  readonly interrupted: boolean;
  /** True once a second signal arrived: restoring is aborted. */
  readonly aborted: boolean;
  /** What a first signal calls to stop the run in flight (called at once if one already came). */
  onStop(stop: () => void): void;
  /** The signal handler itself (to tell it apart from handlers others installed). */
  readonly handler: (signal: NodeJS.Signals) => void;
  /** Remove the handlers. */
  dispose(): void;
}

/** Install the run's SIGINT/SIGTERM handlers; `write` prints to the user (stderr). */
export function installInterrupt(write: (text: string) => void): Interrupt {
  let interrupted = false;
  let aborted = false;
  let stop: (() => void) | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (!interrupted) {
      interrupted = true;
      write(
        `\n${signal}: stopping after the case in flight, then restoring fixtures (again to abort restoring)\n`,
      );
      stop?.();
      return;
    }
    aborted = true;
    write(`\n${signal} again: restoring aborted — the fixtures left out of place are listed below\n`);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    get interrupted() {
      return interrupted;
    },
    get aborted() {
      return aborted;
    },
    handler: onSignal,
    onStop(fn) {
      stop = fn;
      if (interrupted) fn();
    },
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
