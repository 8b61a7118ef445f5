import {
  type AliasVariant,
  type EntityTarget,
  type SectorTheme,
  sectorThemes,
} from './entity-aliases';
import { type EntityRule, entityRules, type MatchContext, notTheSubject } from './entity-rules';

export type TextField = 'title' | 'snippet' | 'label';

export interface EntityMatch {
  target: EntityTarget;
  /** The text as it appears in the article. */
  matched: string;
  field: TextField;
  /** Why an ambiguous name was accepted (null when the name is not ambiguous). */
  why: string | null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const boundaryBefore = '(?<![\\p{L}\\p{N}])';
const boundaryAfter = '(?![\\p{L}\\p{N}])';

const cueCache = new Map<string, RegExp>();

/** A cue word on word boundaries; acronyms and names with inner capitals keep their case. */
function cuePattern(word: string): RegExp {
  let re = cueCache.get(word);
  if (!re) {
    const exactCase = (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
    re = new RegExp(
      `${boundaryBefore}${escapeRegExp(word)}${boundaryAfter}`,
      exactCase ? 'u' : 'iu',
    );
    cueCache.set(word, re);
  }
  return re;
}

export function findCue(text: string, words: readonly string[]): string | undefined {
  return words.find((w) => cuePattern(w).test(text));
}

/** A headline in Title Case capitalises nearly every longer word ("Meta Ditches Fact-Checkers"). */
export function isTitleCase(text: string): boolean {
  const words = text.match(/(?<![\p{L}'’])\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

function opensSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  return (
    index === 0 || /^[\s"'“‘(]*$/.test(text.slice(0, index)) || /[.!?:]\s+["'“‘]?$/.test(before)
  );
}

/**
 * A model name with a digit (o3-mini, GPT-4o, MI300X) is written in any case by headlines in
 * Title Case ("o3-Mini") and cannot be mistaken for a word, so it matches in any case; every
 * other name matches as written (see `variantsOf`).
 */
const anyCase = (alias: string) => /\d/.test(alias);
const wordChar = /[\p{L}\p{N}]/u;
const firstWord = (text: string) => /[\p{L}\p{N}]+/u.exec(text)?.[0] ?? '';

function addTo(index: Map<string, AliasVariant[]>, key: string, v: AliasVariant): void {
  const list = index.get(key);
  if (list) list.push(v);
  else index.set(key, [v]);
}

/**
 * Finds catalogue names in text: at each word, the longest name that starts there, then the
 * ambiguity rules. Names are looked up by their first word, so the cost grows with the text,
 * not with the size of the catalogue.
 */
export class EntityMatcher {
  readonly #byFirst = new Map<string, AliasVariant[]>();
  readonly #byFoldedFirst = new Map<string, AliasVariant[]>();
  readonly #variants: Map<string, AliasVariant>;
  readonly #byLowerText: Map<string, AliasVariant>;
  readonly #rules: Record<string, EntityRule>;
  readonly #themes: readonly SectorTheme[];

  constructor(variants: readonly AliasVariant[], rules = entityRules, themes = sectorThemes) {
    this.#variants = new Map(variants.map((v) => [v.text, v]));
    this.#byLowerText = new Map(variants.map((v) => [v.text.toLowerCase(), v]));
    // `variants` come longest first, so each list keeps that order.
    for (const v of variants) {
      if (anyCase(v.text)) addTo(this.#byFoldedFirst, firstWord(v.text).toLowerCase(), v);
      else addTo(this.#byFirst, firstWord(v.text), v);
    }
    this.#rules = rules;
    this.#themes = themes;
  }

  /** The longest name starting at `at` (a word start) and ending on a word boundary. */
  #longestAt(text: string, at: number, word: string): { v: AliasVariant; text: string } | null {
    let best: { v: AliasVariant; text: string } | null = null;
    const exact = this.#byFirst.get(word) ?? [];
    const folded = this.#byFoldedFirst.get(word.toLowerCase()) ?? [];
    for (const [list, fold] of [
      [exact, false],
      [folded, true],
    ] as const) {
      for (const v of list) {
        if (best && v.text.length <= best.text.length) break;
        const slice = text.slice(at, at + v.text.length);
        const same = fold ? slice.toLowerCase() === v.text.toLowerCase() : slice === v.text;
        if (same && !wordChar.test(text.charAt(at + v.text.length))) best = { v, text: slice };
      }
    }
    return best;
  }

  /** Matches in one field; `context` (title and description) is where rules look for cues. */
  match(params: { text: string; field: TextField; context: string }): EntityMatch[] {
    const { text, field, context } = params;
    const titleCase = field === 'title' && isTitleCase(text);
    const out: EntityMatch[] = [];
    let next = 0;
    for (const w of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const index = w.index;
      if (index < next) continue;
      const found = this.#longestAt(text, index, w[0]);
      if (!found) continue;
      const { v: variant, text: matched } = found;
      next = index + matched.length;
      const before = text.slice(Math.max(0, index - 40), index);
      const after = text.slice(next, next + 40);
      if (notTheSubject({ matched, before, after }) !== null) continue;
      const rule = this.#rules[variant.alias];
      let why: string | null = null;
      if (rule) {
        const ctx: MatchContext = {
          matched,
          before,
          after,
          sentenceStart: opensSentence(text, index),
          titleCase,
          cue: (words) => findCue(context, words),
        };
        why = rule(ctx);
        if (why === null) continue;
      }
      out.push({ target: variant.target, matched, field, why });
    }
    for (const theme of this.#themes) {
      const m = theme.pattern.exec(text);
      const cue = m ? findCue(context, theme.cues) : undefined;
      if (m && cue) {
        out.push({
          target: theme.target,
          matched: m[0],
          field,
          why: `"${m[0]}" with "${cue}" nearby: news about the whole sector`,
        });
      }
    }
    return out;
  }

  /**
   * A feed label that is exactly a catalogue name ("nvidia", "deepseek R1") is the publisher
   * filing the story under that company or product.
   */
  matchLabels(params: { labels: readonly string[]; context: string }): EntityMatch[] {
    const out: EntityMatch[] = [];
    for (const label of params.labels) {
      const text = label.trim();
      const variant = this.#variants.get(text) ?? this.#byLowerText.get(text.toLowerCase());
      if (!variant) continue;
      const rule = this.#rules[variant.alias];
      // A label has no sentence around it: an ambiguous name counts as if written with its
      // capital inside a sentence, and its rule looks for cues in the title and the labels.
      const why = rule?.({
        matched: variant.alias,
        before: '',
        after: '',
        sentenceStart: false,
        titleCase: false,
        cue: (words) => findCue(params.context, words),
      });
      if (why === null) continue;
      out.push({
        target: variant.target,
        matched: text,
        field: 'label',
        why: why === undefined ? null : `feed label "${text}": ${why}`,
      });
    }
    return out;
  }
}
