import { isIP } from 'node:net';

/** Why an address is not one a user-given URL may reach. */
export type BlockedAddressKind =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'unique-local'
  | 'multicast'
  | 'metadata'
  | 'reserved';

interface Range {
  base: readonly number[];
  bits: number;
  kind: BlockedAddressKind;
}

const v4 = (text: string, bits: number, kind: BlockedAddressKind): Range => ({
  base: text.split('.').map(Number),
  bits,
  kind,
});

/**
 * Every block of IANA's IPv4 Special-Purpose Address Registry (iana-ipv4-special-registry,
 * RFC 6890 and its updates), and multicast. None hosts a news feed, so the few the registry calls
 * globally reachable (anycast relays, AS112 DNS sinks, the deprecated 6to4 relay) are refused too.
 * The cloud metadata address is named on its own so a refusal says what it protected.
 */
const ipv4Ranges: readonly Range[] = [
  v4('169.254.169.254', 32, 'metadata'),
  v4('0.0.0.0', 8, 'unspecified'),
  v4('10.0.0.0', 8, 'private'),
  v4('100.64.0.0', 10, 'cgnat'),
  v4('127.0.0.0', 8, 'loopback'),
  v4('169.254.0.0', 16, 'link-local'),
  v4('172.16.0.0', 12, 'private'),
  v4('192.0.0.0', 24, 'reserved'),
  v4('192.0.2.0', 24, 'reserved'),
  v4('192.31.196.0', 24, 'reserved'),
  v4('192.52.193.0', 24, 'reserved'),
  v4('192.88.99.0', 24, 'reserved'),
  v4('192.168.0.0', 16, 'private'),
  v4('192.175.48.0', 24, 'reserved'),
  v4('198.18.0.0', 15, 'reserved'),
  v4('198.51.100.0', 24, 'reserved'),
  v4('203.0.113.0', 24, 'reserved'),
  v4('224.0.0.0', 4, 'multicast'),
  v4('240.0.0.0', 4, 'reserved'),
];

/**
 * IPv6 blocks as 16-bit groups, from IANA's IPv6 Special-Purpose Address Registry
 * (iana-ipv6-special-registry); the forms that embed an IPv4 address are judged by it, apart.
 * Anything outside global unicast (2000::/3) is refused as well (see classifyIPv6).
 */
const ipv6Ranges: readonly Range[] = [
  { base: [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254], bits: 128, kind: 'metadata' },
  { base: [0, 0, 0, 0, 0, 0, 0, 0], bits: 128, kind: 'unspecified' },
  { base: [0, 0, 0, 0, 0, 0, 0, 1], bits: 128, kind: 'loopback' },
  { base: [0x64, 0xff9b, 1], bits: 48, kind: 'private' },
  { base: [0x100], bits: 64, kind: 'reserved' },
  { base: [0x100, 0, 0, 1], bits: 64, kind: 'reserved' },
  { base: [0x2001, 0xdb8], bits: 32, kind: 'reserved' },
  { base: [0x2620, 0x4f, 0x8000], bits: 48, kind: 'reserved' },
  { base: [0x3fff], bits: 20, kind: 'reserved' },
  { base: [0x5f00], bits: 16, kind: 'reserved' },
  { base: [0xfc00], bits: 7, kind: 'unique-local' },
  { base: [0xfe80], bits: 10, kind: 'link-local' },
  { base: [0xfec0], bits: 10, kind: 'private' },
  { base: [0xff00], bits: 8, kind: 'multicast' },
];

function inRange(parts: readonly number[], range: Range, width: number): boolean {
  let left = range.bits;
  for (let i = 0; left > 0; i++, left -= width) {
    const take = Math.min(width, left);
    const mask = ((1 << take) - 1) << (width - take);
    if (((parts[i] ?? 0) & mask) !== ((range.base[i] ?? 0) & mask)) return false;
  }
  return true;
}

const classify = (parts: readonly number[], ranges: readonly Range[], width: number) =>
  ranges.find((r) => inRange(parts, r, width))?.kind ?? null;

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a dotted tail converted). */
export function ipv6Groups(text: string): number[] {
  let s = text.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split('.').map(Number);
    s = `${s.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = s.split('::');
  const parse = (p: string) => (p === '' ? [] : p.split(':').map((g) => Number.parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const zeros = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<number>(zeros).fill(0), ...right];
}

const embeddedIPv4 = (hi: number, lo: number) => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];

function classifyIPv6(text: string): BlockedAddressKind | null {
  const g = ipv6Groups(text);
  const direct = classify(g, ipv6Ranges, 16);
  if (direct) return direct;
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = g;
  const upperZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) all
  // reach the IPv4 address inside them.
  // IPv4-translated (::ffff:0:a.b.c.d, RFC 2765) as well.
  const translated = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0xffff && g5 === 0;
  const mapped = (upperZero && (g5 === 0xffff || g5 === 0)) || translated;
  const nat64 = g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0;
  if (mapped || nat64) return classify(embeddedIPv4(g6, g7), ipv4Ranges, 8);
  // 6to4 (2002:AABB:CCDD::/48) routes to the IPv4 address AA.BB.CC.DD.
  if (g0 === 0x2002) return classify(embeddedIPv4(g1 ?? 0, g2 ?? 0), ipv4Ranges, 8);
  // Teredo (2001:0:SSSS:SSSS:flags:port:CCCC:CCCC, RFC 4380) reaches its client at the bitwise
  // NOT of the last 32 bits, through the server at SSSS:SSSS: both must be public.
  if (g0 === 0x2001 && g1 === 0) {
    const client = embeddedIPv4(~g6 & 0xffff, ~g7 & 0xffff);
    const server = embeddedIPv4(g2 ?? 0, g3 ?? 0);
    return classify(client, ipv4Ranges, 8) ?? classify(server, ipv4Ranges, 8);
  }
  // The rest of 2001::/23 is IETF protocol assignments (benchmarking, AMT, AS112, ORCHID...).
  if (g0 === 0x2001 && (g1 ?? 0) < 0x200) return 'reserved';
  // Only 2000::/3 is global unicast; the rest of the space is reserved or unassigned.
  if (((g0 ?? 0) & 0xe000) !== 0x2000) return 'reserved';
  return null;
}

/**
 * Why `address` (a literal IPv4 or IPv6 address) must not be reached from a user-given URL, or
 * null when it is a public unicast address. Anything that is not an IP literal is `reserved`.
 */
export function blockedAddressKind(address: string): BlockedAddressKind | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) return classify(bare.split('.').map(Number), ipv4Ranges, 8);
  if (family === 6) return classifyIPv6(bare);
  return 'reserved';
}
