import type { EventCategory } from '@aftershock/shared';

/**
 * Real AI-market events of December 2024 to March 2025, written by hand from the news of the
 * period (the headlines of the feed archive, checked against what we know happened), before the
 * detector was run on the archive. Each is a dated happening involving a catalogue company or an
 * AI lab or product mapped to one, of a kind the event catalogue knows: launches of models, chips
 * and AI products; results; policy and export rules; deals and investments; infrastructure and
 * capex; security and privacy incidents; IP and distillation allegations. Reviews, features,
 * opinion and how-to pieces are not events; nor is company news outside AI, chips and cloud
 * (content moderation, layoffs, retail, streaming). Only events the archive reports are listed.
 *
 * - `major`: an event an analyst of the AI complex would put on the timeline (it moved a stock,
 *   or it was a flagship launch, a large deal or a binding rule). Recall is measured on these.
 * - `minor`: a real, dated happening of the same kinds but of smaller consequence. Finding it is
 *   not required, but a detected event that matches it is a real event, not a false one.
 *
 * `entities`: tickers for companies, names for AI labs (OpenAI, Anthropic, DeepSeek, Stargate,
 * Mistral), `^SOX` for news about the chip sector as a whole. `date` is the New York date on
 * which the news broke.
 */
export interface LabelledEvent {
  id: string;
  date: string;
  tier: 'major' | 'minor';
  category: EventCategory | null;
  entities: string[];
  description: string;
  /**
   * Added after reading the detector's output on the archive: a real event of the kinds above
   * that the first pass over the headlines missed (each was checked against the headlines and
   * what is known to have happened). The evaluation reports figures with and without them.
   */
  afterReview?: true;
  /** The listed tickers the story is about (see README.md); absent where not yet labelled. */
  tickers?: string[];
  /**
   * Exact headlines of the archive articles that tell this story; the earliest is the first
   * report, whose time sets day 0. Absent where not yet labelled.
   */
  articles?: string[];
}

/** A headline that looks like an event to a keyword rule but is not a market event. */
export interface LabelledNegative {
  date: string;
  title: string;
  why: string;
}

/** The story's `tickers` and `articles` (see README.md). */
type StoryLabels = Pick<LabelledEvent, 'tickers' | 'articles'>;

const e = (
  id: string,
  date: string,
  tier: LabelledEvent['tier'],
  category: EventCategory | null,
  entities: string[],
  description: string,
  story: StoryLabels = {},
): LabelledEvent => ({ id, date, tier, category, entities, description, ...story });

const reviewed = (...args: Parameters<typeof e>): LabelledEvent => ({
  ...e(...args),
  afterReview: true,
});

/**
 * The tickers of a DeepSeek story: DeepSeek has no listed owner, and the catalogue maps it to the
 * listed AI complex that its efficiency shock repriced together (`entities.ts`).
 */
const deepseekTickers = [
  'AMD',
  'AMZN',
  'ARM',
  'ASML',
  'AVGO',
  'CEG',
  'GOOGL',
  'META',
  'MRVL',
  'MSFT',
  'MU',
  'NVDA',
  'ORCL',
  'SMCI',
  'TSM',
  'VRT',
  'VST',
];

export const labelledEvents: LabelledEvent[] = [
  // December 2024
  e(
    'intel-gelsinger-out',
    '2024-12-02',
    'major',
    null,
    ['INTC'],
    'Intel CEO Pat Gelsinger leaves under board pressure',
    {
      tickers: ['INTC'],
      articles: ['Intel’s CEO hasn’t turned the company around, and now he’s no longer CEO'],
    },
  ),
  e(
    'us-china-chip-controls-dec',
    '2024-12-02',
    'major',
    'policy',
    ['^SOX', 'MU', 'ASML'],
    'US widens chip export controls on China (HBM, tools, 140 entities)',
    {
      tickers: ['^SOX'],
      articles: ['US blocks China from foreign exports with even a single US-made chip'],
    },
  ),
  e(
    'openai-o1-chatgpt-pro',
    '2024-12-05',
    'major',
    'model-launch',
    ['OpenAI'],
    'OpenAI ships full o1 and a $200 ChatGPT Pro tier',
    {
      tickers: ['MSFT'],
      articles: [
        'OpenAI confirms new $200 monthly subscription, ChatGPT Pro, which includes its o1 reasoning model',
        'OpenAI announces full “o1” reasoning model, $200 ChatGPT Pro tier',
        "Here's What OpenAI's $200 Monthly ChatGPT Pro Subscription Includes",
        'OpenAI’s o1 model sure tries to deceive humans a lot',
        'Will people really pay $200 a month for OpenAI’s new chatbot?',
        'OpenAI bets you’ll pay $200 a month for ChatGPT',
      ],
    },
  ),
  e(
    'meta-llama-3-3',
    '2024-12-06',
    'minor',
    'model-launch',
    ['META'],
    'Meta releases Llama 3.3 70B',
    { tickers: ['META'], articles: ['Meta unveils a new, more efficient Llama model'] },
  ),
  e(
    'china-nvidia-antitrust',
    '2024-12-09',
    'major',
    'policy',
    ['NVDA'],
    'China opens an antitrust probe into Nvidia',
    { tickers: ['NVDA'], articles: ['China opens antitrust probe into Nvidia'] },
  ),
  e(
    'openai-sora-launch',
    '2024-12-09',
    'major',
    'model-launch',
    ['OpenAI'],
    'OpenAI opens Sora video generation to the public',
    {
      tickers: ['MSFT'],
      articles: [
        'OpenAI’s Sora video generator might not be available in the EU at launch',
        'OpenAI’s Sora is launching today — here are highlights from the first review',
        'Ten months after first tease, OpenAI launches Sora video generation publicly',
        'Why OpenAI is only letting some Sora users create videos of real people',
        'Here’s how OpenAI’s fresh new Sora interface looks',
      ],
    },
  ),
  e(
    'google-willow',
    '2024-12-09',
    'major',
    'model-launch',
    ['GOOGL'],
    'Google shows its Willow quantum chip',
    {
      tickers: ['GOOGL'],
      articles: [
        'Google gets an error-corrected quantum bit to be stable for an hour',
        'Google says its new quantum chip indicates that multiple universes exist',
      ],
    },
  ),
  e(
    'google-renewables-20b',
    '2024-12-10',
    'minor',
    'infrastructure',
    ['GOOGL'],
    'Google plans $20B of renewable power for AI data centres',
    {
      tickers: ['GOOGL'],
      articles: ['Google kicks off $20B renewable energy building spree to power AI'],
    },
  ),
  e(
    'gemini-2-launch',
    '2024-12-11',
    'major',
    'model-launch',
    ['GOOGL'],
    'Google launches Gemini 2.0 and agent prototypes',
    {
      tickers: ['GOOGL'],
      articles: [
        'Google’s AI Overviews will soon be able to answer math and coding questions',
        'Google unveils Project Mariner: AI agents to use the web for you',
        'Google Reveals Gemini 2, AI Agents, and a Prototype Personal Assistant',
        'Google Gemini can now do more in-depth research',
        'Gemini 2.0, Google’s newest flagship AI, can generate text, images, and speech',
        'Google goes “agentic” with Gemini 2.0’s ambitious AI agent features',
      ],
    },
  ),
  e(
    'apple-intelligence-ios-18-2',
    '2024-12-11',
    'minor',
    'model-launch',
    ['AAPL', 'OpenAI'],
    'iOS 18.2 brings Apple Intelligence features and ChatGPT integration',
    {
      tickers: ['AAPL'],
      articles: [
        'Apple releases new Apple Intelligence features including ChatGPT integration with iOS 18.2',
        'iOS 18.2, macOS 15.2 updates arrive today with image and emoji generation',
      ],
    },
  ),
  e(
    'chatgpt-outage-dec',
    '2024-12-11',
    'minor',
    'security',
    ['OpenAI'],
    'ChatGPT and Sora suffer a major outage',
    {
      tickers: ['MSFT'],
      articles: [
        'ChatGPT and Sora experienced a major outage',
        'OpenAI blames its massive ChatGPT outage on a ‘new telemetry service’',
      ],
    },
  ),
  e(
    'openai-o1-api',
    '2024-12-17',
    'minor',
    'model-launch',
    ['OpenAI'],
    'OpenAI brings o1 to its API',
    {
      tickers: ['MSFT'],
      articles: [
        'OpenAI brings its o1 reasoning model to its API — for certain developers',
        'OpenAI’s API users get full access to the new o1 model',
      ],
    },
  ),
  e(
    'gemini-flash-thinking',
    '2024-12-19',
    'minor',
    'model-launch',
    ['GOOGL'],
    'Google releases a reasoning model, Gemini 2.0 Flash Thinking',
    {
      tickers: ['GOOGL'],
      articles: [
        'Google releases its own ‘reasoning’ AI model',
        'Not to be outdone by OpenAI, Google releases its own “reasoning” AI model',
      ],
    },
  ),
  e(
    'openai-o3-announced',
    '2024-12-20',
    'major',
    'model-launch',
    ['OpenAI'],
    'OpenAI announces o3 and o3-mini',
    {
      tickers: ['MSFT'],
      articles: [
        'OpenAI Upgrades Its Smartest AI Model With Improved Reasoning Skills',
        'OpenAI announces o3 and o3-mini, its next simulated reasoning models',
        'OpenAI announces new o3 model — but you can’t use it yet',
        'OpenAI’s o3 suggests AI models are scaling in new ways — but so are the costs',
      ],
    },
  ),
  e(
    'deepseek-v3',
    '2024-12-26',
    'major',
    'model-launch',
    ['DeepSeek'],
    'DeepSeek releases its V3 open model',
    {
      tickers: deepseekTickers,
      articles: [
        'DeepSeek’s new AI model appears to be one of the best ‘open’ challengers yet',
        'Why DeepSeek’s new AI model thinks it’s ChatGPT',
      ],
    },
  ),
  e(
    'openai-for-profit-plan',
    '2024-12-27',
    'minor',
    'deal',
    ['OpenAI'],
    'OpenAI sets out its plan to become a for-profit company',
    {
      tickers: ['MSFT'],
      articles: [
        'OpenAI lays out its for-profit transition plans',
        'OpenAI defends for-profit shift as critical to sustain humanitarian mission',
      ],
    },
  ),
  e(
    'nvidia-runai-closed',
    '2024-12-30',
    'minor',
    'deal',
    ['NVDA'],
    'Nvidia completes its purchase of Run:ai',
    {
      tickers: ['NVDA'],
      articles: ['Nvidia completes acquisition of AI infrastructure startup Run:ai'],
    },
  ),
  // January 2025
  e(
    'nvidia-ces-2025',
    '2025-01-06',
    'major',
    'model-launch',
    ['NVDA'],
    'Nvidia CES keynote: RTX 50 GPUs, Cosmos, Project Digits',
    {
      tickers: ['NVDA'],
      articles: [
        'Nvidia unveils $2,000 RTX 5090 GPU',
        'Nvidia releases its own brand of world models',
        'Nvidia details Mega, a fleet manager for warehouse robots',
        'Toyota’s next-generation cars will be built with Nvidia supercomputers and operating system',
        'Nvidia is helping humanoid robots learn through Apple Vision Pro instruction',
        'Nvidia’s Project Digits is a ‘personal AI supercomputer’',
        'Nvidia’s $3,000 ‘Personal AI Supercomputer’ Will Let You Ditch the Data Center',
        'Nvidia’s ‘Cosmos’ AI Helps Humanoid Robots Navigate the World',
        'Nvidia unveils $3,000 desktop AI computer for home researchers',
        'New GeForce 50-series GPUs: There’s the $1,999 5090, and there’s everything else',
      ],
    },
  ),
  e(
    'amd-ces-2025',
    '2025-01-06',
    'minor',
    'model-launch',
    ['AMD'],
    'AMD shows Radeon RX 9070 and new Ryzen chips at CES',
    {
      tickers: ['AMD'],
      articles: [
        'New Radeon RX 9000 GPUs promise to fix two of AMD’s biggest weaknesses',
        'AMD’s new Ryzen Z2 CPUs boost gaming handhelds, if you buy the best one',
        'AMD launches new Ryzen 9000X3D CPUs for PCs that play games and work hard',
        'AMD’s new laptop CPU lineup is a mix of new silicon and new names for old silicon',
      ],
    },
  ),
  e(
    'microsoft-india-3b',
    '2025-01-07',
    'minor',
    'infrastructure',
    ['MSFT'],
    'Microsoft commits $3B to cloud and AI in India',
    {
      tickers: ['MSFT'],
      articles: [
        'Microsoft to pump $3 billion into cloud and AI push in India',
        'Microsoft backs its $3B AI push in India with public and private sector deals',
      ],
    },
  ),
  e(
    'aws-georgia-11b',
    '2025-01-07',
    'minor',
    'infrastructure',
    ['AMZN'],
    'AWS to invest $11B in Georgia data centres',
    {
      tickers: ['AMZN'],
      articles: [
        'AWS says it’ll invest ‘at least’ $11B to expand data center infrastructure in Georgia',
      ],
    },
  ),
  e(
    'ai-diffusion-rule',
    '2025-01-13',
    'major',
    'policy',
    ['^SOX', 'NVDA'],
    'US AI diffusion rule caps AI chip exports by country tier',
    {
      tickers: ['^SOX'],
      articles: [
        'New US Rule Aims to Block China’s Access to AI Chips and Models by Restricting the World',
        'US splits world into three tiers for AI chip access',
        'Biden administration proposes sweeping new restrictions on exporting AI chips',
      ],
    },
  ),
  e(
    'aws-mexico-5b',
    '2025-01-14',
    'minor',
    'infrastructure',
    ['AMZN'],
    'AWS pledges $5B and a new region in Mexico',
    {
      tickers: ['AMZN'],
      articles: ['AWS pledges to spend $5B in Mexico, launches new Mexico server region'],
    },
  ),
  e(
    'apple-pauses-ai-summaries',
    '2025-01-16',
    'minor',
    'model-launch',
    ['AAPL'],
    'Apple pauses AI news notification summaries after false alerts',
    {
      tickers: ['AAPL'],
      articles: ['Apple pauses AI notification summaries for news after generating false alerts'],
    },
  ),
  e(
    'deepseek-r1',
    '2025-01-20',
    'major',
    'model-launch',
    ['DeepSeek'],
    'DeepSeek releases its R1 reasoning model',
    {
      tickers: deepseekTickers,
      articles: [
        'DeepSeek claims its ‘reasoning’ model beats OpenAI’s o1 on certain benchmarks',
        'Cutting-edge Chinese “reasoning” model rivals OpenAI o1—and it’s free to download',
        'DeepSeek gets Silicon Valley talking',
      ],
    },
  ),
  e(
    'stargate',
    '2025-01-21',
    'major',
    'infrastructure',
    ['Stargate', 'OpenAI', 'ORCL'],
    'Stargate: OpenAI, SoftBank and Oracle announce a $500B AI build-out',
    {
      tickers: ['ARM', 'MSFT', 'NVDA', 'ORCL'],
      articles: [
        'OpenAI teams up with SoftBank and Oracle on $500B data center project',
        'Trump announces $500B “Stargate” AI infrastructure project with AGI aims',
        'OpenAI and SoftBank are reportedly putting $19B each into Stargate',
        'OpenAI’s Stargate project reportedly doesn’t have the money it needs',
        'Stargate will use solar and batteries to power $100B AI venture',
      ],
    },
  ),
  e(
    'google-anthropic-1b',
    '2025-01-22',
    'minor',
    'deal',
    ['GOOGL', 'Anthropic'],
    'Google invests another $1B in Anthropic',
    {
      tickers: ['AMZN', 'GOOGL'],
      articles: ['Google increases investment in Anthropic by another $1 billion'],
    },
  ),
  e(
    'openai-operator',
    '2025-01-23',
    'major',
    'model-launch',
    ['OpenAI'],
    'OpenAI launches Operator, an agent that uses a browser',
    {
      tickers: ['MSFT'],
      articles: [
        'OpenAI’s Operator Lets ChatGPT Use the Web for You',
        'OpenAI says it may store deleted Operator data for up to 90 days',
        'OpenAI launches Operator, an AI agent that can operate your computer',
        'OpenAI wants to take over your browser',
      ],
    },
  ),
  e(
    'deepseek-selloff',
    '2025-01-27',
    'major',
    'model-launch',
    ['DeepSeek', 'NVDA'],
    'DeepSeek tops the App Store and AI stocks sell off',
    {
      tickers: deepseekTickers,
      articles: [
        'DeepSeek ‘punctures’ AI leaders’ spending plans, and what analysts are saying',
        'DeepSeek panic triggers tech stock sell-off as Chinese AI tops App Store',
        'Chinese AI App DeepSeek Soars in Popularity, Startling Rivals',
        'How DeepSeek’s efficient AI could stall the nuclear renaissance',
        'DeepSeek displaces ChatGPT as the App Store’s top app',
        'Nvidia drops $600B off its market cap amid the rise of DeepSeek',
        'DeepSeek’s New AI Model Sparks Shock, Awe, and Questions From US Competitors',
        'Why the markets are freaking out about Chinese AI newcomer DeepSeek',
        'DeepSeek reaches No. 1 on US Play Store',
      ],
    },
  ),
  e(
    'deepseek-janus-cyberattack',
    '2025-01-27',
    'minor',
    'security',
    ['DeepSeek'],
    'DeepSeek limits sign-ups after a cyberattack; releases Janus image models',
    {
      tickers: deepseekTickers,
      articles: [
        'Viral AI company DeepSeek releases new image model family',
        'AI startup DeepSeek pauses signups amid cyber incident',
      ],
    },
  ),
  // date: first report is David Sacks’ claim, TechCrunch 2025-01-28 17:49; was 2025-01-29
  e(
    'deepseek-distillation',
    '2025-01-28',
    'major',
    'ip-allegation',
    ['DeepSeek', 'OpenAI', 'MSFT'],
    'OpenAI and Microsoft say DeepSeek may have distilled OpenAI models',
    {
      tickers: deepseekTickers,
      articles: [
        'David Sacks claims there’s ‘substantial evidence’ that DeepSeek used OpenAI’s models to train its own',
        'Microsoft probing whether DeepSeek improperly used OpenAI APIs',
        'I agree with OpenAI: You shouldn’t use other peoples’ work without permission',
      ],
    },
  ),
  // date: first report is Italy’s data watchdog request, TechCrunch 2025-01-28 20:17; was 2025-01-29
  e(
    'deepseek-database-exposed',
    '2025-01-28',
    'minor',
    'security',
    ['DeepSeek'],
    'An exposed DeepSeek database leaks chat logs; Italy acts on privacy',
    {
      tickers: deepseekTickers,
      articles: [
        'Italy sends first data watchdog request to DeepSeek: ‘The data of millions of Italians is at risk’',
        'DeepSeek’s app becomes unavailable on Apple’s and Google’s app stores in Italy',
        'Exposed DeepSeek Database Revealed Chat Prompts and Internal Data',
        'DeepSeek exposed internal database containing chat histories and sensitive data',
        'Report: DeepSeek’s chat histories and internal data were publicly exposed',
      ],
    },
  ),
  e(
    'microsoft-hosts-r1',
    '2025-01-29',
    'minor',
    'model-launch',
    ['MSFT', 'DeepSeek'],
    'Microsoft offers DeepSeek R1 on Azure',
    {
      tickers: ['MSFT'],
      articles: [
        'Microsoft brings a DeepSeek model to its cloud',
        'Microsoft now hosts AI model accused of copying OpenAI data',
      ],
    },
  ),
  e(
    'meta-q4-2024',
    '2025-01-29',
    'major',
    'earnings',
    ['META'],
    'Meta Q4 results; Zuckerberg keeps AI spending plans',
    {
      tickers: ['META'],
      articles: [
        'Zuck shrugs off DeepSeek, vows to spend hundreds of billions on AI',
        'Meta says end of fact-checking hasn’t impacted ad spend',
      ],
    },
  ),
  e(
    'apple-q1-fy25',
    '2025-01-30',
    'major',
    'earnings',
    ['AAPL'],
    'Apple Q1 FY25 results; China sales fall',
    {
      tickers: ['AAPL'],
      articles: [
        'Apple quarterly revenue increases, even as China sales decline 11%',
        'In Apple’s first-quarter earnings, the Mac leads the way in sales growth',
        'Apple CEO says DeepSeek shows ‘innovation that drives efficiency’',
        'Apple tops 1 billion subscriptions, nearly $100B in services revenue in 2024',
        'Apple Intelligence will support more languages from April',
      ],
    },
  ),
  e(
    'intel-q4-falcon-shores',
    '2025-01-30',
    'minor',
    'earnings',
    ['INTC'],
    'Intel results; Falcon Shores AI chip will not be sold',
    {
      tickers: ['INTC'],
      articles: [
        'Intel won’t bring its Falcon Shores AI chip to market',
        'Intel has already received $2.2B in federal grants for chip production',
      ],
    },
  ),
  // date: first report is TechCrunch 2025-01-29 20:43; was 2025-01-30
  e(
    'openai-softbank-talks',
    '2025-01-29',
    'minor',
    'deal',
    ['OpenAI'],
    'SoftBank in talks to lead a large OpenAI funding round',
    {
      tickers: ['MSFT'],
      articles: [
        'SoftBank in talks to invest as much as $25B in OpenAI, report says',
        'OpenAI said to be in talks to raise $40B at a $340B valuation',
      ],
    },
  ),
  e(
    'openai-o3-mini',
    '2025-01-31',
    'major',
    'model-launch',
    ['OpenAI'],
    'OpenAI releases o3-mini',
    {
      tickers: ['MSFT'],
      articles: [
        'OpenAI’s o3-Mini Is a Leaner AI Model That Keeps Pace With DeepSeek',
        'OpenAI hits back at DeepSeek with o3-mini reasoning model',
      ],
    },
  ),
  // February 2025
  e(
    'openai-deep-research',
    '2025-02-02',
    'minor',
    'model-launch',
    ['OpenAI'],
    'OpenAI launches deep research in ChatGPT',
    { tickers: ['MSFT'], articles: ['OpenAI unveils a new ChatGPT agent for ‘deep research’'] },
  ),
  e(
    'china-probes-google-nvidia',
    '2025-02-04',
    'major',
    'policy',
    ['GOOGL', 'NVDA'],
    'China answers US tariffs with probes of Google and Nvidia',
    {
      tickers: ['GOOGL', 'NVDA'],
      articles: [
        'China hits back at Trump tariffs with Google antitrust investigation',
        'China responds to tariffs with antitrust investigations of Google, Nvidia',
        'China Is Investigating Google Over Trump’s Tariffs',
      ],
    },
  ),
  e(
    'google-drops-weapons-pledge',
    '2025-02-04',
    'minor',
    'policy',
    ['GOOGL'],
    'Google drops its pledge not to use AI for weapons',
    {
      tickers: ['GOOGL'],
      articles: [
        'Google Lifts a Ban on Using Its AI for Weapons and Surveillance',
        'Google removes pledge to not use AI for weapons from website',
      ],
    },
  ),
  e(
    'alphabet-q4-2024',
    '2025-02-04',
    'major',
    'earnings',
    ['GOOGL'],
    'Alphabet Q4 results; capex plan of about $75B',
    {
      tickers: ['GOOGL'],
      articles: [
        'Alphabet praises DeepSeek, but it’s massively ramping up its AI spending',
        'Google wants Search to be more like an AI assistant in 2025',
      ],
    },
  ),
  e(
    'amd-q4-2024',
    '2025-02-04',
    'major',
    'earnings',
    ['AMD'],
    'AMD results; MI355 pulled forward',
    {
      tickers: ['AMD'],
      articles: [
        'AMD pulls up the release of its next-gen data center GPUs',
        'AMD promises “mainstream” 4K gaming with next-gen GPUs as current-gen GPU sales tank',
      ],
    },
  ),
  e(
    'amazon-q4-2024',
    '2025-02-06',
    'major',
    'earnings',
    ['AMZN'],
    'Amazon Q4 results; about $100B of 2025 capex',
    {
      tickers: ['AMZN'],
      articles: ['Amazon doubles down on AI with a massive $100B spending plan for 2025'],
    },
  ),
  e(
    'deepseek-government-bans',
    '2025-02-06',
    'minor',
    'policy',
    ['DeepSeek'],
    'Governments and agencies move to ban DeepSeek',
    {
      tickers: deepseekTickers,
      articles: [
        'DeepSeek is “TikTok on steroids,” senator warns amid push for government-wide ban',
      ],
    },
  ),
  e(
    'uk-apple-backdoor',
    '2025-02-07',
    'minor',
    'security',
    ['AAPL'],
    'UK orders Apple to open encrypted iCloud data',
    {
      tickers: ['AAPL'],
      articles: [
        'UK government demands Apple backdoor to encrypted cloud data: report',
        'UK demands Apple break encryption to allow gov’t spying worldwide, reports say',
        'UK Secret Order Demands That Apple Give Access to Users’ Encrypted Data',
        'UK’s secret Apple iCloud backdoor order is a global emergency, say critics',
      ],
    },
  ),
  e(
    'musk-bid-openai',
    '2025-02-10',
    'major',
    'deal',
    ['OpenAI'],
    'Musk-led group bids $97.4B for OpenAI',
    {
      tickers: ['MSFT'],
      articles: [
        'Elon Musk-led team submits $97.4B bid for OpenAI',
        'These are the investors funding Musk’s $97 billion OpenAI takeover attempt',
        'Sam Altman: OpenAI is not for sale, even for Elon Musk’s $97 billion offer',
        'OpenAI CEO Sam Altman calls Musk’s bid an attempt to ‘slow us down’',
        'How Musk’s $97.4B bid could gum up OpenAI’s for-profit conversion',
        'Sam Altman Dismisses Elon Musk’s Bid to Buy OpenAI in Letter to Staff',
        'This Week in AI: Musk bids for OpenAI',
        'Elon Musk will withdraw bid for OpenAI’s nonprofit if its board agrees to terms',
        'Elon Musk’s full offer letter to buy OpenAI reveals five key details',
      ],
    },
  ),
  e(
    'openai-gpt5-roadmap',
    '2025-02-12',
    'minor',
    'model-launch',
    ['OpenAI'],
    'OpenAI shelves o3 as a product and sets out GPT-5',
    {
      tickers: ['MSFT'],
      articles: [
        'OpenAI postpones its o3 AI model in favor of a ‘unified’ next-gen release',
        'Sam Altman lays out roadmap for OpenAI’s long-awaited GPT-5 model',
        'OpenAI teases a ‘simplified’ GPT-5 model',
      ],
    },
  ),
  e(
    'arm-own-chip',
    '2025-02-13',
    'minor',
    'model-launch',
    ['ARM', 'META'],
    'Arm to make its own server chip with Meta as a customer',
    {
      tickers: ['ARM'],
      articles: [
        'Arm is launching its own chip this year with Meta as a customer',
        'Arm to start making server CPUs in-house',
      ],
    },
  ),
  e(
    'apple-alibaba-ai-china',
    '2025-02-13',
    'minor',
    'deal',
    ['AAPL'],
    'Alibaba confirms it will bring AI to iPhones in China',
    {
      tickers: ['AAPL'],
      articles: ['Alibaba confirms Apple deal bringing AI features to iPhones in China'],
    },
  ),
  e(
    'south-korea-blocks-deepseek',
    '2025-02-17',
    'minor',
    'policy',
    ['DeepSeek'],
    'South Korea pulls DeepSeek from app stores',
    {
      tickers: deepseekTickers,
      articles: [
        'South Korea blocks downloads of DeepSeek from local app stores',
        'Privacy-problematic DeepSeek pulled from app stores in South Korea',
      ],
    },
  ),
  e(
    'microsoft-majorana-1',
    '2025-02-19',
    'minor',
    'model-launch',
    ['MSFT'],
    'Microsoft unveils the Majorana 1 quantum chip',
    {
      tickers: ['MSFT'],
      articles: [
        'Microsoft demonstrates working qubits based on exotic physics',
        'Microsoft’s New Majorana 1 Processor Could Transform Quantum Computing',
      ],
    },
  ),
  e(
    'apple-500b-us',
    '2025-02-24',
    'major',
    'infrastructure',
    ['AAPL'],
    'Apple pledges $500B of US investment incl. AI servers',
    {
      tickers: ['AAPL'],
      articles: [
        'Apple commits $500B to US manufacturing, including a new AI server facility in Houston',
        'Apple promises $500 billion in US investment in wake of tariff threats',
      ],
    },
  ),
  e(
    'claude-3-7-sonnet',
    '2025-02-24',
    'major',
    'model-launch',
    ['Anthropic'],
    'Anthropic releases Claude 3.7 Sonnet',
    {
      tickers: ['AMZN', 'GOOGL'],
      articles: [
        'Anthropic launches a new AI model that ‘thinks’ as long as you want',
        'Anthropic Launches the World’s First ‘Hybrid Reasoning’ AI Model',
        'Anthropic used Pokémon to benchmark its newest AI model',
        'Claude 3.7 Sonnet debuts with “extended thinking” to tackle complex problems',
        'Anthropic’s Claude AI is playing Pokémon on Twitch — slowly',
        'Anthropic’s latest flagship AI might not have been incredibly costly to train',
      ],
    },
  ),
  // date: first report is TechCrunch 2025-02-25 10:13; was 2025-02-24
  e(
    'microsoft-lease-cancellations',
    '2025-02-25',
    'major',
    'infrastructure',
    ['MSFT'],
    'Microsoft reported to cancel some AI data-centre leases',
    { tickers: ['MSFT'], articles: ['Microsoft cancels some of its AI data center leases'] },
  ),
  e(
    'gemini-code-assist-free',
    '2025-02-25',
    'minor',
    'model-launch',
    ['GOOGL'],
    'Google makes Gemini Code Assist free',
    {
      tickers: ['GOOGL'],
      articles: [
        'Google launches a free AI coding assistant with very high usage caps',
        'Google’s free Gemini Code Assist arrives with sky-high usage limits',
      ],
    },
  ),
  e('amazon-alexa-plus', '2025-02-26', 'major', 'model-launch', ['AMZN'], 'Amazon unveils Alexa+', {
    tickers: ['AMZN'],
    articles: [
      'Amazon unveils a new and improved Alexa, Alexa+',
      "Amazon's Souped-Up Alexa+ Arrives Next Month",
      'Amazon’s subscription-based Alexa+ looks highly capable—and questionable',
      'With Alexa+, Amazon makes an intriguing play in the consumer agent space',
    ],
  }),
  e('nvidia-q4-fy25', '2025-02-26', 'major', 'earnings', ['NVDA'], 'Nvidia Q4 FY25 results', {
    tickers: ['NVDA'],
    articles: ['Nvidia CEO Jensen Huang shrugs off DeepSeek as sales soar'],
  }),
  e(
    'openai-gpt-4-5',
    '2025-02-27',
    'major',
    'model-launch',
    ['OpenAI'],
    'OpenAI releases GPT-4.5',
    {
      tickers: ['MSFT'],
      articles: [
        'OpenAI Launches GPT-4.5 for ChatGPT—It’s Huge and Compute-Intensive',
        'OpenAI unveils GPT-4.5 ‘Orion,’ its largest AI model yet',
        'OpenAI’s GPT-4.5 is better at convincing other AIs to give it money',
        'OpenAI CEO Sam Altman says the company is ‘out of GPUs’',
        '“It’s a lemon”—OpenAI’s largest AI model ever arrives to mixed reviews',
        'OpenAI launches GPT-4.5, its largest model to date',
      ],
    },
  ),
  // date: first report is Ars Technica on the Ocelot chip, 2025-02-26 14:15; was 2025-02-27
  e(
    'amazon-ocelot',
    '2025-02-26',
    'minor',
    'model-launch',
    ['AMZN'],
    'Amazon shows Ocelot, its quantum chip',
    {
      tickers: ['AMZN'],
      articles: [
        'Amazon uses quantum “cat states” with error correction',
        'Amazon debuts Ocelot, its first quantum computing chip',
      ],
    },
  ),
  e(
    'intel-ohio-delay',
    '2025-02-28',
    'minor',
    'infrastructure',
    ['INTC'],
    'Intel delays its Ohio fab to 2030',
    { tickers: ['INTC'], articles: ['Intel delays its Ohio chip factory to 2030'] },
  ),
  // March 2025
  e(
    'tsmc-100b-us',
    '2025-03-03',
    'major',
    'infrastructure',
    ['TSM'],
    'TSMC pledges $100B more for US chip plants',
    {
      tickers: ['TSM'],
      articles: [
        'TSMC pledges to spend $100B on US chip facilities',
        'TSMC to invest $100B as Trump demands more US-made chips, report says',
        'Trump Still Considering Tariffs on Taiwanese Chips, Despite $100 Billion TSMC Deal',
      ],
    },
  ),
  e(
    'nvidia-chip-smuggling',
    '2025-03-03',
    'minor',
    'policy',
    ['NVDA', '^SOX'],
    'Reports of Blackwell chips reaching China; Singapore smuggling arrests',
    {
      tickers: ['NVDA'],
      articles: [
        'Chinese buyers are getting Nvidia Blackwell chips despite U.S. export controls',
        'Singapore arrests alleged Nvidia chip smugglers',
      ],
    },
  ),
  e(
    'apple-m4-macs',
    '2025-03-05',
    'minor',
    'model-launch',
    ['AAPL'],
    'Apple launches M4 MacBook Air and Mac Studio with M3 Ultra',
    {
      tickers: ['AAPL'],
      articles: [
        'Apple 13- and 15-inch M4 MacBook Air: Price, Specs, Availability',
        'Apple intros new Mac Studio models with M4 Max and… M3 Ultra?',
        'Apple announces M3 Ultra—and says not every generation will see an “Ultra” chip',
        'Apple launches new MacBook Air with M4 chip',
        'Apple updates the Mac Studio with M4 Max and M3 Ultra options',
      ],
    },
  ),
  e(
    'google-ai-mode',
    '2025-03-05',
    'minor',
    'model-launch',
    ['GOOGL'],
    'Google tests AI Mode in Search',
    {
      tickers: ['GOOGL'],
      articles: [
        'Google Search’s new ‘AI Mode’ lets users ask complex, multi-part questions',
        'You knew it was coming: Google begins testing AI-only search results',
      ],
    },
  ),
  e(
    'musk-openai-injunction-denied',
    '2025-03-04',
    'minor',
    'deal',
    ['OpenAI'],
    'Judge denies Musk an injunction against OpenAI becoming for-profit',
    {
      tickers: ['MSFT'],
      articles: [
        'Judge rejects Musk’s attempt to block OpenAI’s for-profit transition',
        'Elon Musk loses initial attempt to block OpenAI’s for-profit conversion',
        'Musk may still have a chance to thwart OpenAI’s for-profit conversion',
      ],
    },
  ),
  e(
    'openai-coreweave-12b',
    '2025-03-10',
    'minor',
    'deal',
    ['OpenAI'],
    'OpenAI signs a $12B contract with CoreWeave',
    {
      tickers: ['MSFT'],
      articles: ['In another chess move with Microsoft, OpenAI is pouring $12B into CoreWeave'],
    },
  ),
  e(
    'openai-agents-api',
    '2025-03-11',
    'minor',
    'model-launch',
    ['OpenAI'],
    'OpenAI launches tools for building agents',
    {
      tickers: ['MSFT'],
      articles: [
        'OpenAI launches new tools to help businesses build AI agents',
        'OpenAI pushes AI agent capabilities with new developer API',
      ],
    },
  ),
  e(
    'meta-training-chip',
    '2025-03-11',
    'minor',
    'model-launch',
    ['META'],
    'Meta tests its own AI training chip',
    { tickers: ['META'], articles: ['Meta is reportedly testing in-house chips for AI training'] },
  ),
  e(
    'intel-ceo-lip-bu-tan',
    '2025-03-12',
    'major',
    null,
    ['INTC'],
    'Intel names Lip-Bu Tan chief executive',
    {
      tickers: ['INTC'],
      articles: [
        'Intel appoints Lip-Bu Tan as its next CEO',
        'New Intel CEO Lip-Bu Tan will pick up where Pat Gelsinger left off',
        'As Intel welcomes a new CEO, a look at where the company stands',
      ],
    },
  ),
  e(
    'google-gemma-3-robotics',
    '2025-03-12',
    'minor',
    'model-launch',
    ['GOOGL'],
    'Google releases Gemma 3 and Gemini Robotics models',
    {
      tickers: ['GOOGL'],
      articles: [
        'Google’s Gemini Robotics AI Model Reaches Into the Physical World',
        'Google’s Gemma 3 is an open source, single-GPU AI with a 128K context window',
        'Google’s new robot AI can fold delicate origami, close zipper bags without damage',
        'Google DeepMind unveils new AI models for controlling robots',
      ],
    },
  ),
  e(
    'ai-action-plan-comments',
    '2025-03-13',
    'minor',
    'policy',
    ['OpenAI', 'GOOGL', 'DeepSeek'],
    'OpenAI and Google ask the White House for fair use and curbs on Chinese models',
    {
      tickers: ['GOOGL', 'MSFT'],
      articles: [
        'OpenAI calls for US government to codify ‘fair use’ for AI training',
        'OpenAI declares AI race “over” if training on copyrighted works isn’t fair use',
        'OpenAI calls DeepSeek ‘state-controlled,’ calls for bans on ‘PRC-produced’ models',
        'Google calls for weakened copyright and export rules in AI policy proposal',
        'Google joins OpenAI in pushing feds to codify AI training as fair use',
      ],
    },
  ),
  e(
    'google-wiz-32b',
    '2025-03-18',
    'major',
    'deal',
    ['GOOGL'],
    'Google agrees to buy Wiz for $32B',
    {
      tickers: ['GOOGL'],
      articles: [
        'Confirmed: Google buys Wiz for $32B to beef up in cloud security',
        'Google inks $32 billion deal to buy security firm Wiz even as DOJ seeks breakup',
        'Here’s why Google pitched its $32B Wiz acquisition as ‘multicloud’',
        'How a $6M bet on Wiz turned into a massive 200x return for one early backer',
        'Startups Weekly: Wiz’s bet paid off in an M&A-rich week',
        'Week in Review: Google buys Wiz',
      ],
    },
  ),
  e(
    'nvidia-gtc-2025',
    '2025-03-18',
    'major',
    'model-launch',
    ['NVDA'],
    'Nvidia GTC: Blackwell Ultra, Vera Rubin, personal AI computers',
    {
      tickers: ['NVDA'],
      articles: [
        'Blackwell Ultra, Vera Rubin, and Feynman are Nvidia’s next GPUs',
        'Nvidia debuts Groot N1, a foundation model for humanoid robotics',
        'GM teams up with Nvidia to bring AI to robots, factories, and self-driving cars',
        'Nvidia announces two ‘personal AI supercomputers’',
        'Nvidia announces “Rubin Ultra” and “Feynman” AI chips for 2027 and 2028',
        'Nvidia announces DGX desktop “personal AI supercomputers”',
        'Nvidia and Google DeepMind will help power Disney’s cute robots',
        'GTC felt more bullish than ever, but Nvidia’s challenges are piling up',
      ],
    },
  ),
  e(
    'nvidia-gretel',
    '2025-03-19',
    'minor',
    'deal',
    ['NVDA'],
    'Nvidia buys synthetic-data start-up Gretel',
    {
      tickers: ['NVDA'],
      articles: [
        'Nvidia Bets Big on Synthetic Data',
        'Nvidia reportedly acquires synthetic data startup Gretel',
      ],
    },
  ),
  e(
    'apple-siri-shakeup',
    '2025-03-20',
    'minor',
    null,
    ['AAPL'],
    'Apple moves Siri under new leadership after AI delays',
    {
      tickers: ['AAPL'],
      articles: [
        'Apple puts Vision Pro exec in charge of Siri in exec shakeup',
        'Apple reportedly planning executive shake-up to address Siri delays',
      ],
    },
  ),
  e(
    'claude-web-search',
    '2025-03-20',
    'minor',
    'model-launch',
    ['Anthropic'],
    'Anthropic adds web search to Claude',
    {
      tickers: ['AMZN', 'GOOGL'],
      articles: [
        'Anthropic adds web search to its Claude chatbot',
        'Anthropic appears to be using Brave to power web search for its Claude chatbot',
        'Anthropic’s new AI search feature digs through the web for answers',
      ],
    },
  ),
  e(
    'gemini-2-5',
    '2025-03-25',
    'major',
    'model-launch',
    ['GOOGL'],
    'Google releases Gemini 2.5 Pro',
    {
      tickers: ['GOOGL'],
      articles: [
        'Google unveils a next-gen family of AI reasoning models',
        'Gemini 2.5 Pro is here with bigger numbers and great vibes',
      ],
    },
  ),
  e(
    'openai-4o-images',
    '2025-03-25',
    'major',
    'model-launch',
    ['OpenAI'],
    'OpenAI launches native image generation in GPT-4o',
    {
      tickers: ['MSFT'],
      articles: [
        'ChatGPT’s image-generation feature gets an upgrade',
        'ChatGPT’s new AI image feature is delayed for free users',
        'OpenAI’s viral Studio Ghibli moment highlights AI copyright concerns',
        'OpenAI’s new AI image generator is potent and bound to provoke',
      ],
    },
  ),
  e(
    'openai-40b-round',
    '2025-03-27',
    'minor',
    'deal',
    ['OpenAI'],
    'OpenAI nears a $40B round led by SoftBank',
    {
      tickers: ['MSFT'],
      articles: ['OpenAI will reportedly close its SoftBank-led $40 billion round soon'],
    },
  ),
  e(
    'oracle-breach',
    '2025-03-28',
    'minor',
    'security',
    ['ORCL'],
    'Oracle reported to have suffered breaches of customer data',
    {
      tickers: ['ORCL'],
      articles: [
        'Oracle has reportedly suffered 2 separate breaches exposing thousands of customers‘ PII',
      ],
    },
  ),
  e(
    'amazon-nova-act',
    '2025-03-31',
    'minor',
    'model-launch',
    ['AMZN'],
    'Amazon unveils Nova Act, a browser agent',
    {
      tickers: ['AMZN'],
      articles: [
        'Amazon unveils Nova Act, an AI agent that can control a web browser',
        "Amazon's AGI Lab Reveals Its First Work: Advanced AI Agents",
      ],
    },
  ),
  // Added after review of the detector's output (see `afterReview`).
  reviewed(
    'microsoft-m12-neubird',
    '2024-12-11',
    'minor',
    'deal',
    ['MSFT'],
    'Microsoft’s M12 invests again in AI start-up NeuBird',
    {
      tickers: ['MSFT'],
      articles: [
        'Microsoft’s M12 invests another $22.5M into NeuBird, months after its $22M seed round',
      ],
    },
  ),
  reviewed(
    'google-cassava',
    '2024-12-17',
    'minor',
    'deal',
    ['GOOGL'],
    'Google joins a $90M investment in Cassava’s African digital infrastructure',
    {
      tickers: ['GOOGL'],
      articles: [
        'Google joins $90M investment into Cassava to bolster Africa’s digital infrastructure',
      ],
    },
  ),
  reviewed(
    'us-probe-china-legacy-chips',
    '2024-12-23',
    'minor',
    'policy',
    ['^SOX'],
    'US opens a trade probe of China’s push in legacy chips',
    {
      tickers: ['^SOX'],
      articles: ['China’s plan to dominate legacy chips globally sparks US probe'],
    },
  ),
  reviewed(
    'intel-ces-2025',
    '2025-01-06',
    'minor',
    'model-launch',
    ['INTC'],
    'Intel shows its new chip line-up at CES',
    {
      tickers: ['INTC'],
      articles: [
        'Intel shows off its latest chip lineup at CES 2025',
        'Intel fills out Core Ultra 200 laptop lineup with hodgepodge of CPUs, GPUs, and NPUs',
      ],
    },
  ),
  reviewed(
    'microsoft-sues-azure-abusers',
    '2025-01-10',
    'minor',
    'security',
    ['MSFT'],
    'Microsoft sues a group that abused its Azure AI service',
    {
      tickers: ['MSFT'],
      articles: [
        'Microsoft sues service for creating illicit content with its AI platform',
        'Microsoft accuses group of developing tool to abuse its AI service in new lawsuit',
      ],
    },
  ),
  reviewed(
    'us-entity-list-jan-15',
    '2025-01-15',
    'minor',
    'policy',
    ['TSM', '^SOX'],
    'US adds Chinese firms tied to AI chips to its trade block list',
    {
      tickers: ['^SOX'],
      articles: ['Biden administration adds 14 Chinese firms to trade block list'],
    },
  ),
  reviewed(
    'meta-solar-200mw',
    '2025-01-15',
    'minor',
    'infrastructure',
    ['META'],
    'Meta adds 200 MW of solar for its data centres',
    {
      tickers: ['META'],
      articles: ['Meta adds 200 megawatts of solar to its 12 gigawatt renewable portfolio'],
    },
  ),
  // date: first report is WIRED on the unredacted filings, 2025-01-09 17:33; was 2025-01-16
  reviewed(
    'meta-copyright-filings',
    '2025-01-09',
    'minor',
    'ip-allegation',
    ['META'],
    'Court filings in the authors’ copyright case say Meta trained Llama on pirated books',
    {
      tickers: ['META'],
      articles: [
        'Meta Secretly Trained Its AI on a Notorious Piracy Database, Newly Unredacted Court Docs Reveal',
        'Meta execs obsessed over beating OpenAI’s GPT-4 internally, court filings reveal',
        'In AI copyright case, Zuckerberg turns to YouTube for his defense',
      ],
    },
  ),
  // date: first report is TechCrunch 2025-01-18 10:27 (the archive’s time); was 2025-01-17
  reviewed(
    'ftc-ai-partnerships-report',
    '2025-01-18',
    'minor',
    'policy',
    ['MSFT', 'OpenAI', 'Anthropic', 'GOOGL', 'AMZN'],
    'FTC staff report on the Microsoft-OpenAI and Anthropic cloud partnerships',
    {
      tickers: ['AMZN', 'GOOGL', 'MSFT'],
      articles: ['FTC says partnerships like Microsoft-OpenAI raise antitrust concerns'],
    },
  ),
  reviewed(
    'microsoft-openai-cloud-terms',
    '2025-01-21',
    'minor',
    'deal',
    ['MSFT', 'OpenAI'],
    'Microsoft is no longer OpenAI’s exclusive cloud, keeping a right of first refusal',
    { tickers: ['MSFT'], articles: ['Microsoft is no longer OpenAI’s exclusive cloud provider'] },
  ),
  reviewed(
    'databricks-meta-investor',
    '2025-01-22',
    'minor',
    'deal',
    ['META'],
    'Meta invests in Databricks’ $15.3B financing',
    {
      tickers: ['META'],
      articles: [
        'Databricks closes $15.3B financing at $62B valuation, Meta joins as ‘strategic investor’',
      ],
    },
  ),
  reviewed(
    'microsoft-q2-fy25',
    '2025-01-29',
    'major',
    'earnings',
    ['MSFT'],
    'Microsoft Q2 FY25 results (reported in the archive through LinkedIn’s figures)',
    {
      tickers: ['MSFT'],
      articles: [
        'LinkedIn passes $2B in premium revenue in 12 months, with overall revenue up 9% on the year',
      ],
    },
  ),
  reviewed(
    'india-hosts-deepseek',
    '2025-01-30',
    'minor',
    'policy',
    ['DeepSeek'],
    'India says it will host DeepSeek’s models on local servers',
    {
      tickers: deepseekTickers,
      articles: ['India lauds Chinese AI lab DeepSeek, plans to host its models on local servers'],
    },
  ),
  reviewed(
    'intel-capital-truefoundry',
    '2025-02-06',
    'minor',
    'deal',
    ['INTC'],
    'Intel Capital leads a round in AI start-up TrueFoundry',
    {
      tickers: ['INTC'],
      articles: [
        'Intel Capital fuels TrueFoundry’s $19M funding to help boost AI deployments at scale',
      ],
    },
  ),
  reviewed(
    'microsoft-solar-400mw',
    '2025-02-11',
    'minor',
    'infrastructure',
    ['MSFT'],
    'Microsoft buys 400 MW of solar power for AI',
    { tickers: ['MSFT'], articles: ['Microsoft powers AI ambitions with 400 MW solar purchase'] },
  ),
  reviewed(
    'openai-board-voting-rights',
    '2025-02-18',
    'minor',
    'deal',
    ['OpenAI'],
    'OpenAI weighs special board voting rights against takeover bids',
    {
      tickers: ['MSFT'],
      articles: [
        'OpenAI may give board special voting rights to ward off takeover attempts',
        'OpenAI board considers special voting powers to prevent Elon Musk takeover',
      ],
    },
  ),
  reviewed(
    'chegg-sues-google',
    '2025-02-24',
    'minor',
    'ip-allegation',
    ['GOOGL'],
    'Chegg sues Google over AI search summaries',
    {
      tickers: ['GOOGL'],
      articles: [
        'Chegg sues Google over AI search summaries',
        'Chegg sues Google, explores sale after AI search summaries hit revenues',
      ],
    },
  ),
  reviewed(
    'microsoft-copilot-macos',
    '2025-02-27',
    'minor',
    'model-launch',
    ['MSFT'],
    'Microsoft releases a Copilot app for macOS',
    {
      tickers: ['MSFT'],
      articles: [
        'Microsoft Copilot gets a macOS app',
        'Microsoft brings an official Copilot app to macOS for the first time',
      ],
    },
  ),
  reviewed(
    'microsoft-opposes-diffusion-rule',
    '2025-02-27',
    'minor',
    'policy',
    ['MSFT'],
    'Microsoft asks the new administration to drop the AI diffusion rule',
    {
      tickers: ['MSFT'],
      articles: ['Trump should block Biden’s AI “gift” to China, Microsoft argues'],
    },
  ),
  reviewed(
    'amd-rx-9070-launch',
    '2025-02-28',
    'minor',
    'model-launch',
    ['AMD'],
    'AMD sets prices and features of its Radeon RX 9070 GPUs',
    {
      tickers: ['AMD'],
      articles: [
        'AMD’s FSR 4 upscaling is exclusive to 90-series Radeon GPUs, won’t work on other cards',
        'Details on AMD’s $549 and $599 Radeon RX 9070 GPUs, which aim at Nvidia and 4K',
      ],
    },
  ),
  reviewed(
    'gemini-live-video',
    '2025-03-03',
    'minor',
    'model-launch',
    ['GOOGL'],
    'Gemini Live gains video and screen sharing',
    {
      tickers: ['GOOGL'],
      articles: [
        'Google’s Gemini now lets you ask questions using videos and what’s on your screen',
        'Gemini Live will learn to peer through your camera lens in a few weeks',
      ],
    },
  ),
  reviewed(
    'apple-challenges-uk-order',
    '2025-03-04',
    'minor',
    'security',
    ['AAPL'],
    'Apple challenges the UK’s iCloud backdoor order',
    {
      tickers: ['AAPL'],
      articles: [
        'Apple refuses to break encryption, seeks reversal of UK demand for backdoor',
        'Apple is challenging U.K.’s iCloud encryption backdoor order',
      ],
    },
  ),
  reviewed(
    'gpt-4-5-plus-rollout',
    '2025-03-05',
    'minor',
    'model-launch',
    ['OpenAI'],
    'GPT-4.5 rolls out to ChatGPT Plus users',
    { tickers: ['MSFT'], articles: ['OpenAI’s GPT-4.5 AI model comes to more ChatGPT users'] },
  ),
  reviewed(
    'doj-revised-google-remedies',
    '2025-03-07',
    'minor',
    'policy',
    ['GOOGL'],
    'DOJ keeps its demand for a Chrome sale but lets Google keep AI investments',
    {
      tickers: ['GOOGL'],
      articles: [
        'The DOJ Still Wants Google to Sell Off Chrome',
        'New DOJ proposal still calls for Google to divest Chrome, but allows for AI investments',
        'DOJ: Google must sell Chrome, Android could be next',
      ],
    },
  ),
  reviewed(
    'chips-act-clawback',
    '2025-03-11',
    'minor',
    'policy',
    ['^SOX', 'INTC'],
    'Trump moves against CHIPS Act grants',
    { tickers: ['^SOX'], articles: ['How Trump could potentially claw back CHIPS funding'] },
  ),
  reviewed(
    'xbox-copilot-gaming',
    '2025-03-13',
    'minor',
    'model-launch',
    ['MSFT'],
    'Microsoft launches Copilot for Gaming on Xbox',
    {
      tickers: ['MSFT'],
      articles: [
        'Xbox debuts a new AI-powered gaming companion for mobile users',
        'Microsoft’s new AI “Copilot for Gaming” struggles to justify its existence',
      ],
    },
  ),
  reviewed(
    'ftc-removes-ai-posts',
    '2025-03-18',
    'minor',
    'policy',
    ['MSFT', 'AMZN'],
    'FTC removes guidance posts on AI and Big Tech',
    {
      tickers: ['AMZN', 'MSFT'],
      articles: [
        'FTC Removes Posts Critical of Amazon, Microsoft, and AI Companies',
        'FTC removes posts critical of Big Tech from its website',
      ],
    },
  ),
  reviewed(
    'microsoft-solar-475mw',
    '2025-03-20',
    'minor',
    'infrastructure',
    ['MSFT'],
    'Microsoft adds 475 MW of solar for AI data centres',
    {
      tickers: ['MSFT'],
      articles: ['Solar notches another win as Microsoft adds 475 MW to power its AI data centers'],
    },
  ),
  reviewed(
    'nvidia-g-assist',
    '2025-03-25',
    'minor',
    'model-launch',
    ['NVDA'],
    'Nvidia releases G-Assist, an AI assistant that runs on its GPUs',
    {
      tickers: ['NVDA'],
      articles: ['No cloud needed: Nvidia creates gaming-centric AI chatbot that runs on your GPU'],
    },
  ),
  reviewed(
    'amazon-alexa-fund-ai',
    '2025-03-26',
    'minor',
    'deal',
    ['AMZN'],
    'Amazon’s Alexa Fund turns to AI start-ups',
    { tickers: ['AMZN'], articles: ['Amazon’s Alexa Fund is now backing AI startups'] },
  ),
  reviewed(
    'nvidia-lepton-talks',
    '2025-03-26',
    'minor',
    'deal',
    ['NVDA'],
    'Nvidia in talks to buy Lepton AI',
    { tickers: ['NVDA'], articles: ['Nvidia is reportedly in talks to acquire Lepton AI'] },
  ),
  // Added after reviewing the detector's output under the README rule of 2026-12 (see test/eval/README.md)
  reviewed(
    'intel-arc-b580',
    '2024-12-03',
    'minor',
    'model-launch',
    ['INTC'],
    'Intel launches its second-generation Arc B580 graphics card',
    {
      tickers: ['INTC'],
      articles: ['Intel’s second-generation Arc B580 GPU beats Nvidia’s RTX 4060 for $249'],
    },
  ),
  reviewed(
    'meta-apps-outage-dec',
    '2024-12-11',
    'minor',
    'security',
    ['META'],
    'Meta’s apps suffer a global outage',
    { tickers: ['META'], articles: ['Meta apps experience global outage'] },
  ),
  reviewed(
    'microsoft-phi-4',
    '2024-12-12',
    'minor',
    'model-launch',
    ['MSFT'],
    'Microsoft releases its Phi-4 small model in research preview',
    {
      tickers: ['MSFT'],
      articles: ['Microsoft launches Phi-4, a new generative AI model, in research preview'],
    },
  ),
  reviewed(
    'meta-eu-fine-263m',
    '2024-12-17',
    'minor',
    'policy',
    ['META'],
    'Irish regulator fines Meta $263M over a 2018 breach',
    {
      tickers: ['META'],
      articles: ['Meta fined $263M over 2018 security breach that affected ~3M EU users'],
    },
  ),
  reviewed(
    'github-copilot-free',
    '2024-12-18',
    'minor',
    'model-launch',
    ['MSFT'],
    'GitHub launches a free tier of Copilot',
    { tickers: ['MSFT'], articles: ['GitHub launches a free version of its Copilot'] },
  ),
  reviewed(
    'chatgpt-outage-dec-26',
    '2024-12-26',
    'minor',
    'security',
    ['OpenAI'],
    'ChatGPT and Sora go down for the second time in December',
    { tickers: ['MSFT'], articles: ['ChatGPT and Sora went down for the second time this month'] },
  ),
  reviewed(
    'ftc-microsoft-probe',
    '2024-12-27',
    'minor',
    'policy',
    ['MSFT'],
    'FTC opens an antitrust probe of Microsoft over bundling',
    { tickers: ['MSFT'], articles: ['FTC launches probe of Microsoft over bundling'] },
  ),
  reviewed(
    'india-lifts-whatsapp-pay-curbs',
    '2024-12-31',
    'minor',
    'policy',
    ['META'],
    'India’s NPCI lifts the user cap on WhatsApp Pay',
    { tickers: ['META'], articles: ['India lifts WhatsApp payment curbs'] },
  ),
  reviewed(
    'india-delays-upi-cap',
    '2024-12-31',
    'minor',
    'policy',
    ['GOOGL'],
    'India again delays the UPI market-share cap that would hit Google Pay',
    {
      tickers: ['GOOGL'],
      articles: ['India again delays rules to break PhonePe-Google Pay duopoly'],
    },
  ),
  reviewed(
    'uk-cma-google-search',
    '2025-01-14',
    'minor',
    'policy',
    ['GOOGL'],
    'UK CMA opens a market-power investigation of Google Search',
    {
      tickers: ['GOOGL'],
      articles: [
        'UK’s CMA slaps Google Search and its 90%+ market share with an antitrust investigation',
      ],
    },
  ),
  reviewed(
    'nvidia-metai',
    '2025-01-14',
    'minor',
    'deal',
    ['NVDA'],
    'Nvidia invests in Taiwanese digital-twin start-up MetAI',
    {
      tickers: ['NVDA'],
      articles: ['Nvidia backs MetAI, a Taiwanese startup that creates AI-powered digital twins'],
    },
  ),
  reviewed(
    'biden-cyber-ai-eo',
    '2025-01-16',
    'minor',
    'policy',
    [],
    'Biden signs an executive order on cybersecurity with AI provisions',
    {
      tickers: [],
      articles: ['A New Jam-Packed Biden Executive Order Tackles Cybersecurity, AI, and More'],
    },
  ),
  reviewed(
    'trump-repeals-ai-eo',
    '2025-01-20',
    'major',
    'policy',
    [],
    'Trump revokes Biden’s executive order on AI',
    {
      tickers: [],
      articles: [
        'President Trump repeals Biden’s AI executive order',
        'Trump issues flurry of orders on TikTok, DOGE, social media, AI, and energy',
      ],
    },
  ),
  reviewed(
    'google-htc-xr',
    '2025-01-22',
    'minor',
    'deal',
    ['GOOGL'],
    'Google buys part of HTC’s XR business for $250M',
    { tickers: ['GOOGL'], articles: ['Google buys part of HTC’s XR business for $250 million'] },
  ),
  reviewed(
    'uk-cma-mobile-ecosystems',
    '2025-01-23',
    'minor',
    'policy',
    ['AAPL', 'GOOGL'],
    'UK CMA opens market-power investigations of Apple’s and Google’s mobile platforms',
    {
      tickers: ['AAPL', 'GOOGL'],
      articles: [
        'UK probes Apple and Google over ‘mobile ecosystem’ market power',
        'UK opens probe into Google’s and Apple’s mobile platforms',
      ],
    },
  ),
  reviewed(
    'chatgpt-outage-jan-23',
    '2025-01-23',
    'minor',
    'security',
    ['OpenAI'],
    'ChatGPT suffers a major outage',
    {
      tickers: ['MSFT'],
      articles: ['ChatGPT suffered a major outage this morning, but OpenAI says it’s back up'],
    },
  ),
  reviewed(
    'apple-chip-side-channels',
    '2025-01-28',
    'minor',
    'security',
    ['AAPL'],
    'Side-channel flaws (SLAP, FLOP) in Apple’s chips can leak browser data',
    {
      tickers: ['AAPL'],
      articles: ['Apple chips can be hacked to leak secrets from Gmail, iCloud, and more'],
    },
  ),
  reviewed(
    'gemini-2-pro-announced',
    '2025-01-30',
    'minor',
    'model-launch',
    ['GOOGL'],
    'Google announces Gemini 2.0 Pro in the Gemini app’s changelog',
    { tickers: ['GOOGL'], articles: ['Google quietly announces its next flagship AI model'] },
  ),
  reviewed(
    'whatsapp-paragon-spyware',
    '2025-01-31',
    'minor',
    'security',
    ['META'],
    'WhatsApp says Paragon spyware targeted its users, journalists among them',
    {
      tickers: ['META'],
      articles: [
        'WhatsApp says it disrupted a hacking campaign targeting journalists with Paragon spyware',
        'Journalist targeted on WhatsApp by Paragon spyware: ‘I feel violated’',
      ],
    },
  ),
  reviewed(
    'eu-ai-act-prohibitions',
    '2025-02-02',
    'minor',
    'policy',
    [],
    'The EU AI Act’s bans on unacceptable-risk AI systems take effect',
    {
      tickers: [],
      articles: [
        'AI systems with ‘unacceptable risk’ are now banned in the EU',
        'EU details which systems fall within AI Act’s scope',
      ],
    },
  ),
  reviewed(
    'amazon-renewables-476mw',
    '2025-02-04',
    'minor',
    'infrastructure',
    ['AMZN'],
    'Amazon buys 476 MW of renewable power',
    {
      tickers: ['AMZN'],
      articles: ['Amazon continues renewable energy spree with 476 MW purchase'],
    },
  ),
  reviewed(
    'meta-furiosaai-talks',
    '2025-02-12',
    'minor',
    'deal',
    ['META'],
    'Meta reported in talks to buy AI chip start-up FuriosaAI',
    {
      tickers: ['META'],
      articles: ['Meta in talks to acquire AI chip firm FuriosaAI, according to report'],
    },
  ),
  reviewed(
    'mistral-saba',
    '2025-02-17',
    'minor',
    'model-launch',
    ['Mistral'],
    'Mistral releases Saba, a regional model for Arabic',
    {
      tickers: ['ASML'],
      articles: ['Mistral releases regional model focused on Arabic language and culture'],
    },
  ),
  reviewed(
    'anthropic-3-5b-round',
    '2025-02-24',
    'minor',
    'deal',
    ['Anthropic'],
    'Anthropic’s new funding round reported raised to $3.5B',
    {
      tickers: ['AMZN', 'GOOGL'],
      articles: ['Anthropic reportedly ups its next funding round to $3.5B'],
    },
  ),
  reviewed(
    'copilot-exposes-private-repos',
    '2025-02-26',
    'minor',
    'security',
    ['MSFT'],
    'Copilot found to expose GitHub repositories that were made private',
    {
      tickers: ['MSFT'],
      articles: [
        'Thousands of exposed GitHub repos, now private, can still be accessed through Copilot',
        'Copilot exposes private GitHub pages, some removed by Microsoft',
      ],
    },
  ),
  reviewed(
    'vmware-zero-days',
    '2025-03-04',
    'minor',
    'security',
    ['AVGO'],
    'Broadcom discloses VMware zero-days under active exploitation',
    {
      tickers: ['AVGO'],
      articles: [
        'Threat posed by new VMware hyperjacking vulnerabilities is hard to overstate',
        'Broadcom urges VMware customers to patch ‘emergency’ zero-day bugs under active exploitation',
      ],
    },
  ),
  reviewed(
    'uk-cma-microsoft-openai-cleared',
    '2025-03-05',
    'minor',
    'policy',
    ['MSFT', 'OpenAI'],
    'UK CMA ends its review of the Microsoft-OpenAI partnership without an investigation',
    {
      tickers: ['MSFT'],
      articles: [
        'UK’s competition regulator says Microsoft’s OpenAI partnership doesn’t qualify for investigation',
      ],
    },
  ),
  reviewed(
    'meta-france-publishers-suit',
    '2025-03-12',
    'minor',
    'ip-allegation',
    ['META'],
    'French publishers sue Meta for training AI on their books',
    { tickers: ['META'], articles: ['Meta faces publisher copyright AI lawsuit in France'] },
  ),
  reviewed(
    'uk-cma-mobile-browsers',
    '2025-03-12',
    'minor',
    'policy',
    ['AAPL', 'GOOGL'],
    'UK CMA’s mobile-browser investigation finds an Apple-Google duopoly',
    {
      tickers: ['AAPL', 'GOOGL'],
      articles: [
        'UK competition probe of mobile browsers finds Apple-Google duopoly is ‘anti-innovation’',
      ],
    },
  ),
  reviewed(
    'italy-piracy-shield-google',
    '2025-03-21',
    'minor',
    'policy',
    ['GOOGL'],
    'Italian court orders Google to block pirate sites in its DNS under Piracy Shield',
    {
      tickers: ['GOOGL'],
      articles: ['Italy demands Google poison DNS under strict Piracy Shield law'],
    },
  ),
  reviewed(
    'chrome-zero-day-march',
    '2025-03-26',
    'minor',
    'security',
    ['GOOGL'],
    'Google patches a Chrome zero-day exploited against journalists',
    {
      tickers: ['GOOGL'],
      articles: [
        'Google fixes Chrome zero-day security flaw used in hacking campaign targeting journalists',
      ],
    },
  ),
];

/**
 * Hard negatives of the tuning period: headlines that name a catalogue company, a lab or an AI
 * product beside an event word (launch, results, announce, review...) but are not market events
 * by README.md. None may become a detected event.
 */
export const labelledNegatives: LabelledNegative[] = [
  {
    date: '2024-12-04',
    title: 'Google’s DeepMind tackles weather forecasting, with great performance',
    why: 'a research paper (GenCast), no product shipped',
  },
  {
    date: '2024-12-05',
    title: 'OpenAI 2024 event: How to watch new ChatGPT product reveals and demos',
    why: 'a livestream promotion; the launches it announces are labelled on their own',
  },
  {
    date: '2024-12-05',
    title: 'ChatGPT: Everything you need to know about the AI-powered chatbot',
    why: 'an explainer',
  },
  {
    date: '2024-12-06',
    title: 'Grok is now free for all X users',
    why: 'a consumer feature of a private company (xAI, X)',
  },
  {
    date: '2024-12-12',
    title: 'Intel Arc B580 review: A $249 RTX 4060 killer, one-and-a-half years later',
    why: 'a review of a consumer graphics card',
  },
  {
    date: '2024-12-23',
    title: 'Nvidia’s CES 2025 keynote: How to watch',
    why: 'a livestream promotion, two weeks before the keynote',
  },
  {
    date: '2024-12-23',
    title: 'xAI is testing a standalone iOS app for its Grok chatbot',
    why: 'an app test by a private company (xAI)',
  },
  {
    date: '2024-12-25',
    title: 'AMD’s CES 2025 press conference: How to watch',
    why: 'a livestream promotion',
  },
  {
    date: '2025-01-08',
    title: 'Grok may soon get an ‘Unhinged Mode’',
    why: 'a rumoured feature of a private company’s chatbot',
  },
  {
    date: '2025-01-22',
    title: 'Samsung’s Galaxy S25 event was an AI presentation with occasional phone hardware',
    why: 'a consumer gadget launch by a company outside the catalogue',
  },
  {
    date: '2025-01-23',
    title: 'Nvidia’s GeForce RTX 5090 Review: A Video Card With AI',
    why: 'a review of a consumer graphics card',
  },
  {
    date: '2025-01-27',
    title: 'How to switch off Apple Intelligence on your iPhone, iPad, and Mac',
    why: 'a how-to',
  },
  {
    date: '2025-01-28',
    title: 'DeepSeek: Everything you need to know about the AI chatbot app',
    why: 'an explainer',
  },
  {
    date: '2025-01-29',
    title: 'On Tesla earnings day, all eyes are Elon, profits, and AI',
    why: 'a preview of the results of a company outside the catalogue',
  },
  {
    date: '2025-01-29',
    title: 'Review: Nvidia’s $999 GeForce RTX 5080 falls disappointingly short of the 4090',
    why: 'a review of a consumer graphics card',
  },
  {
    date: '2025-01-30',
    title: 'Tesla’s 2024 financial results are out—and they’re terrible',
    why: 'results of a company outside the catalogue (cars)',
  },
  {
    date: '2025-02-06',
    title: 'Samsung Galaxy S25, S25+, and S25 Ultra Review: AI Snoozefest',
    why: 'a review of a phone by a company outside the catalogue',
  },
  {
    date: '2025-02-19',
    title: 'Google’s new AI generates hypotheses for researchers',
    why: 'a research demo (AI co-scientist), no product shipped',
  },
  {
    date: '2025-03-03',
    title: 'T-Mobile and Perplexity announce new ‘AI Phone’ priced at under $1K',
    why: 'a consumer gadget of companies outside the catalogue (Perplexity is private)',
  },
  {
    date: '2025-03-11',
    title: 'Apple M4 MacBook Air review: I have no notes',
    why: 'a review of a product whose launch is labelled (apple-m4-macs)',
  },
  {
    date: '2025-03-12',
    title: 'How to watch Nvidia GTC 2025, including CEO Jensen Huang’s keynote',
    why: 'a livestream promotion, six days before the keynote',
  },
  {
    date: '2025-03-12',
    title: 'Nvidia GTC 2025: What to expect from this year’s show',
    why: 'a preview column before the keynote',
  },
];
