import { describe, expect, it } from 'vitest';
import { refusePrivateHosts } from './private-hosts';

const refused = async (url: string) =>
  refusePrivateHosts(new URL(url)).then(
    () => false,
    () => true,
  );

describe('refusePrivateHosts', () => {
  it('refuses this machine and private networks', async () => {
    for (const url of [
      'http://localhost:8787/feed',
      'http://127.0.0.1/feed',
      'http://10.1.2.3/feed',
      'http://172.16.0.1/feed',
      'http://192.168.1.1/feed',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/feed',
      'http://[fd00::1]/feed',
      'http://printer.local/feed',
      'http://intranet/feed',
    ]) {
      expect(await refused(url), url).toBe(true);
    }
  });

  it('lets public feeds through', async () => {
    for (const url of [
      'https://techcrunch.com/feed/',
      'https://feeds.arstechnica.com/arstechnica/index',
      'http://8.8.8.8/feed',
      'http://172.32.0.1/feed',
    ]) {
      expect(await refused(url), url).toBe(false);
    }
  });
});
