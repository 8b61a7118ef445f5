import { describe, expect, it } from 'vitest';
import { maskUrl, maskUrlsIn } from './mask-url';

describe('maskUrl', () => {
  it('hides the user, the password and secret-looking query values, and keeps the rest', () => {
    expect(maskUrl('https://alice:hunter2@feeds.example/ai.xml?apikey=S3CRET&lang=en')).toBe(
      'https://***:***@feeds.example/ai.xml?apikey=***&lang=en',
    );
    expect(maskUrl('https://token123@feeds.example/rss')).toBe('https://***@feeds.example/rss');
    expect(
      maskUrl(
        'http://x.example/f?access_token=a&api_key=b&Signature=c&password=d&sessionid=e&page=2#top',
      ),
    ).toBe(
      'http://x.example/f?access_token=***&api_key=***&Signature=***&password=***&sessionid=***&page=2#top',
    );
    expect(maskUrl('https://news.example/feed.xml')).toBe('https://news.example/feed.xml');
    expect(maskUrl('not a url')).toBe('not a url');
  });

  it('masks every URL quoted in a message', () => {
    expect(
      maskUrlsIn(
        'redirect loop back to https://u:p@a.example/x?key=k1 from http://b.example/?token=t2',
      ),
    ).toBe(
      'redirect loop back to https://***:***@a.example/x?key=*** from http://b.example/?token=***',
    );
  });
});
