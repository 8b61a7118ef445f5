import type { CuratedEvent } from '@aftershock/shared';

/** Every listed AI name the DeepSeek sell-off of 2025-01-27 hit, plus the indexes that showed it. */
const deepseekSelloffTickers = [
  'NVDA',
  'AVGO',
  'TSM',
  'AMD',
  'MSFT',
  'GOOGL',
  'META',
  'AMZN',
  'ORCL',
  'ASML',
  'MU',
  'MRVL',
  'ARM',
  'VRT',
  'CEG',
  'VST',
  'SMCI',
  '^IXIC',
  '^SOX',
];

/** Curated events of January to June 2025. Timestamps follow the rules in `../curated-events.ts`. */
export const events2025FirstHalf: CuratedEvent[] = [
  {
    id: 'ai-diffusion-rule-2025-01-13',
    title: 'US AI diffusion rule caps AI chip exports by country tier',
    summary:
      'The outgoing Biden administration issued an interim rule sorting countries into three tiers with quotas on advanced AI chips and controls on model weights; Nvidia and Oracle criticised it. Timestamp is the first report in our feed archive (WIRED, 06:06 ET).',
    category: 'policy',
    occurredAt: '2025-01-13T06:06-05:00',
    tickers: ['NVDA', 'AMD', 'ORCL', '^SOX'],
    sources: [
      {
        publisher: 'WIRED',
        title:
          "New US Rule Aims to Block China's Access to AI Chips and Models by Restricting the World",
        url: 'https://www.wired.com/story/new-us-rule-aims-to-block-chinas-access-to-ai-chips-and-models-by-restricting-the-world/',
      },
      {
        publisher: 'Ars Technica',
        title: 'US splits world into three tiers for AI chip access',
        url: 'https://arstechnica.com/ai/2025/01/biden-administration-puts-quotas-on-global-ai-chip-sales/',
      },
      {
        publisher: 'TechCrunch',
        title: 'Biden administration proposes sweeping new restrictions on exporting AI chips',
        url: 'https://techcrunch.com/2025/01/13/biden-administration-proposes-sweeping-new-restrictions-on-exporting-ai-chips/',
      },
    ],
  },
  {
    id: 'deepseek-r1-release-2025-01-20',
    title: 'DeepSeek releases its R1 reasoning model',
    summary:
      "The Chinese lab published open-weight R1 under an MIT licence, claiming parity with OpenAI's o1 on maths and coding benchmarks at a fraction of the cost. Released on Martin Luther King Jr. Day, a US market holiday, so the first session to react was 21 January.",
    category: 'model-launch',
    occurredAt: '2025-01-20',
    tickers: ['NVDA', 'MSFT', 'META', 'GOOGL'],
    sources: [
      {
        publisher: 'TechCrunch',
        title: "DeepSeek claims its 'reasoning' model beats OpenAI's o1 on certain benchmarks",
        url: 'https://techcrunch.com/2025/01/20/deepseek-claims-its-reasoning-model-beats-openais-o1-on-certain-benchmarks/',
      },
      {
        publisher: 'Ars Technica',
        title: 'Cutting-edge Chinese "reasoning" model rivals OpenAI o1—and it\'s free to download',
        url: 'https://arstechnica.com/ai/2025/01/china-is-catching-up-with-americas-best-reasoning-ai-models/',
      },
    ],
  },
  {
    id: 'stargate-2025-01-21',
    title: 'Stargate: OpenAI, SoftBank and Oracle unveil $500 billion AI build-out',
    summary:
      'At the White House, President Trump presented Stargate, a venture of OpenAI, SoftBank, Oracle and MGX to spend up to $500 billion on US AI data centres, with Arm, Microsoft, Nvidia and Oracle as technology partners. Announced after the close; timestamp is the first report in our feed archive (TechCrunch, 18:08 ET).',
    category: 'infrastructure',
    occurredAt: '2025-01-21T18:08-05:00',
    tickers: ['ORCL', 'ARM', 'MSFT', 'NVDA'],
    sources: [
      {
        publisher: 'TechCrunch',
        title: 'OpenAI teams up with SoftBank and Oracle on $500B data center project',
        url: 'https://techcrunch.com/2025/01/21/openai-teams-up-with-softbank-and-oracle-on-50b-data-center-project/',
      },
      {
        publisher: 'Ars Technica',
        title: 'Trump announces $500B "Stargate" AI infrastructure project with AGI aims',
        url: 'https://arstechnica.com/ai/2025/01/trump-announces-500b-stargate-ai-infrastructure-project-with-agi-aims/',
      },
    ],
  },
  {
    id: 'deepseek-selloff-2025-01-27',
    title: 'DeepSeek tops the US App Store and triggers the AI sell-off',
    summary:
      "DeepSeek's assistant reached No. 1 on the US App Store on Sunday 26 January. Timestamp: the 18:00 ET reopening of US index futures that evening, the first trading after it. On Monday Nvidia lost 17%, close to $600 billion of value, and power and data-centre names such as Vertiv (-30%) fell with it.",
    category: 'model-launch',
    occurredAt: '2025-01-26T18:00-05:00',
    tickers: deepseekSelloffTickers,
    sources: [
      {
        publisher: 'TechCrunch',
        title: "DeepSeek displaces ChatGPT as the App Store's top app",
        url: 'https://techcrunch.com/2025/01/27/deepseek-displaces-chatgpt-as-the-app-stores-top-app/',
      },
      {
        publisher: 'Ars Technica',
        title: 'DeepSeek panic triggers tech stock sell-off as Chinese AI tops App Store',
        url: 'https://arstechnica.com/ai/2025/01/deepseek-spooks-american-tech-industry-as-it-tops-the-apple-app-store/',
      },
      {
        publisher: 'TechCrunch',
        title: 'Nvidia drops $600B off its market cap amid the rise of DeepSeek',
        url: 'https://techcrunch.com/2025/01/27/nvidia-drops-600bn-off-its-market-cap-amid-the-rise-of-deepseek/',
      },
    ],
  },
  {
    id: 'openai-distillation-claim-2025-01-29',
    title: 'OpenAI says DeepSeek may have distilled its models',
    summary:
      "The Financial Times reported that OpenAI had seen evidence of DeepSeek training on its models' outputs, and Bloomberg that Microsoft was probing API use by a DeepSeek-linked group, after David Sacks raised it on Tuesday. Timestamp is the first report in our feed archive (TechCrunch, 06:31 ET).",
    category: 'ip-allegation',
    occurredAt: '2025-01-29T06:31-05:00',
    tickers: ['MSFT', 'NVDA'],
    sources: [
      {
        publisher: 'Semafor',
        title: 'OpenAI accuses DeepSeek of training competitor on its model',
        url: 'https://www.semafor.com/article/01/29/2025/openai-accuses-deepseek-of-training-competitor-on-its-model',
      },
      {
        publisher: 'TechCrunch',
        title: "Microsoft probing whether DeepSeek improperly used OpenAI's API",
        url: 'https://techcrunch.com/2025/01/29/microsoft-probing-whether-deepseek-improperly-used-openais-api/',
      },
    ],
  },
  {
    id: 'microsoft-q2-fy25-results-2025-01-29',
    title: 'Microsoft Q2 FY2025 results: Azure growth slows to 31%',
    summary:
      'Revenue rose 12% to $69.6 billion and the AI business passed a $13 billion run rate, but Azure growth of 31% missed hopes and capital spending stayed high; the stock fell 6% the next day. Release minute not reported; timestamp marks the close.',
    category: 'earnings',
    occurredAt: '2025-01-29T16:00-05:00',
    tickers: ['MSFT'],
    sources: [
      {
        publisher: 'Quartz',
        title: 'Microsoft stock falls almost 5% after modest Azure growth',
        url: 'https://qz.com/microsoft-second-quarter-earnings-ai-copilot-openai-1851750959',
      },
      {
        publisher: 'Azzet',
        title: 'Microsoft shares ease despite quarterly earnings growth',
        url: 'https://azzet.com/news/microsoft-shares-ease-despite-quarterly-earnings-growth',
      },
    ],
  },
  {
    id: 'meta-q4-2024-results-2025-01-29',
    title: 'Meta Q4 2024 results: Zuckerberg shrugs off DeepSeek',
    summary:
      'With its fourth-quarter results Meta kept its heavy AI spending plans, and Mark Zuckerberg said it would still spend hundreds of billions of dollars on AI infrastructure over time, playing down DeepSeek. Release minute not reported; timestamp marks the close.',
    category: 'earnings',
    occurredAt: '2025-01-29T16:00-05:00',
    tickers: ['META'],
    sources: [
      {
        publisher: 'TechCrunch',
        title: 'Zuck shrugs off DeepSeek, vows to spend hundreds of billions on AI',
        url: 'https://techcrunch.com/2025/01/29/zuck-shrugs-off-deepseek-vows-to-spend-hundreds-of-billions-on-ai/',
      },
    ],
  },
  {
    id: 'nvidia-q4-fy25-results-2025-02-26',
    title: 'Nvidia Q4 FY2025 results: $39.3 billion revenue as Blackwell ramps',
    summary:
      'Revenue rose 78% to $39.3 billion, data centres brought $35.6 billion and the outlook was about $43 billion; Jensen Huang dismissed DeepSeek fears, yet the stock fell 8.5% the next day. Released after the close at the usual 16:20 ET slot.',
    category: 'earnings',
    occurredAt: '2025-02-26T16:20-05:00',
    tickers: ['NVDA'],
    sources: [
      {
        publisher: 'TechCrunch',
        title: 'Nvidia CEO Jensen Huang shrugs off DeepSeek as sales soar',
        url: 'https://techcrunch.com/2025/02/26/nvidia-ceo-jensen-huang-shrugs-off-deepseek-as-sales-soar/',
      },
      {
        publisher: 'Times NG',
        title: 'Nvidia Posts Record Q4 Earnings Amid AI Surge',
        url: 'https://timesng.com/nvidia-posts-record-earnings',
      },
    ],
  },
  {
    id: 'nvidia-h20-charge-2025-04-15',
    title: 'Nvidia flags $5.5 billion charge as US requires H20 export licences',
    summary:
      'A Tuesday-evening filing said Washington now requires licences for H20 sales to China, indefinitely, and that first-quarter results would carry up to $5.5 billion of charges. Nvidia fell about 6% after hours, with AMD, Broadcom, Super Micro, Intel and TSMC lower. Filing minute not reported; timestamp marks the close.',
    category: 'policy',
    occurredAt: '2025-04-15T16:00-04:00',
    tickers: ['NVDA', 'AMD', 'AVGO', 'SMCI', 'INTC', 'TSM'],
    sources: [
      {
        publisher: 'NBC San Diego (CNBC)',
        title:
          'Nvidia says it will record $5.5 billion quarterly charge tied to H20 processors exported to China',
        url: 'https://www.nbcsandiego.com/news/business/money-report/nvidia-says-it-will-record-5-5-billion-quarterly-charge-tied-to-h20-processors-exported-to-china/3804789/',
      },
      {
        publisher: 'SignalHub (Investing.com)',
        title: 'NVIDIA flags $5.5 bln Q1 charge on US chip export curbs, shares sink',
        url: 'https://signalhub-ai.com/news/20471',
      },
    ],
  },
  {
    id: 'nvidia-q1-fy26-results-2025-05-28',
    title: 'Nvidia Q1 FY2026 results: $44.1 billion despite a $4.5 billion H20 charge',
    summary:
      'Revenue rose 69% to $44.1 billion; the H20 licence rule cost a $4.5 billion charge and $2.5 billion of unshipped sales, and the outlook of $45 billion excluded about $8 billion of H20 revenue. The stock rose about 5% after hours. GlobeNewswire stamped the release 16:20 ET.',
    category: 'earnings',
    occurredAt: '2025-05-28T16:20-04:00',
    tickers: ['NVDA'],
    sources: [
      {
        publisher: 'The Motley Fool',
        title: 'Nvidia stock rises after first-quarter earnings beat despite China export controls',
        url: 'https://www.fool.com/investing/2025/05/29/nvda-stock-earnings-q1-ai-stocks-china-controls/',
      },
      {
        publisher: 'Reportify (GlobeNewswire listing)',
        title: 'NVIDIA Announces Financial Results for First Quarter Fiscal 2026',
        url: 'https://reportify.ai/tags/product?tagValue=NVIDIA+GeForce+RTX%E2%84%A2+5060',
      },
    ],
  },
];
