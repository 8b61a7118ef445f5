import { describe, expect, it } from 'vitest';
import { blockedAddressKind } from './outbound-address';

// IANA's special-purpose address registries, copied by hand (iana-ipv4-special-registry and
// iana-ipv6-special-registry, as published in 2025): each block with its first and last address,
// worked out here from the prefix length. Issue 16 found 192.88.99.0/24 and ::ffff:0:a.b.c.d
// accepted; every entry is refused now.
const ipv4Registry: [block: string, name: string, first: string, last: string][] = [
  ['0.0.0.0/8', 'This network', '0.0.0.0', '0.255.255.255'],
  ['0.0.0.0/32', 'This host on this network', '0.0.0.0', '0.0.0.0'],
  ['10.0.0.0/8', 'Private-Use', '10.0.0.0', '10.255.255.255'],
  ['100.64.0.0/10', 'Shared Address Space', '100.64.0.0', '100.127.255.255'],
  ['127.0.0.0/8', 'Loopback', '127.0.0.0', '127.255.255.255'],
  ['169.254.0.0/16', 'Link Local', '169.254.0.0', '169.254.255.255'],
  ['172.16.0.0/12', 'Private-Use', '172.16.0.0', '172.31.255.255'],
  ['192.0.0.0/24', 'IETF Protocol Assignments', '192.0.0.0', '192.0.0.255'],
  ['192.0.0.0/29', 'IPv4 Service Continuity Prefix', '192.0.0.0', '192.0.0.7'],
  ['192.0.0.8/32', 'IPv4 dummy address', '192.0.0.8', '192.0.0.8'],
  ['192.0.0.9/32', 'Port Control Protocol Anycast', '192.0.0.9', '192.0.0.9'],
  ['192.0.0.10/32', 'TURN Anycast', '192.0.0.10', '192.0.0.10'],
  ['192.0.0.170/32', 'NAT64/DNS64 Discovery', '192.0.0.170', '192.0.0.170'],
  ['192.0.0.171/32', 'NAT64/DNS64 Discovery', '192.0.0.171', '192.0.0.171'],
  ['192.0.2.0/24', 'Documentation (TEST-NET-1)', '192.0.2.0', '192.0.2.255'],
  ['192.31.196.0/24', 'AS112-v4', '192.31.196.0', '192.31.196.255'],
  ['192.52.193.0/24', 'AMT', '192.52.193.0', '192.52.193.255'],
  ['192.88.99.0/24', 'Deprecated (6to4 Relay Anycast)', '192.88.99.0', '192.88.99.255'],
  ['192.168.0.0/16', 'Private-Use', '192.168.0.0', '192.168.255.255'],
  ['192.175.48.0/24', 'Direct Delegation AS112 Service', '192.175.48.0', '192.175.48.255'],
  ['198.18.0.0/15', 'Benchmarking', '198.18.0.0', '198.19.255.255'],
  ['198.51.100.0/24', 'Documentation (TEST-NET-2)', '198.51.100.0', '198.51.100.255'],
  ['203.0.113.0/24', 'Documentation (TEST-NET-3)', '203.0.113.0', '203.0.113.255'],
  ['240.0.0.0/4', 'Reserved', '240.0.0.0', '255.255.255.255'],
  ['255.255.255.255/32', 'Limited Broadcast', '255.255.255.255', '255.255.255.255'],
];

const ipv6Registry: [block: string, name: string, first: string, last: string][] = [
  ['::1/128', 'Loopback Address', '::1', '::1'],
  ['::/128', 'Unspecified Address', '::', '::'],
  // Judged by the IPv4 address inside: these two hold a loopback and a broadcast address.
  ['::ffff:0:0/96', 'IPv4-mapped Address', '::ffff:127.0.0.1', '::ffff:255.255.255.255'],
  ['64:ff9b::/96', 'IPv4-IPv6 Translat.', '64:ff9b::10.0.0.0', '64:ff9b::255.255.255.255'],
  ['64:ff9b:1::/48', 'IPv4-IPv6 Translat.', '64:ff9b:1::', '64:ff9b:1:ffff:ffff:ffff:ffff:ffff'],
  ['100::/64', 'Discard-Only Address Block', '100::', '100::ffff:ffff:ffff:ffff'],
  ['100:0:0:1::/64', 'Dummy IPv6 Prefix', '100:0:0:1::', '100::1:ffff:ffff:ffff:ffff'],
  ['2001::/23', 'IETF Protocol Assignments', '2001::', '2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff'],
  ['2001::/32', 'TEREDO (server 0.0.0.0)', '2001::', '2001::ffff:ffff'],
  ['2001:1::1/128', 'Port Control Protocol Anycast', '2001:1::1', '2001:1::1'],
  ['2001:1::2/128', 'TURN Anycast', '2001:1::2', '2001:1::2'],
  ['2001:1::3/128', 'DNS-SD Service Registration Protocol Anycast', '2001:1::3', '2001:1::3'],
  ['2001:2::/48', 'Benchmarking', '2001:2::', '2001:2:0:ffff:ffff:ffff:ffff:ffff'],
  ['2001:3::/32', 'AMT', '2001:3::', '2001:3:ffff:ffff:ffff:ffff:ffff:ffff'],
  ['2001:4:112::/48', 'AS112-v6', '2001:4:112::', '2001:4:112:ffff:ffff:ffff:ffff:ffff'],
  ['2001:10::/28', 'Deprecated (ORCHID)', '2001:10::', '2001:1f:ffff:ffff:ffff:ffff:ffff:ffff'],
  ['2001:20::/28', 'ORCHIDv2', '2001:20::', '2001:2f:ffff:ffff:ffff:ffff:ffff:ffff'],
  [
    '2001:30::/28',
    'Drone Remote ID Protocol Entity Tags',
    '2001:30::',
    '2001:3f:ffff:ffff:ffff:ffff:ffff:ffff',
  ],
  ['2001:db8::/32', 'Documentation', '2001:db8::', '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff'],
  // Judged by the IPv4 address inside: 0.0.0.0 and 255.255.255.255.
  ['2002::/16', '6to4', '2002::', '2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
  [
    '2620:4f:8000::/48',
    'Direct Delegation AS112 Service',
    '2620:4f:8000::',
    '2620:4f:8000:ffff:ffff:ffff:ffff:ffff',
  ],
  ['3fff::/20', 'Documentation', '3fff::', '3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff'],
  ['5f00::/16', 'Segment Routing (SRv6) SIDs', '5f00::', '5f00:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
  ['fc00::/7', 'Unique-Local', 'fc00::', 'fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
  ['fe80::/10', 'Link-Local Unicast', 'fe80::', 'febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
];

describe('the outbound policy refuses every entry of the IANA IPv4 special-purpose registry', () => {
  it.each(ipv4Registry)('%s (%s)', (_block, _name, first, last) => {
    expect(blockedAddressKind(first)).not.toBeNull();
    expect(blockedAddressKind(last)).not.toBeNull();
    expect(blockedAddressKind(`::ffff:${first}`)).not.toBeNull();
  });
});

describe('the outbound policy refuses every entry of the IANA IPv6 special-purpose registry', () => {
  it.each(ipv6Registry)('%s (%s)', (_block, _name, first, last) => {
    expect(blockedAddressKind(first)).not.toBeNull();
    expect(blockedAddressKind(last)).not.toBeNull();
  });
});

describe('the rest of the address space', () => {
  it('judges the IPv4-translated form (::ffff:0:a.b.c.d) by its IPv4 address', () => {
    expect(blockedAddressKind('::ffff:0:127.0.0.1')).toBe('loopback');
    expect(blockedAddressKind('::ffff:0:a9fe:a9fe')).toBe('metadata');
  });

  it('refuses IPv6 outside global unicast (2000::/3) and passes its public neighbours', () => {
    for (const address of ['fe00::1', '4000::1', '1::1', '5eff::1', '8000::', 'e000::1']) {
      expect(blockedAddressKind(address), address).toBe('reserved');
    }
    for (const address of ['2001:200::1', '2620:4f:8001::1', '3ffe:ffff::1', '2000::1']) {
      expect(blockedAddressKind(address), address).toBeNull();
    }
    for (const address of ['192.88.98.255', '192.88.100.0', '192.31.195.255', '192.175.49.0']) {
      expect(blockedAddressKind(address), address).toBeNull();
    }
  });
});
