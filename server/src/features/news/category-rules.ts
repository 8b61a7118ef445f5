import type { EventCategory } from '@aftershock/shared';

/** Words or phrases (a regular-expression alternation) that point to a category, and how strongly. */
export interface KeywordRule {
  alternatives: string;
  weight: number;
}

export interface TopicMatch {
  category: EventCategory;
  /** Sum of the weights of the distinct words found; a word in the title counts double. */
  score: number;
  /** The words found, as written, for the explanation. */
  matched: string[];
}

const words = (alternatives: string, weight: number): KeywordRule => ({ alternatives, weight });

/**
 * Keyword rules per event category (the categories of the curated catalogue). Strong words (2)
 * name the kind of news by themselves ("earnings", "export controls", "distillation"); weak words
 * (1) only count together with another. Explainable by design: a topic lists the words it saw.
 */
export const categoryRules: Record<EventCategory, readonly KeywordRule[]> = {
  'model-launch': [
    words(
      'launch(?:es|ed|ing)?|shows off|upgrades?|upgraded|unveil(?:s|ed|ing)?|releas(?:e|es|ed|ing)|debut(?:s|ed)?|introduc(?:es|ed)|rolls? out|rolled out|announc(?:es|ed)|reveal(?:s|ed)|arrives?|is here|now available',
      1,
    ),
    words(
      'models?|reasoning|chatbot|assistant|agents?|LLMs?|open-weight|open-source|image generator|video generator|GPUs?|chips?|CPUs?|processors?|superchip|supercomputers?|world models?|AI model',
      1,
    ),
    words('rivals?|beats|outperforms?|benchmarks?|tops the|tops App Store|No\\. 1', 1),
    words(
      'R1|V3|o1|o3|o3-mini|GPT-4\\.5|GPT-4o|GPT-5|Gemini 2\\.0|Gemini 2\\.5|Claude 3\\.7|Llama 3|Llama 4|Grok 3|Sora|Operator|deep research|Blackwell Ultra|Vera Rubin|RTX 50\\d\\d|Alexa\\+',
      2,
    ),
  ],
  earnings: [
    words(
      'earnings|quarterly|Q[1-4]|fiscal|first-quarter|second-quarter|third-quarter|fourth-quarter|beats estimates|misses estimates|capital expenditures?',
      2,
    ),
    words('results|quarter|revenue|sales|profits?|forecast|outlook|guidance|capex', 1),
  ],
  policy: [
    words(
      'export controls?|export rules?|export restrictions?|exporting|exports?|antitrust|tariffs?|sanctions?|entity list|ban(?:s|ned|ning)?|curbs?|regulations?|executive order|three tiers',
      2,
    ),
    words('rules?|restrictions?|probe|investigat(?:es|ion|ing)|blocks?|fined|bill|law|order', 1),
    words(
      'government|administration|White House|Trump|Biden|Congress|Senate|senators?|lawmakers|Commerce Department|DOJ|Justice Department|FTC|regulators?|CMA|European Commission|EU|China|Beijing|Pentagon',
      1,
    ),
  ],
  'ip-allegation': [
    words(
      'distill(?:ed|ing|ation)?|copy(?:ing)?|copied|stole|steal(?:ing)?|theft|plagiari[sz](?:e|ed|m)|infring(?:e|es|ed|ement)|copyright(?:ed)?|pirat(?:ed|ing)|piracy|torrent(?:ing|ed)?|improperly (?:used|obtained)|used OpenAI|fair use',
      2,
    ),
    words('trademark|trained on|training data|lawsuit|sues|sued|accus(?:es|ed)|evidence', 1),
  ],
  deal: [
    words(
      'acquir(?:e|es|ed|ing)|acquisition|buys|bought|merger|takeover|bid|stake|invest(?:s|ed|ing|ment)?|funding|raises|raised|round|valuation|joint venture|SPV|IPO|to buy',
      2,
    ),
    words('deal|partnership|partners?|teams? up|backs|backed|billion|\\$\\d+\\s?[BM]', 1),
  ],
  infrastructure: [
    words(
      'data cent(?:er|re)s?|datacent(?:er|re)s?|capex|AI spending|spending plans?|infrastructure|build-?out|gigawatts?|megawatts?|\\d+ ?[MG]W|nuclear|power plants?|chip factory|fabs?|leases?',
      2,
    ),
    words(
      'spending|spend|supercomputers?|servers?|clusters?|power|energy|solar|factory|plants?|manufacturing|chip production',
      1,
    ),
  ],
  security: [
    words(
      'breach(?:es|ed)?|hack(?:s|ed|ers?|ing)?|vulnerabilit(?:y|ies)|exploit(?:s|ed)?|zero-day|0-day|exposed|malware|spyware|stalkerware|ransomware|backdoor|cyber ?attack|cyber incident|jailbreak(?:s|ing)?|unencrypted|data to China|sending US data|outages?|went down|goes down',
      2,
    ),
    words('leak(?:s|ed)?|encryption|privacy|watchdog|surveillance|security|guardrails|phishing', 1),
  ],
  leadership: [
    words(
      'steps? down|resigns?|resignation|ousted|ouster|retires?|succeeds?|successor|new CEO|interim CEO|names? .{0,30}CEO',
      2,
    ),
    words('CEO|chief executive|chairman|president|founder', 1),
  ],
};

/**
 * Feed labels (`<category>` of an item: "earnings", "Government & Policy", "datacenters") are the
 * publisher's own filing of the story, so a label that names a kind of news is strong evidence.
 */
const labelRules: Partial<Record<EventCategory, RegExp>> = {
  earnings: /\b(earnings|earnings report|quarterly results|financial results)\b/i,
  policy:
    /\b(policy|government|regulation|antitrust|export controls?|trade war|tariffs?|sanctions|legislation)\b/i,
  security: /\b(security|privacy|cybersecurity|data breach|breach|hacking|malware|vulnerabilit)/i,
  deal: /\b(funding|fundraising|venture capital|m&a|acquisitions?|exits|ipo)\b/i,
  infrastructure: /\b(data ?cent(er|re)s|infrastructure|nuclear|energy)\b/i,
  'ip-allegation': /\b(copyright|intellectual property|piracy|distillation)\b/i,
};
const labelWeight = 3;

/** When two categories score the same, the more specific one names the news. */
const priority: readonly EventCategory[] = [
  'ip-allegation',
  'security',
  'leadership',
  'earnings',
  'policy',
  'deal',
  'infrastructure',
  'model-launch',
];

/**
 * One pattern per category, each rule a group, so a text is scanned once per category. Keywords
 * are ASCII: ASCII word boundaries, much cheaper than Unicode ones, are enough.
 */
const compiled = new Map(
  Object.entries(categoryRules).map(([category, rules]) => [
    category,
    {
      pattern: new RegExp(
        `(?<![A-Za-z0-9])(?:${rules.map((r) => `(${r.alternatives})`).join('|')})(?![A-Za-z0-9])`,
        'gi',
      ),
      weights: rules.map((r) => r.weight),
    },
  ]),
);

function scan(text: string, category: EventCategory, factor: number, found: Map<string, number>) {
  const rules = compiled.get(category);
  if (!rules || text === '') return;
  const re = rules.pattern;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const key = m[0].toLowerCase();
    const weight = (rules.weights[group - 1] ?? 0) * factor;
    found.set(key, Math.max(found.get(key) ?? 0, weight));
  }
}

export interface CategoriseInput {
  title: string;
  /** The start of the description (not stored). */
  snippet?: string;
  /** The feed's labels for the item. */
  labels?: readonly string[];
}

/**
 * The categories an article's words point to, best first. Score = the weights of the distinct
 * words found, a title word counting double, plus 3 for a feed label that names the category.
 * A category needs 4, and evidence in the title or a label: a strong word in the title, a weak
 * one backed by the description, or a label backed by a word; the description alone never
 * decides, since a story's first lines often recall older news.
 */
export function categorise(params: CategoriseInput): TopicMatch[] {
  const out: TopicMatch[] = [];
  const labels = (params.labels ?? []).join(' | ');
  for (const category of priority) {
    const inTitle = new Map<string, number>();
    scan(params.title, category, 2, inTitle);
    const found = new Map(inTitle);
    scan(params.snippet ?? '', category, 1, found);
    scan(labels, category, 1, found);
    const label = labelRules[category]?.exec(labels)?.[0];
    const score =
      [...found.values()].reduce((a, b) => a + b, 0) + (label === undefined ? 0 : labelWeight);
    if (score < 4 || (inTitle.size === 0 && label === undefined)) continue;
    const matched = [...found.keys(), ...(label === undefined ? [] : [`label: ${label}`])];
    out.push({ category, score, matched });
  }
  return out.sort(
    (a, b) => b.score - a.score || priority.indexOf(a.category) - priority.indexOf(b.category),
  );
}

/** Whether a headline itself uses a word of the category (not only its description or labels). */
export function titleNames(title: string, category: EventCategory): boolean {
  const found = new Map<string, number>();
  scan(title, category, 1, found);
  return found.size > 0;
}
