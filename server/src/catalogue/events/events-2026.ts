import type { CuratedEvent } from '@aftershock/shared';

/** Curated events of January to May 2026. Timestamps follow the rules in `../curated-events.ts`. */
export const events2026: CuratedEvent[] = [
  {
    id: 'tsmc-q4-2025-results-2026-01-15',
    title: 'TSMC Q4 2025 results: record profit, 2026 capex of $52-56 billion',
    summary:
      'Net profit rose 35% to NT$505.7 billion on revenue of NT$1.046 trillion; TSMC guided 2026 capital spending to $52-56 billion (from $40.9 billion in 2025) and revenue growth near 30%. Released in Taipei before the US open; the ADRs rose about 6% premarket.',
    category: 'earnings',
    occurredAt: '2026-01-15',
    tickers: ['TSM', 'ASML'],
    sources: [
      {
        publisher: 'Blockonomi',
        title: 'Taiwan Semiconductor (TSM) stock crushes estimates with 35% profit jump',
        url: 'https://blockonomi.com/taiwan-semiconductor-tsm-stock-crushes-estimates-with-35-profit-jump',
      },
      {
        publisher: 'Coinfeather',
        title: 'TSMC stock rallies premarket on Q4 beat and massive 2026 capex increase',
        url: 'https://coinfeather.com/en/news/tsmc-stock-rallies-premarket-on-q4-beat-and-massive-2026-capex-increase/51987',
      },
    ],
  },
  {
    id: 'microsoft-fq2-fy26-results-2026-01-28',
    title: 'Microsoft FQ2 2026: record $37.5 billion capex, Azure slows to 39%',
    summary:
      'Revenue rose 17% to $81.3 billion and beat estimates, but Azure growth eased to 39% (38% in constant currency) while quarterly capex rose 66% to $37.5 billion. The stock fell about 10% the next day, its steepest drop since 2020. Released after the close; minute not reported.',
    category: 'earnings',
    occurredAt: '2026-01-28T16:00-05:00',
    tickers: ['MSFT'],
    sources: [
      {
        publisher: 'Moneycontrol (Bloomberg)',
        title: 'Microsoft drops most since 2020 amid slowing cloud growth',
        url: 'https://www.moneycontrol.com/technology/microsoft-drops-most-since-2020-amid-slowing-cloud-growth-article-13798406.html',
      },
      {
        publisher: 'WebProNews',
        title: "Microsoft's $360 billion AI reckoning: Azure slowdown ignites investor revolt",
        url: 'https://www.webpronews.com/microsofts-360-billion-ai-reckoning-azure-slowdown-ignites-investor-revolt',
      },
    ],
  },
  {
    id: 'meta-q4-2025-results-2026-01-28',
    title: 'Meta Q4 2025: revenue beat and 2026 capex of $115-135 billion',
    summary:
      'Revenue rose 24% to $59.9 billion and the first-quarter outlook of $53.5-56.5 billion beat estimates; 2026 capital expenditure was guided to $115-135 billion, up from $72.2 billion in 2025. The shares rose about 10% after hours. Released after the close; minute not reported.',
    category: 'earnings',
    occurredAt: '2026-01-28T16:00-05:00',
    tickers: ['META'],
    sources: [
      {
        publisher: 'Stocktwits',
        title:
          'Meta Q4 earnings beat expectations, announces higher infrastructure spend on superintelligence for 2026',
        url: 'https://stocktwits.com/news-articles/markets/equity/meta-q4-earnings-beat-expectations-announces-higher-infrastructure-spend-on-superintelligence-for-2026/cmyg0zvR40A',
      },
      {
        publisher: 'EconoTimes',
        title: 'Meta stock surges after Q4 2025 earnings beat and strong Q1 2026 revenue outlook',
        url: 'https://econotimes.com/Meta-Stock-Surges-After-Q4-2025-Earnings-Beat-and-Strong-Q1-2026-Revenue-Outlook-Despite-Higher-Capex-1732177',
      },
    ],
  },
  {
    id: 'alphabet-q4-2025-results-2026-02-04',
    title: 'Alphabet Q4 2025: 2026 capex guided to $175-185 billion',
    summary:
      'Revenue rose 18% to $113.8 billion and Google Cloud 48% to $17.7 billion, but the 2026 capex range of $175-185 billion, about double 2025, far exceeded the roughly $120 billion analysts expected. The shares swung after hours. Released after the close on Wednesday; minute not reported.',
    category: 'earnings',
    occurredAt: '2026-02-04T16:00-05:00',
    tickers: ['GOOGL'],
    sources: [
      {
        publisher: 'Analytics Insight',
        title: 'Alphabet doubles AI capex to $185B, now outspends Meta and Amazon combined',
        url: 'https://www.analyticsinsight.net/news/alphabet-doubles-ai-capex-to-185b-now-outspends-meta-amazon-combined',
      },
      {
        publisher: 'American Bazaar',
        title: 'Alphabet beats fourth-quarter expectations, sets 2026 capex of $175-185 billion',
        url: 'https://americanbazaaronline.com/?p=474570',
      },
    ],
  },
  {
    id: 'amazon-q4-2025-results-2026-02-05',
    title: 'Amazon Q4 2025: about $200 billion of capex planned for 2026',
    summary:
      'Sales rose 14% to $213.4 billion and AWS 24% to $35.6 billion, but Andy Jassy put 2026 capital spending at about $200 billion against roughly $146 billion expected, and EPS of $1.95 missed by a cent. The shares fell about 10% after hours. Released after the close; minute not reported.',
    category: 'earnings',
    occurredAt: '2026-02-05T16:00-05:00',
    tickers: ['AMZN'],
    sources: [
      {
        publisher: 'AP via Lincoln Daily News',
        title:
          "Amazon's shares fall after announcing surge in capital spending but posts strong 4Q holiday sales",
        url: 'https://archives.lincolndailynews.com/2026/Feb/06/NEWS/business_k.shtml',
      },
      {
        publisher: 'TS2 (Reuters)',
        title: 'Amazon shares drop after hours on $200 billion capex forecast',
        url: 'https://ts2.tech/?p=20784691',
      },
    ],
  },
  {
    id: 'nvidia-q4-fy26-results-2026-02-25',
    title: 'Nvidia Q4 FY2026 results: $68.1 billion revenue, $78 billion guide',
    summary:
      'Revenue rose 73% to $68.1 billion with $62.3 billion from data centres; the first-quarter outlook of $78 billion (excluding China) beat the $72 billion consensus. The shares were little changed after hours. Released after the close at the usual 16:20 ET slot.',
    category: 'earnings',
    occurredAt: '2026-02-25T16:20-05:00',
    tickers: ['NVDA'],
    sources: [
      {
        publisher: 'MENAFN (GlobeNewswire)',
        title: 'NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2026',
        url: 'https://menafn.com/1110790416/NVIDIA-Announces-Financial-Results-For-Fourth-Quarter-And-Fiscal-2026',
      },
      {
        publisher: 'Nasdaq (The Motley Fool)',
        title:
          "Nvidia's AI-powered earnings beat and revenue guidance crushed Wall Street's estimates",
        url: 'https://www.nasdaq.com/articles/nvidias-ai-powered-earnings-beat-and-revenue-guidance-crushed-wall-streets-estimates',
      },
    ],
  },
  {
    id: 'nvidia-gtc-2026-keynote-2026-03-16',
    title: 'Nvidia GTC 2026 keynote: Vera Rubin and $1 trillion of orders through 2027',
    summary:
      'Jensen Huang unveiled the Vera Rubin platform (with a Groq LPX inference rack) and said Nvidia sees $1 trillion of Blackwell and Vera Rubin purchase orders through 2027, double the $500 billion cited a year earlier. The keynote began at 11:00 PT (14:00 ET).',
    category: 'infrastructure',
    occurredAt: '2026-03-16T14:00-04:00',
    tickers: ['NVDA'],
    sources: [
      {
        publisher: 'Gate (news)',
        title: 'Nvidia GTC 2026: Jensen Huang unveils $1 trillion AI roadmap from Earth to space',
        url: 'https://www.gate.ac/tr/post/status/19536450',
      },
      {
        publisher: '3DTested',
        title: 'Nvidia GTC 2026 keynote live blog',
        url: 'https://www.3dtested.com/news/live/nvidia-gtc-2026-keynote-live-blog-jensen-huang',
      },
    ],
  },
  {
    id: 'meta-q1-2026-capex-raise-2026-04-29',
    title: 'Meta Q1 2026: revenue up 33%, 2026 capex raised to $125-145 billion',
    summary:
      'Revenue rose 33% to $56.3 billion, the fastest since 2021, but Meta lifted its 2026 capex range by $10 billion to $125-145 billion, citing higher component prices; the stock fell 8.6% the next day. Microsoft, Alphabet and Amazon reported the same evening. Released after the close; minute not reported.',
    category: 'earnings',
    occurredAt: '2026-04-29T16:00-04:00',
    tickers: ['META'],
    sources: [
      {
        publisher: 'Techbooky',
        title: 'Meta Q1 2026 earnings: strong revenue growth overshadowed by massive AI spending',
        url: 'https://www.techbooky.com/meta-q1-2026-earnings-strong-revenue-growth-overshadowed-by-massive-ai-spending/feed/',
      },
      {
        publisher: 'remio',
        title:
          "Meta's revenue grew 33%. Its stock fell 8%. The number that scared investors was $145 billion",
        url: 'https://www.remio.ai/post/meta-s-revenue-grew-33-its-stock-fell-8-the-number-that-scared-investors-was-145-billion',
      },
    ],
  },
];
