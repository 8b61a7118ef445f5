import type { CuratedEvent } from '@aftershock/shared';

/** Curated events of 2024. Timestamps follow the rules in `../curated-events.ts`. */
export const events2024: CuratedEvent[] = [
  {
    id: 'nvidia-q4-fy24-results-2024-02-21',
    title: 'Nvidia Q4 FY2024 results: $22.1 billion revenue, $24 billion guide',
    summary:
      'Revenue rose 265% on a year with data-centre sales of $18.4 billion, and the outlook of about $24 billion beat estimates. The shares rose about 9% after hours and 16% the next day. Released after the close at the usual 16:20 ET slot.',
    category: 'earnings',
    occurredAt: '2024-02-21T16:20-05:00',
    tickers: ['NVDA', 'AMD', 'SMCI', '^SOX'],
    sources: [
      {
        publisher: 'The Motley Fool',
        title: 'Why Nvidia Stock Jumped After Its Q4 Earnings Release',
        url: 'https://www.fool.com/investing/2024/02/21/nvda-stock-earnings-q4-ai-stocks/',
      },
      {
        publisher: 'TelecomTV (NVIDIA release)',
        title: 'NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2024',
        url: 'https://telecomtv.com/content/digital-platforms-services/nvidia-announces-financial-results-for-fourth-quarter-and-fiscal-2024-49705',
      },
    ],
  },
  {
    id: 'llama-3-release-2024-04-18',
    title: 'Meta releases Llama 3 and rebuilds Meta AI on it',
    summary:
      'Meta published open-weight Llama 3 models with 8 and 70 billion parameters, trained on more than 15 trillion tokens, and moved its Meta AI assistant onto them across its apps. Time of day not reported.',
    category: 'model-launch',
    occurredAt: '2024-04-18',
    tickers: ['META'],
    sources: [
      {
        publisher: 'Reasoned Insights',
        title: 'Meta releases updated Llama 3 LLM',
        url: 'https://reasonedinsights.com/meta-releases-llama-3',
      },
      {
        publisher: 'AI Wiki',
        title: 'Llama 3',
        url: 'https://aiwiki.ai/wiki/llama3',
      },
    ],
  },
  {
    id: 'gpt-4o-launch-2024-05-13',
    title: 'OpenAI unveils GPT-4o at its Spring Update',
    summary:
      'OpenAI showed GPT-4o, one model handling text, audio and images with near-human voice latency, and made GPT-4-class capability free in ChatGPT; API prices halved against GPT-4 Turbo. Announced in a morning livestream (Pacific time).',
    category: 'model-launch',
    occurredAt: '2024-05-13',
    tickers: ['MSFT'],
    sources: [
      {
        publisher: 'Center Consulting AI Library',
        title: 'OpenAI releases GPT-4o',
        url: 'https://centerconsulting.com/ai-library/milestones/2024-gpt-4o',
      },
      {
        publisher: 'Alan Salomon AI Museum',
        title: 'GPT-4o',
        url: 'https://www.alansalomon.ai/ai-museum/gpt-4o',
      },
    ],
  },
  {
    id: 'nvidia-q1-fy25-results-2024-05-22',
    title: 'Nvidia Q1 FY2025 results: $26 billion revenue and a 10-for-1 split',
    summary:
      'Revenue of $26.0 billion (up 262% on a year) with $22.6 billion from data centres; Nvidia also announced a ten-for-one stock split effective in June and raised its dividend. The stock rose about 9% the next day. Released after the close at the usual 16:20 ET slot.',
    category: 'earnings',
    occurredAt: '2024-05-22T16:20-04:00',
    tickers: ['NVDA'],
    sources: [
      {
        publisher: 'MENAFN (Investor Ideas)',
        title: 'NVIDIA Does It Again With Great Earnings And Leads AI Stocks Higher',
        url: 'https://menafn.com/1108251190/AI-Stock-News-Bite-NVIDIA-NASDAQ-NVDA-Does-It-Again-With-Great-Earnings-And-Leads-AI-Stocks-Higher',
      },
    ],
  },
  {
    id: 'nvidia-q2-fy25-results-2024-08-28',
    title: 'Nvidia Q2 FY2025 results: $30 billion revenue fails to impress',
    summary:
      'Revenue of $30.0 billion (up 122%), a $32.5 billion outlook and a new $50 billion buyback; investors wanted more and the stock fell about 6% the next day. Released after the close at the usual 16:20 ET slot.',
    category: 'earnings',
    occurredAt: '2024-08-28T16:20-04:00',
    tickers: ['NVDA'],
    sources: [
      {
        publisher: 'Türkiye Today',
        title: 'Nvidia achieves record $30B in Q2 revenue, driven by AI demand',
        url: 'https://turkiyetoday.com/?p=46219',
      },
      {
        publisher: 'Hawkdive',
        title: 'NVIDIA Reports Q2 Fiscal 2025 Financial Performance',
        url: 'https://hawkdive.com/?p=136474',
      },
    ],
  },
  {
    id: 'constellation-microsoft-tmi-2024-09-20',
    title: 'Constellation and Microsoft agree to restart Three Mile Island Unit 1',
    summary:
      "A 20-year power purchase agreement lets Constellation bring the 835 MW reactor back by 2028 as the Crane Clean Energy Center to supply Microsoft's data centres. Announced before the open; Constellation closed up 22%.",
    category: 'infrastructure',
    occurredAt: '2024-09-20',
    tickers: ['CEG', 'VST', 'MSFT'],
    sources: [
      {
        publisher: 'Morningstar (Dow Jones)',
        title:
          'Constellation Energy Shares Rise on Power Deal Microsoft, Restart of Three Mile Island Reactor',
        url: 'https://morningstar.com/news/dow-jones/202409203076/constellation-energy-shares-rise-on-power-deal-microsoft-restart-of-three-mile-island-reactor',
      },
      {
        publisher: 'Investing.com',
        title:
          'Constellation surges on deal with Microsoft to restart Three Mile Island nuclear plant',
        url: 'https://au.investing.com/news/stock-market-news/constellation-surges-on-deal-with-microsoft-to-restart-three-mile-island-nuclear-plant-432SI-3451342',
      },
    ],
  },
  {
    id: 'nvidia-q3-fy25-results-2024-11-20',
    title: 'Nvidia Q3 FY2025 results: $35.1 billion revenue, $37.5 billion guide',
    summary:
      'Revenue rose 94% on a year to $35.1 billion with $30.8 billion from data centres; the $37.5 billion outlook beat consensus but not the highest hopes and the stock dipped after hours. Results 8-K stamped 16:21 ET; release at the usual 16:20 ET slot.',
    category: 'earnings',
    occurredAt: '2024-11-20T16:20-05:00',
    tickers: ['NVDA'],
    sources: [
      {
        publisher: 'Financial Express',
        title: 'Nvidia shares drop despite strong Q3 results',
        url: 'https://www.financialexpress.com/business/investing-abroad-nvidia-shares-drop-despite-strong-q3-results-record-date-for-dividend-announced-3671165/lite',
      },
      {
        publisher: 'Reportify (8-K filing)',
        title: 'Nvidia (NVDA) - 2025 Q3 - Quarterly Results',
        url: 'https://reportify.ai/filings/1056845898404990976',
      },
    ],
  },
  {
    id: 'amazon-anthropic-second-investment-2024-11-22',
    title: 'Amazon puts another $4 billion into Anthropic',
    summary:
      "Amazon's total investment in Anthropic reaches $8 billion, still a minority stake; Anthropic makes AWS its primary training partner and works with Annapurna Labs on future Trainium chips. Time of day not reported.",
    category: 'deal',
    occurredAt: '2024-11-22',
    tickers: ['AMZN'],
    sources: [
      {
        publisher: 'Quartz',
        title: 'Amazon is investing another $4 billion in AI startup Anthropic',
        url: 'https://qz.com/amazon-invest-4-billion-ai-startup-anthropic-model-chip-1851705944',
      },
      {
        publisher: 'Ars Technica',
        title: "Amazon pours another $4B into Anthropic, OpenAI's biggest rival",
        url: 'https://arstechnica.com/ai/2024/11/amazon-pours-another-4b-into-anthropic-openais-biggest-rival/',
      },
    ],
  },
  {
    id: 'broadcom-q4-fy24-results-2024-12-12',
    title: 'Broadcom sizes a $60-90 billion AI chip market; shares jump 24%',
    summary:
      'After the close Broadcom reported AI revenue up 220% to $12.2 billion for the year and said custom accelerators for three hyperscalers could be a $60-90 billion market by fiscal 2027. The stock rose 24% the next day, past $1 trillion in value. Release minute not reported; timestamp marks the close.',
    category: 'earnings',
    occurredAt: '2024-12-12T16:00-05:00',
    tickers: ['AVGO', 'MRVL'],
    sources: [
      {
        publisher: 'Benzinga',
        title: 'Broadcom Joins $1 Trillion Club, Eyes Best Month Ever',
        url: 'https://www.benzinga.com/24/12/42488220/broadcom-joins-1-trillion-club-eyes-best-month-ever-the-next-magnificent-tech-giant',
      },
      {
        publisher: 'EarningsCall',
        title: 'Broadcom Q4 2024 earnings call transcript',
        url: 'https://earningscall.biz/e/nasdaq/s/avgo/y/2024/q/q4',
      },
    ],
  },
];
