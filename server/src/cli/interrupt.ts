import { CliError } from './cli-error';

const exitCodes: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

export interface StopRequest {
  /** Aborted by the first SIGTERM or SIGINT; the reason names the signal. */
  signal: AbortSignal;
  /** The CliError to end with once the work has stopped, or null if no signal came. */
  stopped(what: string): CliError | null;
  dispose(): void;
}

/**
 * Lets a long command stop cleanly: the first SIGTERM or SIGINT aborts `signal`, so the work ends
 * at its next step (the write in progress is committed or rolled back whole) and the store is
 * closed. A second signal ends the process at once. The exit code is the shell's 128 + signal, so
 * `import ... && next` does not go on after a stopped import.
 */
export function onStopSignal(): StopRequest {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const handler = (signal: NodeJS.Signals) => {
    if (received) process.exit(exitCodes[received] ?? 1);
    received = signal;
    controller.abort(new Error(`stopped by ${signal}`));
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  return {
    signal: controller.signal,
    stopped: (what) =>
      received
        ? new CliError(
            `Stopped by ${received}: ${what} The store is consistent; run the same command again to finish.`,
            exitCodes[received] ?? 1,
          )
        : null,
    dispose() {
      process.off('SIGTERM', handler);
      process.off('SIGINT', handler);
    },
  };
}
