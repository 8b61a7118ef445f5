/**
 * The checks behind `ambiguousAliases` (catalogue/ambiguous-aliases.ts): an alias that is also an
 * ordinary word counts only when its case and the words around it say it is the company or the
 * product. Every alias listed there has a rule here (a test checks it). A rule returns why it
 * accepted the match, or null to reject it, so a tag can always be explained.
 */

export interface MatchContext {
  /** The text as written at the match: `Arm`, `ARM`. */
  matched: string;
  /** Up to 40 characters before and after the match, in the same field. */
  before: string;
  after: string;
  /** The match opens its field or a sentence (its capital letter says nothing). */
  sentenceStart: boolean;
  /** The field is a headline in Title Case, where every word is capitalised. */
  titleCase: boolean;
  /** Finds the first of these cue words anywhere in the article's title and description. */
  cue(words: readonly string[]): string | undefined;
}

export type EntityRule = (m: MatchContext) => string | null;

const chipCues = [
  'chip',
  'chips',
  'chipmaker',
  'chip designer',
  'SoftBank',
  'licence',
  'license',
  'licensing',
  'Neoverse',
  'Cortex',
  'CPU',
  'CPUs',
  'processor',
  'processors',
  'Qualcomm',
  'semiconductor',
  'royalty',
  'royalties',
  'Snapdragon',
  'Windows',
  'Rene Haas',
  'server',
  'x86',
];

const needsCue =
  (label: string, words: readonly string[]): EntityRule =>
  (m) => {
    const cue = m.cue(words);
    return cue ? `${label} with "${cue}" nearby` : null;
  };

/** Capitalised and mid-sentence is enough; at a sentence start or in Title Case a cue is needed. */
const capitalisedOrCue =
  (words: readonly string[]): EntityRule =>
  (m) => {
    if (!m.sentenceStart && !m.titleCase) return `capitalised "${m.matched}" inside a sentence`;
    const cue = m.cue(words);
    return cue ? `"${m.matched}" with "${cue}" nearby` : null;
  };

const modelCues = ['AI', 'model', 'models', 'chatbot', 'assistant', 'LLM', 'app'];

export const entityRules: Record<string, EntityRule> = {
  Arm: capitalisedOrCue(chipCues),
  Meta: (m) => {
    const suffix = /^-(\p{Ll}+)/u.exec(m.after);
    if (suffix && !/^(owned|backed|funded|made|built|led|hosted)$/.test(suffix[1] ?? '')) {
      return null;
    }
    return `capitalised "${m.matched}"${suffix ? ` in "${m.matched}-${suffix[1]}"` : ''}`;
  },
  Apple: (m) => {
    if (/^\s+(pie|cider|juice|orchards?|trees?|seeds?|sauce|butter|picking)\b/i.test(m.after)) {
      return null;
    }
    if (/\b(Big|candy|toffee|crab)\s+$/i.test(m.before)) return null;
    return `capitalised "${m.matched}", not followed by a fruit word`;
  },
  Intel: (m) => {
    const spyWords =
      /^\s+(officials?|analysts?|agenc(y|ies)|community|chiefs?|sources?|reports?|assessments?|operatives?|briefings?)\b/i;
    if (spyWords.test(m.after)) return null;
    if (/^['’]s\b/.test(m.after)) return `"${m.matched}'s": the company's`;
    return capitalisedOrCue([
      ...chipCues,
      'GPU',
      'Arc',
      'Core',
      'Xeon',
      'Gaudi',
      'foundry',
      'fab',
      'CEO',
      'Capital',
      'Gelsinger',
      'Lip-Bu Tan',
      'Falcon Shores',
      'Ohio',
      'shares',
    ])(m);
  },
  Amazon: (m) => {
    if (/^\s+(rainforest|river|basin|jungle|forest)\b/i.test(m.after)) return null;
    if (/\bthe\s+$/i.test(m.before) && !/^\s*(\p{Lu}|['’]s\b|-)/u.test(m.after)) return null;
    return `capitalised "${m.matched}", not the river or the rainforest`;
  },
  Alphabet: (m) => {
    if (/^(-\p{Ll}+|['’]s\b)/u.test(m.after)) return `"${m.matched}${m.after.slice(0, 8)}..."`;
    return capitalisedOrCue([
      'Google',
      'Waymo',
      'Verily',
      'DeepMind',
      'Taara',
      'Pichai',
      'shares',
      'earnings',
      'spending',
      'spins off',
      'parent',
      'revenue',
      'quarter',
      'fourth-quarter',
      'capex',
      'results',
      'profit',
      'AI',
    ])(m);
  },
  Nasdaq: (m) => {
    if (/^\s+Composite\b/.test(m.after)) return '"Nasdaq Composite"';
    const moved =
      /^\s+(fell|falls|rose|rises|closed|slid|slides|dropped|drops|jumped|tumbled|sank|gained|rallied)\b/i;
    return /\bthe\s+$/i.test(m.before) && moved.test(m.after) ? '"the Nasdaq" with a move' : null;
  },
  SPY: (m) => (m.matched === 'SPY' ? 'the upper-case ticker SPY' : null),
  Gemini: (m) => {
    if (m.cue(['Winklevoss', 'crypto', 'bitcoin', 'zodiac', 'horoscope', 'NASA', 'astronaut'])) {
      return null;
    }
    return /^\s+(\d|Ultra|Pro|Flash|Nano|Live|Advanced|Code|app|AI)\b/.test(m.after)
      ? `"${m.matched}${m.after.split(/\s+/, 2).join(' ')}"`
      : needsCue('Gemini', ['Google', 'Bard', 'DeepMind', 'Gmail', 'Android', ...modelCues])(m);
  },
  Claude: (m) =>
    /^\s+(\d|Opus|Sonnet|Haiku|Code|AI)\b/.test(m.after)
      ? `"${m.matched}${m.after.split(/\s+/, 2).join(' ')}"`
      : needsCue('Claude', ['Anthropic', ...modelCues])(m),
  Llama: (m) =>
    /^\s*\d/.test(m.after)
      ? `"${m.matched}" with a version number`
      : needsCue('Llama', ['Meta', 'Zuckerberg', 'open-weight', 'open source', ...modelCues])(m),
  Bard: needsCue('Bard', ['Google', 'chatbot', 'AI']),
  Copilot: needsCue('Copilot', [
    'Microsoft',
    'GitHub',
    'Windows',
    'Bing',
    'Edge',
    'Office',
    '365',
    'Surface',
    'AI',
  ]),
  Stargate: needsCue('Stargate', [
    'OpenAI',
    'SoftBank',
    'Oracle',
    'data center',
    'data centers',
    'data centre',
    'AI',
    'Altman',
    'Trump',
    'infrastructure',
  ]),
  Blackwell: needsCue('Blackwell', ['Nvidia', 'GPU', 'GPUs', 'chip', 'chips', 'Rubin', 'Hopper']),
  Hopper: needsCue('Hopper', ['Nvidia', 'GPU', 'GPUs', 'chip', 'chips', 'H100', 'H200']),
  Rubin: needsCue('Rubin', ['Nvidia', 'GPU', 'GPUs', 'chip', 'chips', 'Blackwell']),
  Instinct: (m) =>
    /^\s+MI\d/.test(m.after) ? '"Instinct MI..."' : needsCue('Instinct', ['AMD'])(m),
  Mistral: needsCue('Mistral', [
    'Mistral AI',
    'Le Chat',
    'Arthur Mensch',
    'startup',
    'API',
    'open-weight',
    'hyperscaler',
    'downloads',
    'OpenAI',
    ...modelCues,
  ]),
  'Le Chat': needsCue('Le Chat', ['Mistral', 'chatbot', 'AI', 'app']),
  Azure: needsCue('Azure', ['Microsoft', 'cloud', 'OpenAI', 'AI', 'data center']),
  TPU: needsCue('TPU', ['Google', 'chip', 'chips', 'AI', 'accelerator', 'Cloud']),
  Trillium: needsCue('Trillium', ['Google', 'TPU', 'chip', 'chips']),
  Ironwood: needsCue('Ironwood', ['Google', 'TPU', 'chip', 'chips']),
};

/**
 * A company named only as someone's former employer ("Former Intel CEO", "Intel's ex-CEO", "a
 * DeepMind alumnus", "ex-Google engineers"), as a start-up's backer ("Google-backed Pixxel",
 * "backed by Nvidia") or to describe another company ("Apple partner Pegatron") is not what the
 * headline reports on. Returns the reason to drop the match,
 * or null to keep it. Applies to every name, before its ambiguity rule.
 */
export function notTheSubject(
  m: Pick<MatchContext, 'before' | 'after' | 'matched'>,
): string | null {
  if (/(?<![\p{L}\p{N}])(former|ex-)\s*$/iu.test(m.before)) return 'a former employer';
  if (/^['’]s\s+(former|ex-)/iu.test(m.after)) return 'a former employer';
  if (/^-?\s*(alum(nus|na|ni|nae|s)?|veterans?)(?![\p{L}\p{N}])/iu.test(m.after)) {
    return 'a former employer';
  }
  if (/^-(backed|funded)(?![\p{L}\p{N}])/u.test(m.after)) return 'a backer';
  // "Apple partner Pegatron", "Nvidia rival AMD": the name describes the company that follows.
  if (/^\s+(partner|supplier|customer|rival)\s+\p{Lu}/u.test(m.after)) return 'a description';
  if (/(?<![\p{L}\p{N}])(backed|funded) by\s+$/iu.test(m.before)) return 'a backer';
  return null;
}
