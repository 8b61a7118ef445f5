import { describe, expect, it } from 'vitest';
import { envSchema } from './env';

const issues = (source: Record<string, string>) => {
  const parsed = envSchema.safeParse(source);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('envSchema: the study deadline and the server timeouts', () => {
  it('accepts the defaults: 5 s in the queue + a 10 s deadline, under 30 s of idle and request', () => {
    expect(issues({})).toEqual([]);
  });

  it('refuses a deadline the idle timeout would cut: the socket is silent while a study runs', () => {
    // 5 s in the queue + 25 s = 30 s, not under IDLE_TIMEOUT_MS = 30 s.
    const found = issues({ STUDY_DEADLINE_MS: '25000', REQUEST_TIMEOUT_MS: '60000' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^STUDY_DEADLINE_MS: .*IDLE_TIMEOUT_MS/);
  });

  it('refuses a deadline at or over the request timeout, naming both variables', () => {
    const found = issues({ STUDY_DEADLINE_MS: '120000', IDLE_TIMEOUT_MS: '600000' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^STUDY_DEADLINE_MS: .*REQUEST_TIMEOUT_MS/);
  });

  it('accepts a long deadline when both timeouts are longer still', () => {
    const long = { STUDY_DEADLINE_MS: '120000', IDLE_TIMEOUT_MS: '130000' };
    expect(issues({ ...long, REQUEST_TIMEOUT_MS: '130000' })).toEqual([]);
  });
});
