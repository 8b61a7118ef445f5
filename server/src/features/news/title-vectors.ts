import { titleTokens } from './title-similarity';

const stopwords = new Set(
  (
    'a an and are as at be been but by can could do does for from has have how i in into is it its ' +
    'just more new no not now of on or our out over says said so than that the their them this to ' +
    'up us was we what when where which who why will with you your after about report reportedly ' +
    'here heres get gets according may might could would'
  ).split(' '),
);

/** Title words that carry meaning: lower case, accents and stopwords removed. */
export function contentTokens(title: string): string[] {
  return [...new Set(titleTokens(title).filter((t) => t.length > 1 && !stopwords.has(t)))];
}

/** A title as a unit vector of tf-idf weights (each word once). */
export type TitleVector = ReadonlyMap<string, number>;

/**
 * Inverse document frequencies of title words over a set of titles, idf = ln(1 + N / df) (the
 * smoothed form: a word in every title still weighs something), so that
 * "Wiz" or "Operator" weigh more than "AI" or "Google" (Salton and Buckley 1988).
 */
export class TitleSpace {
  readonly #idf = new Map<string, number>();
  readonly #df = new Map<string, number>();
  readonly #n: number;
  /** The tokens of each title of the space: a title is tokenised once, not once per use. */
  readonly #tokens = new Map<string, string[]>();

  constructor(titles: readonly string[]) {
    const df = new Map<string, number>();
    for (const t of titles) {
      const tokens = this.#tokensOf(t);
      for (const w of tokens) df.set(w, (df.get(w) ?? 0) + 1);
    }
    this.#n = Math.max(1, titles.length);
    for (const [w, n] of df) {
      this.#idf.set(w, Math.log(1 + this.#n / n));
      this.#df.set(w, n);
    }
  }

  /**
   * The words of a title found in at most `share` of all titles (and in more than one: a word
   * seen once can link nothing): "Wiz", "Willow", "9a". Two headlines of the same days about the
   * same company that share one tell the same story, however different their other words.
   */
  #tokensOf(title: string): string[] {
    let tokens = this.#tokens.get(title);
    if (!tokens) {
      tokens = contentTokens(title);
      this.#tokens.set(title, tokens);
    }
    return tokens;
  }

  rareWords(title: string, share: number): string[] {
    const most = Math.max(2, share * this.#n);
    return this.#tokensOf(title).filter((w) => {
      const n = this.#df.get(w) ?? 0;
      return n >= 2 && n <= most && !/^\d+$/.test(w);
    });
  }

  idf(word: string): number {
    return this.#idf.get(word) ?? Math.log(1 + this.#n);
  }

  vector(title: string): TitleVector {
    const weights = new Map(this.#tokensOf(title).map((w) => [w, this.idf(w)] as const));
    const norm = Math.sqrt([...weights.values()].reduce((s, x) => s + x * x, 0));
    if (norm > 0) for (const [w, x] of weights) weights.set(w, x / norm);
    return weights;
  }
}

/** Cosine similarity of two unit vectors: the sum over shared words of the weight products. */
export function cosine(a: TitleVector, b: TitleVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [w, x] of small) sum += x * (large.get(w) ?? 0);
  return sum;
}
