/**
 * What kind of piece a headline announces, from its wording alone. Events are built from news;
 * reviews, buying guides, explainers and round-ups report no new happening, so detection leaves
 * them out. A market piece ("Nvidia drops $600B off its market cap") reports a reaction: it joins
 * the story it reacts to, but cannot found an event by itself.
 */
export type ArticleKind = 'news' | 'feature' | 'market' | 'gadget';

const feature = new RegExp(
  [
    String.raw`\breview(s|ed)?\b`,
    String.raw`\bhands[- ]on\b`,
    String.raw`\btested\b`,
    String.raw`\b(I|we) put\b.*\bto the test\b`,
    String.raw`\bhow to\b`,
    String.raw`\btips\b`,
    String.raw`\bwhat to expect\b`,
    String.raw`\beverything (you need )?to know\b`,
    String.raw`\bexplained\b`,
    String.raw`\b(buying|comprehensive|complete) guide\b`,
    String.raw`^(the )?\d+ (best|great|ways|things)\b`,
    String.raw`\bbest\b.*\([^)]*(19|20)\d\d\)`,
    String.raw`\bdeals? on\b`,
    String.raw`\bthis week in ai\b`,
    String.raw`\bweek in review\b`,
    String.raw`\brecap\b`,
    String.raw`\bpodcast\b`,
    String.raw`\bthe year (in|that|of)\b`,
    String.raw`\byear in review\b`,
    String.raw`^(19|20)\d\d:`,
    String.raw`\bpredictions\b`,
    String.raw`\ba look (at|back)\b`,
    String.raw`^(what|who) (is|are)\b`,
    String.raw`^here(’|')?s (how|what|why)\b`,
    String.raw`^here are\b`,
  ].join('|'),
  'i',
);

const market =
  /\b(sell-?offs?|selloff|shares|stocks?|market caps?|market value|plunges?|plunged|tumbles?|tumbled|slumps?|rall(y|ies|ied)|wipes? out|wiped|Nasdaq|S&P 500|Wall Street|investors)\b/i;

/** Consumer devices: their launches are gadget news, not news of the AI trade. */
const device =
  /\b(Pixel|iPhone|iPad|Galaxy|MacBook|Mac Studio|Mac mini|iMac|Chromebook|Surface (Pro|Laptop)|Fire TV|Kindle|Echo|Apple Watch|smartwatch(es)?|earbuds|headphones|AirPods|PlayStation|Vision Pro)\b/;

export function articleKind(title: string): ArticleKind {
  if (feature.test(title)) return 'feature';
  if (market.test(title)) return 'market';
  if (device.test(title) && !aiWords.test(title)) return 'gadget';
  return 'news';
}

const aiWords =
  /(?<![\p{L}\p{N}])(AI|A\.I\.|artificial intelligence|machine learning|generative|GPUs?|chips?|chipmakers?|semiconductors?|data ?cent(?:er|re)s?|LLMs?|chatbots?|models?|cloud|supercomputers?|quantum|agents?|agentic|reasoning|AGI|neural)(?![\p{L}\p{N}])/iu;

/**
 * Whether an article belongs to the AI story at all: its title or the feed's labels use the
 * words of AI, chips or cloud, or it names an AI lab or product (`hasAiEntity`). Company news
 * outside it (content moderation, retail, streaming) makes no AI event.
 */
export function aboutAi(params: {
  title: string;
  labels?: readonly string[];
  hasAiEntity: boolean;
}): boolean {
  return (
    params.hasAiEntity ||
    aiWords.test(params.title) ||
    (params.labels ?? []).some((l) => aiWords.test(l))
  );
}
