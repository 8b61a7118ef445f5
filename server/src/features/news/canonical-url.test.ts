import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url';

describe('canonicalUrl', () => {
  it('lower-cases the host, drops the fragment and tracking parameters, keeps the rest', () => {
    expect(
      canonicalUrl({
        href: 'https://News.Example.com:443/a/B?utm_source=rss&id=7&fbclid=x&gclid=y&mc_cid=1&mc_eid=2#c',
      }),
    ).toBe('https://news.example.com/a/B?id=7');
  });

  it('removes ref- and cmpid-like parameters', () => {
    expect(canonicalUrl({ href: 'https://e.com/p?ref=feed&cmpid=rss&wt_mc=rss.x&page=2' })).toBe(
      'https://e.com/p?page=2',
    );
  });

  it('keeps the encoding of the parameters it keeps', () => {
    expect(canonicalUrl({ href: 'https://e.com/p?id=7,8&utm_source=a&q=a+b' })).toBe(
      'https://e.com/p?id=7,8&q=a+b',
    );
  });

  it('leaves a clean URL untouched', () => {
    expect(canonicalUrl({ href: 'https://e.com/p?q=a%20b&x=1' })).toBe(
      'https://e.com/p?q=a%20b&x=1',
    );
  });

  it('resolves a relative link against the first base that works', () => {
    expect(
      canonicalUrl({ href: '/blog/intro', bases: [undefined, 'https://huggingface.co/blog'] }),
    ).toBe('https://huggingface.co/blog/intro');
    expect(canonicalUrl({ href: 'post.html', bases: ['https://e.org/posts/'] })).toBe(
      'https://e.org/posts/post.html',
    );
  });

  it('gives nothing for a relative link with no base, or a non-http scheme', () => {
    expect(canonicalUrl({ href: '/blog/intro' })).toBeUndefined();
    expect(canonicalUrl({ href: 'javascript:alert(1)' })).toBeUndefined();
    expect(canonicalUrl({ href: 'mailto:a@e.com' })).toBeUndefined();
  });

  it('is idempotent and never keeps a tracking parameter or a fragment', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (href) => {
        const once = canonicalUrl({ href });
        if (once === undefined) return;
        expect(canonicalUrl({ href: once })).toBe(once);
        const url = new URL(once);
        expect(url.hash).toBe('');
        expect([...url.searchParams.keys()].some((k) => /^utm_|^fbclid$|^gclid$/i.test(k))).toBe(
          false,
        );
      }),
    );
  });
});
