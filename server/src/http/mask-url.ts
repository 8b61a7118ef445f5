/**
 * Feed URLs may carry credentials (`https://user:pass@host/`, `?apikey=...`). The store keeps
 * them whole, because the fetch needs them; everything a person or a log reads shows them masked.
 */
const masked = '***';

/** Query keys whose values are secrets: keys, tokens, passwords, signatures, sessions. */
const secretKey =
  /(key|token|secret|passw(or)?d|^pass$|^pwd$|auth|sig(nature)?$|session|credential|^code$|^jwt$)/i;

/** The URL with its user, password and secret-looking query values replaced by `***`. */
export function maskUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  if (url.username) url.username = masked;
  if (url.password) url.password = masked;
  let query = '';
  if (url.search) {
    // Rebuilt by hand so that the mask stays readable (URLSearchParams would write %2A).
    query = `?${url.search
      .slice(1)
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 0) return pair;
        return secretKey.test(decodeKey(pair.slice(0, eq)))
          ? `${pair.slice(0, eq)}=${masked}`
          : pair;
      })
      .join('&')}`;
    url.search = '';
  }
  const hashAt = url.href.indexOf('#');
  const base = hashAt < 0 ? url.href : url.href.slice(0, hashAt);
  return `${base}${query}${url.hash}`;
}

function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key.replaceAll('+', ' '));
  } catch {
    return key;
  }
}

/** Every http(s) URL inside a text (an error message) masked as {@link maskUrl} does. */
export function maskUrlsIn(text: string): string {
  return text.replace(/https?:\/\/[^\s"'<>]+/gi, (url) => maskUrl(url));
}
