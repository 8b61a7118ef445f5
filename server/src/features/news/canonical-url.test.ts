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
});
