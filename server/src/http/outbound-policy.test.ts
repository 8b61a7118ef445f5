import { describe, expect, it } from 'vitest';
import { OutboundPolicy, OutboundRefusedError, type ResolvedAddress } from './outbound-policy';

/** A resolver from a table; a name not in it does not exist. */
function fakeDns(table: Record<string, string[]>) {
  const asked: string[] = [];
  const resolve = async (host: string): Promise<ResolvedAddress[]> => {
    asked.push(host);
    const addresses = table[host];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, asked };
}

const refusal = async (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: unknown) => (e instanceof OutboundRefusedError ? e.message : `other: ${String(e)}`),
  );

describe('OutboundPolicy', () => {
  it('refuses other schemes before anything else', async () => {
    const policy = new OutboundPolicy({ resolve: fakeDns({}).resolve });
    for (const url of ['ftp://example.com/feed', 'file:///etc/passwd', 'gopher://x.example/']) {
      expect(await refusal(policy.check(new URL(url))), url).toMatch(/only http and https/);
    }
  });

  it('refuses literal private addresses in every spelling the URL parser accepts', async () => {
    const { resolve, asked } = fakeDns({});
    const policy = new OutboundPolicy({ resolve });
    for (const url of [
      'http://127.0.0.1/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://127.1:8080/',
      'http://0.0.0.0/',
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:169.254.169.254]/',
      'http://[fd00:ec2::254]/',
      'http://[fe80::1]/',
      'http://100.64.1.1/',
      'http://224.0.0.1/',
    ]) {
      expect(await refusal(policy.check(new URL(url))), url).toMatch(/^refusing .*address/);
    }
    expect(asked).toEqual([]);
  });

  it('refuses localhost names without asking DNS', async () => {
    const { resolve, asked } = fakeDns({});
    const policy = new OutboundPolicy({ resolve });
    for (const url of ['http://localhost/', 'http://LOCALHOST:8787/', 'http://api.localhost/']) {
      expect(await refusal(policy.check(new URL(url))), url).toMatch(/is this machine/);
    }
    expect(asked).toEqual([]);
  });

  it('judges a name by every address it resolves to', async () => {
    const policy = new OutboundPolicy({
      resolve: fakeDns({
        'public.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
        'sneaky.example': ['93.184.215.14', '10.0.0.7'],
        'metadata.example': ['169.254.169.254'],
        'mapped.example': ['::ffff:127.0.0.1'],
        'ula.example': ['fd00:ec2::254'],
      }).resolve,
    });
    expect(await refusal(policy.check(new URL('https://public.example/feed')))).toBeNull();
    expect(await refusal(policy.check(new URL('https://sneaky.example/feed')))).toBe(
      'refusing sneaky.example: sneaky.example (10.0.0.7) is a private address. To read a feed on a private network, list its host[:port] in ALLOW_PRIVATE_FEEDS.',
    );
    expect(await refusal(policy.check(new URL('http://metadata.example/')))).toMatch(
      /169\.254\.169\.254\) is a metadata address/,
    );
    expect(await refusal(policy.check(new URL('http://mapped.example/')))).toMatch(/loopback/);
    expect(await refusal(policy.check(new URL('http://ula.example/')))).toMatch(/metadata/);
  });

  it('passes a DNS failure on as it is, not as a refusal', async () => {
    const policy = new OutboundPolicy({ resolve: fakeDns({}).resolve });
    expect(await refusal(policy.check(new URL('https://nowhere.example/')))).toMatch(
      /^other: .*ENOTFOUND/,
    );
  });

  it('lets through the hosts ALLOW_PRIVATE_FEEDS lists, with their port when given', async () => {
    const { resolve, asked } = fakeDns({ 'feeds.intranet': ['10.1.2.3'] });
    const policy = new OutboundPolicy({
      resolve,
      allow: ['feeds.intranet', '127.0.0.1:8080', '[FD00::1]:8443', 'Localhost:9000'],
    });
    const allowed = [
      'http://feeds.intranet/rss',
      'https://FEEDS.intranet:444/rss',
      'http://127.0.0.1:8080/feed',
      'https://[fd00::1]:8443/feed',
      'http://localhost:9000/feed',
    ];
    for (const url of allowed) expect(await refusal(policy.check(new URL(url))), url).toBeNull();
    for (const url of [
      'http://127.0.0.1:8081/feed',
      'http://127.0.0.1/feed',
      'https://[fd00::1]/feed',
      'http://localhost:9001/',
      'http://other.intranet/',
    ]) {
      expect(await refusal(policy.check(new URL(url))), url).not.toBeNull();
    }
    // An allowed host is not even resolved: its addresses are the user's business.
    expect(asked).toEqual(['other.intranet']);
  });

  it('gives the socket only the addresses it judged, and refuses a rebound answer', async () => {
    let answers = [['93.184.215.14'], ['127.0.0.1']];
    const policy = new OutboundPolicy({
      resolve: async () => {
        const [first, ...rest] = answers;
        answers = rest;
        return (first ?? []).map((address) => ({ address, family: 4 }));
      },
    });
    const url = new URL('http://rebind.example/feed');
    expect(await refusal(policy.check(url))).toBeNull();
    const lookup = policy.lookupFor(url);
    const result = await new Promise<unknown>((resolve) =>
      lookup('rebind.example', { all: true }, (error, address) => resolve(error ?? address)),
    );
    expect(result).toBeInstanceOf(OutboundRefusedError);
    expect(String(result)).toMatch(/127\.0\.0\.1\) is a loopback address/);
  });

  it('answers the lookup in both of its shapes, filtered by family', async () => {
    const policy = new OutboundPolicy({
      resolve: fakeDns({ 'two.example': ['93.184.215.14', '2606:2800:21f::1'] }).resolve,
    });
    const lookup = policy.lookupFor(new URL('http://two.example/'));
    const ask = (options: Parameters<typeof lookup>[1]) =>
      new Promise<unknown[]>((resolve) =>
        lookup('two.example', options, (error, address, family) =>
          resolve([error, address, family]),
        ),
      );
    expect(await ask({})).toEqual([null, '93.184.215.14', 4]);
    expect(await ask({ family: 6 })).toEqual([null, '2606:2800:21f::1', 6]);
    expect(await ask({ all: true })).toEqual([
      null,
      [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f::1', family: 6 },
      ],
      undefined,
    ]);
  });

  it('rejects an allow-list entry that is not host or host:port', () => {
    expect(() => new OutboundPolicy({ allow: ['http://x.example/'] })).toThrow(/host:port/);
  });
});
