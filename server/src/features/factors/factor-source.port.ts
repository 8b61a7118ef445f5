import type { FactorBatch } from './factor-files';

/** Where daily factors come from live: Kenneth French's data library over HTTP, or a fake. */
export interface FactorSource {
  /** The source id runs and health report it under. */
  readonly id: string;
  /** The newest release of the daily factor files, parsed and joined. */
  fetchFactors(p: { signal?: AbortSignal; timeoutMs: number }): Promise<FactorBatch>;
}

/** The library cannot be reached (no network, DNS, timeout): a state, not a fault to repeat. */
export class FactorSourceOffline extends Error {
  override readonly name = 'FactorSourceOffline';
}

/** The library answered, but not with usable files (an HTTP error, a malformed file). */
export class FactorSourceFailed extends Error {
  override readonly name = 'FactorSourceFailed';
}
