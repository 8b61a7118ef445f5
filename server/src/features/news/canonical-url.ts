/**
 * Query parameters that only track where a click came from. Removing them lets the same article
 * reached through two newsletters, or through a feed and a share button, compare equal.
 */
const trackingParams = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'cmp',
  'icid',
  'ncid',
  'smid',
  'xtor',
  'wt_mc',
  'wt_zmc',
  'sr_share',
  'spm',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);

const trackingPrefixes = ['utm_', 'at_', 'pk_', 'mtm_', 'oly_'];

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return trackingParams.has(lower) || trackingPrefixes.some((p) => lower.startsWith(p));
}

export interface CanonicalUrlParams {
  /** The link as the feed wrote it, possibly relative. */
  href: string;
  /** Bases to resolve a relative link against, most specific first (xml:base, feed link, feed URL). */
  bases?: readonly (string | undefined | null)[];
}

function decodeName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** Resolves `href` against the first base that makes it absolute, or undefined. */
export function resolveUrl(params: CanonicalUrlParams): URL | undefined {
  const href = params.href.trim();
  if (href === '') return undefined;
  if (URL.canParse(href)) return new URL(href);
  for (const base of params.bases ?? []) {
    if (base && URL.canParse(href, base)) return new URL(href, base);
  }
  return undefined;
}

/**
 * The canonical form of an article link: absolute http(s), host lower-cased (URL does that),
 * default port and fragment dropped, tracking parameters removed, other parameters kept in order.
 * Undefined when the link cannot be made an absolute http(s) URL.
 */
export function canonicalUrl(params: CanonicalUrlParams): string | undefined {
  const url = resolveUrl(params);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  // Filter the raw pairs rather than re-serialising URLSearchParams, which would re-encode the
  // parameters kept (`7,8` -> `7%2C8`) and make equal links compare unequal.
  const pairs = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '');
  const kept = pairs.filter((pair) => !isTrackingParam(decodeName(pair)));
  if (kept.length !== pairs.length) url.search = kept.join('&');
  return url.href;
}
