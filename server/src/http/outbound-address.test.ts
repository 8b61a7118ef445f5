import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockedAddressKind, ipv6Groups } from './outbound-address';

describe('blockedAddressKind', () => {
  it('names each IPv4 block that is not the public internet (RFC 6890)', () => {
    const cases: [string, string][] = [
      ['0.0.0.0', 'unspecified'],
      ['0.1.2.3', 'unspecified'],
      ['10.0.0.1', 'private'],
      ['10.255.255.255', 'private'],
      ['100.64.0.1', 'cgnat'],
      ['100.127.255.254', 'cgnat'],
      ['100.100.100.200', 'cgnat'],
      ['127.0.0.1', 'loopback'],
      ['127.255.0.9', 'loopback'],
      ['169.254.169.254', 'metadata'],
      ['169.254.0.1', 'link-local'],
      ['172.16.0.1', 'private'],
      ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'],
      ['192.0.0.8', 'reserved'],
      ['198.18.0.1', 'reserved'],
      ['224.0.0.251', 'multicast'],
      ['239.255.255.250', 'multicast'],
      ['255.255.255.255', 'reserved'],
    ];
    for (const [address, kind] of cases) expect(blockedAddressKind(address), address).toBe(kind);
  });

  it('lets public IPv4 through, including the neighbours of the private blocks', () => {
    for (const address of [
      '8.8.8.8',
      '1.1.1.1',
      '9.255.255.255',
      '11.0.0.0',
      '100.63.255.255',
      '100.128.0.0',
      '126.255.255.255',
      '128.0.0.0',
      '169.253.255.255',
      '169.255.0.0',
      '172.15.255.255',
      '172.32.0.0',
      '192.167.255.255',
      '192.169.0.0',
      '223.255.255.255',
    ]) {
      expect(blockedAddressKind(address), address).toBeNull();
    }
  });

  it('names the IPv6 blocks, the metadata address and the forms that embed IPv4', () => {
    const cases: [string, string][] = [
      ['::', 'unspecified'],
      ['::1', 'loopback'],
      ['[::1]', 'loopback'],
      ['0:0:0:0:0:0:0:1', 'loopback'],
      ['fd00:ec2::254', 'metadata'],
      ['fd12:3456::1', 'unique-local'],
      ['fc00::1', 'unique-local'],
      ['fe80::1', 'link-local'],
      ['fe80::1%eth0', 'link-local'],
      ['febf::1', 'link-local'],
      ['fec0::1', 'private'],
      ['ff02::1', 'multicast'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:7f00:1', 'loopback'],
      ['::ffff:a9fe:a9fe', 'metadata'],
      ['::ffff:10.1.2.3', 'private'],
      ['::127.0.0.1', 'loopback'],
      ['64:ff9b::192.168.0.1', 'private'],
      ['64:ff9b:1::1', 'private'],
      ['2002:7f00:1::', 'loopback'],
      ['2002:a9fe:a9fe::1', 'metadata'],
      ['2001:db8::1', 'reserved'],
      // Teredo: the client is the NOT of the last 32 bits (RFC 4380, section 4).
      ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'],
      ['2001:0:4136:e378:8000:63bf:f5ff:fffe', 'private'],
      ['2001:0:4136:e378:8000:63bf:5601:5601', 'metadata'],
      ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'reserved'],
      ['2001:0:a00:1:8000:63bf:f7f7:f7f7', 'private'],
    ];
    for (const [address, kind] of cases) expect(blockedAddressKind(address), address).toBe(kind);
  });

  it('lets public IPv6 through', () => {
    for (const address of [
      '2606:4700:4700::1111',
      '2001:4860:4860::8888',
      '::ffff:8.8.8.8',
      '64:ff9b::808:808',
      '2002:808:808::1',
      '2001:0:4136:e378:8000:63bf:f7f7:f7f7',
    ]) {
      expect(blockedAddressKind(address), address).toBeNull();
    }
  });

  it('treats what is not an IP literal as reserved', () => {
    expect(blockedAddressKind('localhost')).toBe('reserved');
    expect(blockedAddressKind('')).toBe('reserved');
  });

  it('agrees with a mapped address for every IPv4 address', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        const [a = 0, b = 0, c = 0, d = 0] = ip.split('.').map(Number);
        const hex = `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
        expect(blockedAddressKind(hex)).toBe(blockedAddressKind(ip));
        expect(blockedAddressKind(`::ffff:${ip}`)).toBe(blockedAddressKind(ip));
      }),
    );
  });
});

describe('ipv6Groups', () => {
  it('expands :: and converts a dotted tail', () => {
    expect(ipv6Groups('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups('fd00:ec2::254')).toEqual([0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254]);
    expect(ipv6Groups('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(ipv6Groups('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
