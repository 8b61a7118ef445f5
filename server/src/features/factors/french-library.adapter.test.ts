import { describe, expect, it } from 'vitest';
import { FactorSourceFailed, FactorSourceOffline } from './factor-source.port';
import { FrenchLibraryAdapter, frenchLibraryFiles } from './french-library.adapter';
import { libraryFetch } from './french-library.testing';

describe('FrenchLibraryAdapter', () => {
  it('asks for the three daily zips and joins them, FF5 keeping its own SMB', async () => {
    const asked: string[] = [];
    const serve = await libraryFetch();
    const adapter = new FrenchLibraryAdapter(async (input, init) => {
      asked.push(String(input));
      return serve(input, init);
    });
    const batch = await adapter.fetchFactors({ timeoutMs: 1000 });
    expect(asked.map((u) => u.split('/').at(-1))).toEqual([...frenchLibraryFiles]);
    expect(asked[0]).toMatch(
      /^https:\/\/mba\.tuck\.dartmouth\.edu\/pages\/faculty\/ken\.french\/ftp\//,
    );
    expect(batch.release).toBe('202611');
    expect(batch.rows[0]).toEqual({
      date: '2026-01-02',
      mktRf: 0.5,
      smb: -0.2,
      hml: 0.1,
      smb5: -0.1,
      hml5: 0.1,
      rmw: 0.3,
      cma: -0.2,
      mom: 1.1,
      rf: 0.02,
    });
  });

  it('tells offline (no network) from a failing library (an HTTP error)', async () => {
    const offline = new FrenchLibraryAdapter(async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND') });
    });
    await expect(offline.fetchFactors({ timeoutMs: 1000 })).rejects.toThrow(FactorSourceOffline);
    await expect(offline.fetchFactors({ timeoutMs: 1000 })).rejects.toThrow('ENOTFOUND');
    const missing = new FrenchLibraryAdapter(async () => new Response('gone', { status: 404 }));
    await expect(missing.fetchFactors({ timeoutMs: 1000 })).rejects.toThrow(FactorSourceFailed);
    const garbage = new FrenchLibraryAdapter(async () => new Response('<html>maintenance</html>'));
    await expect(garbage.fetchFactors({ timeoutMs: 1000 })).rejects.toThrow('not a readable zip');
  });
});
