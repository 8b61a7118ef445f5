import type { LookupAddress, LookupOptions } from 'node:dns';
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { blockedAddressKind } from './outbound-address';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address a host name resolves to (tests pass a fake; the default asks the system). */
export type Resolve = (hostname: string) => Promise<readonly ResolvedAddress[]>;

const systemResolve: Resolve = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/** A user-given URL this server will not fetch; the message says why and how to allow it. */
export class OutboundRefusedError extends Error {
  override readonly name = 'OutboundRefusedError';
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(message);
  }
}

/** `host` or `host:port`; IPv6 in brackets (`[fd00::1]:8443`). */
export const allowEntryPattern = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i;

interface AllowEntry {
  hostname: string;
  port: string | null;
}

function parseAllowEntry(entry: string): AllowEntry {
  const m = allowEntryPattern.exec(entry.trim());
  if (!m?.[1]) throw new Error(`"${entry}" is not host or host:port`);
  // The URL parser writes the host as a URL's hostname will be (lower case, IPv6 compressed).
  return { hostname: new URL(`http://${m[1]}/`).hostname, port: m[2] ?? null };
}

const effectivePort = (url: URL) => url.port || (url.protocol === 'https:' ? '443' : '80');

/** `localhost` and its subdomains are this machine whatever DNS says (RFC 6761). */
const loopbackName = (host: string) => /(^|\.)localhost\.?$/i.test(host);

export interface OutboundPolicyOptions {
  /** `host[:port]` entries whose URLs may reach private addresses (ALLOW_PRIVATE_FEEDS). */
  allow?: readonly string[];
  resolve?: Resolve;
  /** What the allow-list is called in messages. */
  allowVariable?: string;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * Which URLs a user may make this server fetch: http(s) only, and never an address of this
 * machine or its networks (loopback, private, link-local, CGNAT, unique-local, multicast,
 * unspecified, cloud metadata), unless the host is on the allow-list. Names are judged by every
 * address they resolve to, and `lookupFor` lets a connection use only addresses so judged.
 */
export class OutboundPolicy {
  readonly #allow: AllowEntry[];
  readonly #resolve: Resolve;
  readonly #variable: string;

  constructor(options: OutboundPolicyOptions = {}) {
    this.#allow = (options.allow ?? []).filter((e) => e.trim() !== '').map(parseAllowEntry);
    this.#resolve = options.resolve ?? systemResolve;
    this.#variable = options.allowVariable ?? 'ALLOW_PRIVATE_FEEDS';
  }

  /** True when the allow-list names this URL's host (and its port, when the entry has one). */
  allows(url: URL): boolean {
    const port = effectivePort(url);
    return this.#allow.some((e) => e.hostname === url.hostname && (!e.port || e.port === port));
  }

  /**
   * Everything that can be judged without DNS: the scheme, a literal address, a localhost name.
   * Returns whether the name still has to be resolved and judged.
   */
  checkWithoutDns(url: URL): 'allowed' | 'resolve' {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new OutboundRefusedError(url.href, `only http and https URLs are fetched: ${url.href}`);
    }
    if (this.allows(url)) return 'allowed';
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      this.#judge(url, host);
      return 'allowed';
    }
    if (loopbackName(host)) throw this.#refusal(url, `${host} is this machine`);
    return 'resolve';
  }

  /**
   * The whole rule: `checkWithoutDns`, then every address the host resolves to. Resolves to the
   * checked addresses (empty for a literal or allowed host); a name that does not resolve rejects
   * with the resolver's error.
   */
  async check(url: URL): Promise<readonly ResolvedAddress[]> {
    if (this.checkWithoutDns(url) === 'allowed') return [];
    return this.#resolveChecked(url);
  }

  /**
   * A `lookup` for `net.connect` / `http.request`: resolves the URL's host, refuses the connection
   * when any address is blocked, and hands the socket only the addresses it checked, so a DNS
   * answer that changes between a check and the connection (rebinding) cannot slip through.
   */
  lookupFor(url: URL) {
    return (hostname: string, options: LookupOptions, cb: LookupCallback) => {
      const resolved = this.allows(url)
        ? this.#resolve(hostname)
        : this.#resolveChecked(url, hostname);
      resolved.then(
        (all) => {
          const family =
            options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
          const usable = family ? all.filter((a) => a.family === family) : [...all];
          const first = usable[0];
          if (!first) {
            const error: NodeJS.ErrnoException = new Error(`${hostname} has no usable address`);
            error.code = 'ENOTFOUND';
            return cb(error, '');
          }
          if (options.all) return cb(null, usable);
          cb(null, first.address, first.family);
        },
        (error: NodeJS.ErrnoException) => cb(error, ''),
      );
    };
  }

  async #resolveChecked(url: URL, hostname = url.hostname): Promise<readonly ResolvedAddress[]> {
    const all = await this.#resolve(hostname);
    for (const a of all) this.#judge(url, a.address);
    return all;
  }

  #judge(url: URL, address: string): void {
    const kind = blockedAddressKind(address);
    if (!kind) return;
    const where = address === url.hostname.replace(/^\[|\]$/g, '') ? '' : ` (${address})`;
    throw this.#refusal(url, `${url.hostname}${where} is a ${kind} address`);
  }

  #refusal(url: URL, why: string): OutboundRefusedError {
    return new OutboundRefusedError(
      url.href,
      `refusing ${url.host}: ${why}. To read a feed on a private network, list its host[:port] in ${this.#variable}.`,
    );
  }
}
