import { usageError } from './cli-error';

/** Runs node's parseArgs; an unknown or malformed flag names itself and shows the help. */
export function withUsage<T>(parse: () => T, help: string): T {
  try {
    return parse();
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error), help);
  }
}
