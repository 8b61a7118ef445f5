import { type FactorBatch, mergeFactorFiles, parseFactorZip } from './factor-files';
import { type FactorSource, FactorSourceFailed, FactorSourceOffline } from './factor-source.port';
import { type FactorFile, FactorFileError } from './french-csv';

const base = 'https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/ftp/';

/** The three daily files the factor models read, as the library serves them. */
export const frenchLibraryFiles = [
  'F-F_Research_Data_Factors_daily_CSV.zip',
  'F-F_Research_Data_5_Factors_2x3_daily_CSV.zip',
  'F-F_Momentum_Factor_daily_CSV.zip',
] as const;

/**
 * Kenneth R. French's data library: downloads the daily 3-factor, 5-factor (2x3) and momentum
 * zips and reads them with the same parser as an import. The library rebuilds all three each
 * month from one CRSP release; files of different releases (caught mid-update) are refused, and
 * the next scheduled run tries again.
 */
export class FrenchLibraryAdapter implements FactorSource {
  readonly id = 'french-library';

  constructor(private readonly fetchImpl: typeof fetch = fetch) {}

  async fetchFactors(p: { signal?: AbortSignal; timeoutMs: number }): Promise<FactorBatch> {
    const files: FactorFile[] = [];
    for (const name of frenchLibraryFiles) files.push(...(await this.download(name, p)));
    try {
      return mergeFactorFiles(files);
    } catch (error) {
      if (error instanceof FactorFileError) throw new FactorSourceFailed(error.message);
      throw error;
    }
  }

  private async download(
    name: string,
    p: { signal?: AbortSignal; timeoutMs: number },
  ): Promise<FactorFile[]> {
    const timeout = AbortSignal.timeout(p.timeoutMs);
    const signal = p.signal ? AbortSignal.any([p.signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await this.fetchImpl(`${base}${name}`, { signal });
    } catch (error) {
      if (p.signal?.aborted) throw error;
      const reason = timeout.aborted ? `no answer in ${p.timeoutMs} ms` : describe(error);
      throw new FactorSourceOffline(`${name}: ${reason}`);
    }
    if (!res.ok) throw new FactorSourceFailed(`${name}: HTTP ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    try {
      return await parseFactorZip({ bytes, file: name });
    } catch (error) {
      if (error instanceof FactorFileError) throw new FactorSourceFailed(error.message);
      throw error;
    }
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
