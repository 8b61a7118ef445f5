import type { DetectionArticle } from '../detection-article';
import { ownerOf } from '../entity-owners';
import { cosine, TitleSpace, type TitleVector } from '../title-vectors';

const DAY = 86_400_000;

import { type HeadlineForm, headlineForm } from './headline-form';
import { type NewsKind, newsKind } from './news-kind';

/** An article as story clustering reads it. */
export interface StoryArticle {
  article: DetectionArticle;
  at: number;
  form: HeadlineForm;
  kind: NewsKind | null;
  /** Owners of the names the headline leads with (`headlineSubjects`). */
  subjects: string[];
  vector: TitleVector;
  /**
   * Words of the headline that name something (`namingTerms`), names of companies and labs left
   * out, rare in the whole corpus.
   */
  terms: string[];
  /**
   * Words of the headline that name something and are not everywhere ("Sora", "GPT-4.5"; not
   * "AI" or "US").
   */
  names: string[];
}

/** One happening told by one or more articles, earliest first. */
export interface Story {
  members: StoryArticle[];
  vectors: TitleVector[];
  terms: Set<string>;
  names: Set<string>;
  subjects: Map<string, number>;
}

export interface StoryOptions {
  /** A story takes articles up to this many hours after its first report. Default 72. */
  windowHours?: number;
  /** Title cosine (names left out) at which two headlines about one subject tell the same
   * happening; twice it when they lead with different subjects. Default 0.35. */
  sameText?: number;
  /** Title cosine that, with a shared subject and a shared rare term, is the same story.
   * Default 0.15. */
  relatedText?: number;
  /** A word in at most this share of all titles is distinctive. Default 0.002. */
  rareShare?: number;
  /** A naming word in more than this share of all titles names nothing in particular. Default 0.01. */
  nameShare?: number;
}

/**
 * What a headline is about: the names in its first half, at least the first one, as their owners
 * (Gemini as Alphabet). A headline leads with its subject: "Microsoft brings a DeepSeek model to
 * its cloud" is Microsoft's news.
 */
export function headlineSubjects(a: DetectionArticle): string[] {
  const inTitle = a.tags
    .filter((t) => t.field === 'title')
    .map((t) => ({ entity: t.entity, at: Math.max(0, a.title.indexOf(t.matched)) }))
    .sort((x, y) => x.at - y.at);
  const half = a.title.length / 2;
  return [
    ...new Set(inTitle.filter((t, i) => i === 0 || t.at < half).map((t) => ownerOf(t.entity))),
  ];
}

/** A crude suffix stripper: "investigating", "investigation" and "investigates" meet. */
const stem = (word: string) =>
  word.length <= 4 ? word : word.replace(/(?:ations?|ions?|ing|ed|es|s)$/, '');

/**
 * The headline with the names of the companies and labs it was tagged with taken out, each word
 * stemmed: what it says about them. Product names (o3-mini, Sora, Blackwell) stay: they are what
 * a story is about, and two headlines naming one are likely one story.
 */
/**
 * Words of how products are described, not of what happened: two headlines that share only
 * these ("lets users ask questions") tell two stories.
 */
const plainWords = new Set(
  'let lets user users you your ask asks question questions new now get gets make makes help helps use uses using want wants way ways people can will more'.split(
    ' ',
  ),
);

export function topicText(a: DetectionArticle): string {
  let text = a.title;
  for (const t of a.tags) {
    if (t.field === 'title' && ownerOf(t.entity) === t.entity)
      text = text.split(t.matched).join(' ');
  }
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => !plainWords.has(w))
    .map(stem)
    .join(' ');
}

/**
 * The rare words of a headline that name something: written with a capital inside the headline
 * ("Wiz", "Willow", "Korea") or with a digit ("o3", "B200"). A rare common word ("beefs up")
 * links two stories by chance. In a headline written in title case every word has a capital, so
 * there the rare words are taken as they are.
 */
function namingTerms(title: string, rare: readonly string[]): string[] {
  const tokens = title.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
  const long = tokens.filter((t) => t.length > 3);
  const titleCase = long.filter((t) => /^\p{Lu}/u.test(t)).length >= 0.7 * long.length;
  if (titleCase) return [...rare];
  const naming = new Set(
    tokens
      .filter((t, i) => /\p{N}/u.test(t) || (i > 0 && /^\p{Lu}/u.test(t)))
      .map((t) => stem(t.toLowerCase())),
  );
  return rare.filter((w) => naming.has(w));
}

function fits(story: Story, s: StoryArticle, o: Required<StoryOptions>): number {
  const sim = Math.max(0, ...story.vectors.map((v) => cosine(v, s.vector)));
  const sameSubject =
    s.subjects.some((e) => story.subjects.has(e)) ||
    (s.subjects.length === 0 && story.subjects.size === 0);
  const sharedTerm = s.terms.some((t) => story.terms.has(t));
  // A company reports once a quarter: two results pieces on it within days are one story.
  const results = s.kind === 'results' && story.members.some((m) => m.kind === 'results');
  if (sameSubject && results && s.subjects.length > 0) return sim + 1;
  // Two headlines leading with different companies are two stories unless they say the same.
  const otherSubjects = s.subjects.length > 0 && story.subjects.size > 0 && !sameSubject;
  if (sim >= (otherSubjects ? 2 * o.sameText : o.sameText)) return sim + 1;
  if (sameSubject && sharedTerm && sim >= o.relatedText) return sim + 0.5;
  // Two reports of the same kind of news about the same subject within a day that name the same
  // thing, however common the name ("OpenAI launches Sora" and "Sora is here"), tell one story.
  const sameKind = story.members.some(
    (m) => m.kind !== null && m.kind === s.kind && s.at - m.at <= DAY,
  );
  if (sameSubject && sameKind && s.subjects.length > 0 && s.names.some((n) => story.names.has(n))) {
    return sim + 0.4;
  }
  return -1;
}

/**
 * Single-pass clustering by story (topic detection and tracking, Allan et al. 1998): in time
 * order, each news or market headline joins the open story whose headlines say the same thing
 * (close text with the names left out, or a shared subject and a distinctive term beyond the
 * names), else it starts a story of its own. Naming the same company is never enough: two
 * stories about Nvidia on the same day stay two. Context pieces (reviews, explainers, promos)
 * take no part; a market piece may join a story, and a story it starts makes no event.
 */
export function clusterStories(
  articles: readonly DetectionArticle[],
  options: StoryOptions = {},
): Story[] {
  const o: Required<StoryOptions> = {
    windowHours: options.windowHours ?? 72,
    sameText: options.sameText ?? 0.35,
    relatedText: options.relatedText ?? 0.15,
    rareShare: options.rareShare ?? 0.002,
    nameShare: options.nameShare ?? 0.01,
  };
  const windowMs = o.windowHours * 3_600_000;
  const texts = new Map(articles.map((a) => [a, topicText(a)] as const));
  const space = new TitleSpace([...texts.values()]);
  const ordered: StoryArticle[] = [];
  for (const a of articles) {
    const form = a.dateEstimated ? 'context' : headlineForm(a.title);
    if (form === 'context') continue;
    const text = texts.get(a) ?? '';
    ordered.push({
      article: a,
      at: Date.parse(a.publishedAt),
      form,
      kind: newsKind(a.title),
      subjects: headlineSubjects(a),
      vector: space.vector(text),
      terms: namingTerms(a.title, space.rareWords(text, o.rareShare)),
      names: namingTerms(a.title, space.rareWords(text, o.nameShare)),
    });
  }
  ordered.sort((x, y) => x.at - y.at || (x.article.id < y.article.id ? -1 : 1));
  const stories: Story[] = [];
  // Open stories by the words of their headlines: a story shares no word with an article has a
  // cosine of 0 with it and cannot take it, so only stories sharing one are compared.
  const byWord = new Map<string, Set<Story>>();
  const seq = new Map<Story, number>();
  let firstOpen = 0;
  for (const s of ordered) {
    for (; firstOpen < stories.length; firstOpen++) {
      const story = stories[firstOpen];
      if (!story || s.at - (story.members[0]?.at ?? s.at) <= windowMs) break;
      for (const v of story.vectors) for (const word of v.keys()) byWord.get(word)?.delete(story);
    }
    const candidates = new Set<Story>();
    for (const word of s.vector.keys())
      for (const story of byWord.get(word) ?? []) candidates.add(story);
    let best: Story | undefined;
    let bestFit = -1;
    for (const story of candidates) {
      const f = fits(story, s, o);
      if (
        f > bestFit ||
        (f === bestFit && best && stories.indexOf(story) < stories.indexOf(best))
      ) {
        best = story;
        bestFit = f;
      }
    }
    const story: Story = best ?? {
      members: [],
      vectors: [],
      terms: new Set(),
      names: new Set(),
      subjects: new Map(),
    };
    story.members.push(s);
    story.vectors.push(s.vector);
    for (const t of s.terms) story.terms.add(t);
    for (const n of s.names) story.names.add(n);
    for (const e of s.subjects) story.subjects.set(e, (story.subjects.get(e) ?? 0) + 1);
    for (const word of s.vector.keys()) {
      const set = byWord.get(word);
      if (set) set.add(story);
      else byWord.set(word, new Set([story]));
    }
    if (!best) {
      seq.set(story, stories.length);
      stories.push(story);
    }
  }
  return stories;
}
