import type { CuratedEvent } from '@aftershock/shared';

/** Curated events of July to December 2025. Timestamps follow the rules in `../curated-events.ts`. */
export const events2025SecondHalf: CuratedEvent[] = [
  {
    id: 'nvidia-q2-fy26-results-2025-08-27',
    title: 'Nvidia Q2 FY2026 results: $46.7 billion revenue, $54 billion guide',
    summary:
      'Revenue rose 56% to $46.7 billion with $41.1 billion from data centres, the outlook was about $54 billion and a $60 billion buyback was added; China H20 sales remained uncertain. Released after the close at the usual 16:20 ET slot.',
    category: 'earnings',
    occurredAt: '2025-08-27T16:20-04:00',
    tickers: ['NVDA'],
    sources: [
      {
        publisher: 'YourStory',
        title: 'Nvidia Q2 revenue results',
        url: 'https://yourstory.com/ai-story/nvidia-q2-2025-revenue-results',
      },
    ],
  },
  {
    id: 'oracle-q1-fy26-backlog-2025-09-09',
    title: 'Oracle backlog leaps to $455 billion; shares soar',
    summary:
      'Oracle missed revenue estimates but its remaining performance obligations rose 359% to $455 billion on four multibillion-dollar cloud contracts, and it projected cloud infrastructure sales rising to $144 billion by fiscal 2030. The stock rose 36% the next day. Timestamp is the first Dow Jones report (16:26 ET).',
    category: 'earnings',
    occurredAt: '2025-09-09T16:26-04:00',
    tickers: ['ORCL', 'NVDA', 'AMD'],
    sources: [
      {
        publisher: 'Dow Jones via Tiger Brokers',
        title: 'Oracle touts contract wins that inflate its backlog',
        url: 'https://www-web.itiger.com/news/2566613643',
      },
      {
        publisher: 'WebProNews',
        title: 'Oracle Q1 Earnings Miss, But AI Cloud Surge Drives Stock Jump',
        url: 'https://www.webpronews.com/oracle-q1-earnings-miss-but-ai-cloud-surge-drives-10-stock-jump/',
      },
      {
        publisher: 'Particle',
        title: 'Oracle soars on AI cloud outlook to $144 billion as backlog hits $455 billion',
        url: 'https://particle.news/story/oracle-soars-on-ai-cloud-outlook-to-144-billion-as-backlog-hits-455-billion',
      },
    ],
  },
  {
    id: 'asml-mistral-investment-2025-09-09',
    title: "ASML leads Mistral AI's EUR 1.7 billion round with EUR 1.3 billion",
    summary:
      "ASML becomes Mistral's largest shareholder with about 11% and a seat on its strategic committee, valuing the French lab at EUR 11.7 billion; Nvidia also joined the round. Reuters had reported the talks on Sunday. Time of day not reported.",
    category: 'deal',
    occurredAt: '2025-09-09',
    tickers: ['ASML'],
    sources: [
      {
        publisher: 'CNA (Reuters)',
        title: "ASML becomes biggest Mistral investor in boost to Europe's AI ambitions",
        url: 'https://www.channelnewsasia.com/business/asml-becomes-biggest-mistral-investor-in-boost-europes-ai-ambitions-5339461',
      },
      {
        publisher: 'RCR Wireless',
        title: 'ASML takes stake in Mistral',
        url: 'https://www.rcrwireless.com/20250909/uncategorized/asml-stake-mistral',
      },
    ],
  },
  {
    id: 'nvidia-openai-letter-of-intent-2025-09-22',
    title: 'Nvidia plans to invest up to $100 billion in OpenAI',
    summary:
      'A letter of intent to deploy at least 10 gigawatts of Nvidia systems for OpenAI, the first on the Vera Rubin platform in the second half of 2026, with Nvidia investing progressively as each gigawatt comes online. Announced on Monday; Nvidia closed up 4% and Oracle rose about 5%.',
    category: 'deal',
    occurredAt: '2025-09-22',
    tickers: ['NVDA', 'ORCL', 'MSFT'],
    sources: [
      {
        publisher: 'The Spokesman-Review (Bloomberg)',
        title: 'Nvidia, OpenAI make $100 billion deal to build data centers',
        url: 'https://www.spokesman.com/stories/2025/sep/23/nvidia-openai-make-100-billion-deal-to-build-data-/',
      },
      {
        publisher: 'India Today (Reuters)',
        title: 'Nvidia to invest up to $100 billion in OpenAI',
        url: 'https://www.indiatoday.in/business/story/nvidia-invest-100-billion-dollars-openai-next-gen-ai-growth-glbs-2791630-2025-09-22',
      },
    ],
  },
  {
    id: 'amd-openai-deal-2025-10-06',
    title: 'AMD and OpenAI sign 6-gigawatt GPU deal with a warrant for 10% of AMD',
    summary:
      'OpenAI will deploy 6 gigawatts of AMD Instinct GPUs, starting with 1 gigawatt of MI450 in the second half of 2026, and received a warrant for up to 160 million AMD shares at one cent that vests with deployments and share-price targets. Announced before the open (07:00 ET); AMD closed up 24%.',
    category: 'deal',
    occurredAt: '2025-10-06T07:00-04:00',
    tickers: ['AMD', 'NVDA'],
    sources: [
      {
        publisher: 'Fox Business',
        title: 'AMD announces major partnership with OpenAI for AI computing infrastructure',
        url: 'https://www.foxbusiness.com/lifestyle/amd-announces-major-partnership-openai-ai-computing-infrastructure',
      },
      {
        publisher: 'NDTV Profit',
        title: 'AMD share price shoots 35% as OpenAI eyes 10% stake through multibillion deal',
        url: 'https://www.ndtvprofit.com/markets/amd-share-price-shoots-35-pc-as-openai-eyes-10-pc-stake-through-multibillion-deal',
      },
      {
        publisher: 'SEC Whisperer',
        title: 'OpenAI-AMD Deal: The 25% Surge That Signals the AI Chip Arms Race',
        url: 'https://secwhisperer.com/blog/openai-amd-ai-chip-arms-race',
      },
    ],
  },
  {
    id: 'broadcom-openai-deal-2025-10-13',
    title: 'Broadcom and OpenAI to deploy 10 gigawatts of custom AI accelerators',
    summary:
      "OpenAI will design its own accelerators and Broadcom will develop them and supply the Ethernet networking, with racks deployed from the second half of 2026 to the end of 2029; terms were not disclosed. Announced before Monday's open; Broadcom closed up 10%.",
    category: 'deal',
    occurredAt: '2025-10-13',
    tickers: ['AVGO'],
    sources: [
      {
        publisher: "Barron's",
        title: 'Broadcom Stock Surges on OpenAI Deal for Custom AI Systems',
        url: 'https://trades.jamespan.tech/columns/barrons-rta/broadcom-stock-openai-ai-5700fb6b',
      },
      {
        publisher: 'TalkMarkets',
        title: 'Broadcom Stock Soars On OpenAI Chip Supply Deal',
        url: 'https://talkmarkets.com/content/stocks--equities/broadcom-stock-soars-on-openai-chip-supply-deal?post=528086',
      },
    ],
  },
  {
    id: 'microsoft-openai-recapitalization-2025-10-28',
    title: 'Microsoft and OpenAI sign new deal as OpenAI becomes a public benefit corporation',
    summary:
      "OpenAI completed its recapitalisation; Microsoft's stake in OpenAI Group PBC is about 27%, worth roughly $135 billion, its IP rights run to 2032, and OpenAI commits to $250 billion more of Azure while Microsoft gives up its right of first refusal on compute. Announced Tuesday morning.",
    category: 'deal',
    occurredAt: '2025-10-28',
    tickers: ['MSFT'],
    sources: [
      {
        publisher: 'Nasdaq (RTTNews)',
        title: 'Microsoft, OpenAI Agree To New For-profit Deal; OpenAI Completes Restructure',
        url: 'https://www.nasdaq.com/articles/microsoft-openai-agree-new-profit-deal-openai-completes-restructure',
      },
      {
        publisher: 'The Telegraph India (Reuters)',
        title: 'Microsoft, OpenAI reach new deal to allow OpenAI to restructure',
        url: 'https://www.telegraphindia.com/business/microsoft-openai-reach-new-deal-to-allow-openai-to-restructure/cid/2130048',
      },
      {
        publisher: 'Benzinga',
        title: 'Microsoft Stock Moves Higher On New Deal With OpenAI',
        url: 'https://www.benzinga.com/trading-ideas/movers/25/10/48461540/microsoft-stock-moves-higher-on-new-deal-with-openai',
      },
    ],
  },
  {
    id: 'nvidia-q3-fy26-results-2025-11-19',
    title: 'Nvidia Q3 FY2026 results: $57 billion revenue, $65 billion guide',
    summary:
      'Revenue rose 62% to $57.0 billion with $51.2 billion from data centres and an outlook of about $65 billion; Jensen Huang said Blackwell sales were off the charts. The stock rose after hours but fell 3% the next day. Released after the close at the usual 16:20 ET slot.',
    category: 'earnings',
    occurredAt: '2025-11-19T16:20-05:00',
    tickers: ['NVDA'],
    sources: [
      {
        publisher: 'GlobeNewswire (NVIDIA)',
        title: 'NVIDIA Announces Financial Results for Third Quarter Fiscal 2026',
        url: 'https://www.globenewswire.com/news-release/2025/11/19/3191444/0/en/NVIDIA-Announces-Financial-Results-for-Third-Quarter-Fiscal-2026.html',
      },
      {
        publisher: 'AsianFin (NextFin)',
        title: 'NVIDIA third-quarter fiscal 2026 earnings',
        url: 'https://www.asianfin.com/articles/220223',
      },
    ],
  },
];
