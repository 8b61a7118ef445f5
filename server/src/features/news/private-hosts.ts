import { isIP } from 'node:net';
import { FeedFetchError } from './feed-fetch-error';

function privateIPv4(host: string): boolean {
  const [a = -1, b = -1] = host.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

function privateIPv6(host: string): boolean {
  const h = host.toLowerCase();
  return (
    h === '::' || h === '::1' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h) || h.startsWith('::ffff:')
  );
}

/**
 * Refuses a feed URL (first request or redirect hop) that names this machine or a private
 * network by its host: a feed added through the API must not make the server read its own
 * network. Names are not resolved (that needs the network); this stops the plain cases
 * (localhost, 10.0.0.1, [::1], metadata at 169.254.169.254).
 */
export async function refusePrivateHosts(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const kind = isIP(host);
  const local = /(^|\.)(localhost|local|internal)$/i.test(host) || !host.includes('.');
  const blocked =
    (kind === 4 && privateIPv4(host)) || (kind === 6 && privateIPv6(host)) || (kind === 0 && local);
  if (blocked) {
    throw new FeedFetchError(
      'blocked-url',
      `refusing to fetch ${url.host}: a local or private address`,
      {
        url: url.href,
      },
    );
  }
}
