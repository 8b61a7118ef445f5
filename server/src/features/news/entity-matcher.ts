import {
  type AliasVariant,
  type EntityTarget,
  type SectorTheme,
  sectorThemes,
} from './entity-aliases';
import { type EntityRule, entityRules, type MatchContext } from './entity-rules';

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
function patternOf(alias: string): string {
  if (!/\d/.test(alias)) return escapeRegExp(alias);
  return [...alias]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      return lower === upper ? escapeRegExp(ch) : `[${lower}${upper}]`;
    })
    .join('');
}

/** Finds catalogue names in text: longest name first at each position, ambiguity rules applied. */
export class EntityMatcher {
  readonly #pattern: RegExp;
  readonly #variants: Map<string, AliasVariant>;
  readonly #byLowerText: Map<string, AliasVariant>;
  readonly #rules: Record<string, EntityRule>;
  readonly #themes: readonly SectorTheme[];

  constructor(variants: readonly AliasVariant[], rules = entityRules, themes = sectorThemes) {
    this.#variants = new Map(variants.map((v) => [v.text, v]));
    this.#byLowerText = new Map(variants.map((v) => [v.text.toLowerCase(), v]));
    const alternatives = variants.map((v) => patternOf(v.text)).join('|');
    this.#pattern = new RegExp(`${boundaryBefore}(?:${alternatives})${boundaryAfter}`, 'gu');
    this.#rules = rules;
    this.#themes = themes;
  }

  /** Matches in one field; `context` (title and description) is where rules look for cues. */
  match(params: { text: string; field: TextField; context: string }): EntityMatch[] {
    const { text, field, context } = params;
    const titleCase = field === 'title' && isTitleCase(text);
    const out: EntityMatch[] = [];
    for (const m of text.matchAll(this.#pattern)) {
      const variant = this.#variants.get(m[0]) ?? this.#byLowerText.get(m[0].toLowerCase());
      if (!variant) continue;
      const index = m.index;
      const rule = this.#rules[variant.alias];
      let why: string | null = null;
      if (rule) {
        const ctx: MatchContext = {
          matched: m[0],
          before: text.slice(Math.max(0, index - 40), index),
          after: text.slice(index + m[0].length, index + m[0].length + 40),
          sentenceStart: opensSentence(text, index),
          titleCase,
          cue: (words) => findCue(context, words),
        };
        why = rule(ctx);
        if (why === null) continue;
      }
      out.push({ target: variant.target, matched: m[0], field, why });
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
