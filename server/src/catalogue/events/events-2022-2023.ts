import type { CuratedEvent } from '@aftershock/shared';

/** Curated events of 2022-06 to 2023-12. Timestamps follow the rules in `../curated-events.ts`. */
export const events2022to2023: CuratedEvent[] = [
  {
    id: 'nvidia-china-licence-2022-08-31',
    title: 'Nvidia discloses US licence requirement for A100 and H100 sales to China',
    summary:
      'An 8-K filed after the close said Washington now requires a licence to ship A100 and H100 accelerators to China and Russia, putting about $400 million of quarterly sales at risk. AMD received a similar notice. Nvidia fell in extended trading; the minute of the filing was not reported, so the timestamp marks the close.',
    category: 'policy',
    occurredAt: '2022-08-31T16:00-04:00',
    tickers: ['NVDA', 'AMD', '^SOX'],
    sources: [
      {
        publisher: 'The Japan Times (Reuters)',
        title: 'U.S. officials order Nvidia to halt sales of top AI chips to China',
        url: 'https://www.japantimes.co.jp/news/2022/09/01/business/tech/us-bans-nvidia-ai-china/',
      },
      {
        publisher: 'ITPro',
        title: "US imposes sanctions on Nvidia's chip sales in China",
        url: 'https://www.itpro.com/hardware/368957/us-imposes-sanctions-on-nvidias-chip-sales-in-china',
      },
    ],
  },
  {
    id: 'chip-export-rules-2022-10-07',
    title: 'US Commerce Department issues sweeping chip export controls on China',
    summary:
      'The Bureau of Industry and Security published two rules on Friday 7 October restricting exports of advanced computing chips, supercomputer items and chipmaking equipment to China, and the support of Chinese fabs by US persons. Time of day not reported.',
    category: 'policy',
    occurredAt: '2022-10-07',
    tickers: ['NVDA', 'AMD', 'ASML', 'TSM', 'MU', 'INTC', '^SOX'],
    sources: [
      {
        publisher: 'Bureau of Industry and Security',
        title:
          "Commerce Implements New Export Controls on Advanced Computing and Semiconductor Manufacturing Items to the People's Republic of China (PRC)",
        url: 'https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor',
      },
      {
        publisher: 'Thompson Hine SmarTrade',
        title:
          'BIS Issues Interim Final Rule to Implement Additional Export Controls on Advanced Computing and Semiconductor Items',
        url: 'https://www.thompsonhinesmartrade.com/2022/10/bis-issues-interim-final-rule-to-implement-additional-export-controls-on-advanced-computing-and-semiconductor-items/',
      },
    ],
  },
  {
    id: 'chatgpt-launch-2022-11-30',
    title: 'OpenAI releases ChatGPT as a free research preview',
    summary:
      'OpenAI opened ChatGPT, a chat interface on a GPT-3.5 model tuned with human feedback, to the public; it passed a million users within days and started the generative-AI race. Accounts of the hour differ, so only the date is given.',
    category: 'model-launch',
    occurredAt: '2022-11-30',
    tickers: ['MSFT'],
    sources: [
      {
        publisher: 'Alan Salomon AI Museum',
        title: 'The ChatGPT Launch',
        url: 'https://www.alansalomon.ai/ai-museum/artifacts/chatgpt-launch',
      },
      {
        publisher: 'AI4C News',
        title: 'OpenAI ChatGPT (GPT-3.5)',
        url: 'https://ai4c.news/model-watch/openai-chatgpt-gpt-3-5',
      },
    ],
  },
  {
    id: 'microsoft-openai-investment-2023-01-23',
    title: 'Microsoft announces multiyear, multibillion-dollar investment in OpenAI',
    summary:
      "Microsoft called it the third phase of the partnership after its 2019 and 2021 investments (the amount, reported near $10 billion, was not disclosed); Azure stays OpenAI's exclusive cloud and OpenAI models go into Microsoft products.",
    category: 'deal',
    occurredAt: '2023-01-23',
    tickers: ['MSFT'],
    sources: [
      {
        publisher: 'The National',
        title: 'Microsoft announces multibillion-dollar investment in ChatGPT-maker OpenAI',
        url: 'https://www.thenationalnews.com/business/technology/2023/01/23/microsoft-announces-multibillion-dollar-investment-in-chatgpt-maker-openai/',
      },
      {
        publisher: 'Pure AI',
        title: "OpenAI-Microsoft Partnership Enters 'Phase 3'",
        url: 'https://pureai.com/articles/2023/01/23/openai-microsoft-phase-3.aspx',
      },
    ],
  },
  {
    id: 'bard-demo-error-2023-02-08',
    title: "Bard's wrong telescope answer and a thin Paris event sink Alphabet",
    summary:
      "A Google ad showed Bard wrongly crediting the James Webb telescope with the first exoplanet image, spotted by Reuters before Google's Paris AI event on Wednesday morning. Alphabet fell about 8%, roughly $100 billion of value, a day after Microsoft showed ChatGPT in Bing.",
    category: 'model-launch',
    occurredAt: '2023-02-08',
    tickers: ['GOOGL', 'MSFT'],
    sources: [
      {
        publisher: 'Investopedia',
        title: "Alphabet's Bard AI Misfires in Debut, Shares Swoon",
        url: 'https://www.investopedia.com/alphabet-chatbot-tanks-stock-microsoft-launches-own-ai-7107129',
      },
      {
        publisher: 'Just the News',
        title: "Google's glitched debut of AI chatbot Bard sent stock value plummeting by $100B",
        url: 'https://justthenews.com/nation/technology/googles-launch-ai-chatbot-bard-fails',
      },
    ],
  },
  {
    id: 'gpt-4-launch-2023-03-14',
    title: 'OpenAI launches GPT-4',
    summary:
      'OpenAI released GPT-4, a multimodal model accepting text and images, with bar-exam results near the top decile; it went to ChatGPT Plus and a waitlisted API, and Microsoft confirmed Bing Chat already ran on it.',
    category: 'model-launch',
    occurredAt: '2023-03-14',
    tickers: ['MSFT'],
    sources: [
      {
        publisher: 'Center Consulting AI Library',
        title: 'OpenAI releases GPT-4',
        url: 'https://www.centerconsulting.com/ai-library/milestones/2023-gpt-4',
      },
      {
        publisher: 'The Ledger',
        title: 'OpenAI Releases GPT-4',
        url: 'https://the-ledger.net/events/gpt-4-release/',
      },
    ],
  },
  {
    id: 'nvidia-q1-fy24-results-2023-05-24',
    title: 'Nvidia guides to $11 billion as AI demand explodes (Q1 FY2024 results)',
    summary:
      "Nvidia reported $7.19 billion of revenue with record data-centre sales and forecast about $11 billion for the next quarter, far above estimates; the stock jumped about 25% the next day. Released after the close at Nvidia's usual 16:20 ET slot.",
    category: 'earnings',
    occurredAt: '2023-05-24T16:20-04:00',
    tickers: ['NVDA', 'AMD', 'TSM', 'AVGO', '^SOX'],
    sources: [
      {
        publisher: 'Nasdaq (FXEmpire)',
        title: 'Nvidia Surpasses Expectations with Impressive Q1 Earnings, Shares Soar 15%',
        url: 'https://www.nasdaq.com/articles/nvidia-surpasses-expectations-with-impressive-q1-earnings-shares-soar-15',
      },
      {
        publisher: 'Planet 3DNow! (GlobeNewswire release)',
        title: 'NVIDIA Announces Financial Results for First Quarter Fiscal 2024',
        url: 'https://www.planet3dnow.de/cms/67944-nvidia-announces-financial-results-for-first-quarter-fiscal-2024/',
      },
    ],
  },
  {
    id: 'amazon-anthropic-investment-2023-09-25',
    title: 'Amazon to invest up to $4 billion in Anthropic',
    summary:
      "Announced early Monday: Amazon takes a minority stake in Anthropic (an initial $1.25 billion, up to $4 billion), AWS becomes Anthropic's primary cloud and Anthropic will train on Amazon's Trainium and Inferentia chips.",
    category: 'deal',
    occurredAt: '2023-09-25',
    tickers: ['AMZN'],
    sources: [
      {
        publisher: 'Axios',
        title: 'Amazon to invest up to $4 billion in Anthropic',
        url: 'https://www.axios.com/2023/09/25/amazon-anthropic-ai-investment-billions',
      },
      {
        publisher: 'CNA (Bloomberg Opinion)',
        title: "Amazon's Anthropic investment and the AI chip race",
        url: 'https://www.channelnewsasia.com/commentary/amazon-invest-ai-chatgpt-anthropic-claude-nvidia-chips-3801951',
      },
    ],
  },
  {
    id: 'chip-export-rules-update-2023-10-17',
    title: 'US tightens the 2022 chip export controls on China',
    summary:
      'The Commerce Department updated its advanced-computing and chipmaking-equipment rules, closing gaps in the 2022 limits and adding Chinese entities to the Entity List. Time of day not reported.',
    category: 'policy',
    occurredAt: '2023-10-17',
    tickers: ['NVDA', 'AMD', 'INTC', 'ASML', '^SOX'],
    sources: [
      {
        publisher: 'Bureau of Industry and Security',
        title:
          'Commerce Strengthens Restrictions on Advanced Computing Semiconductors, Semiconductor Manufacturing Equipment, and Supercomputing Items to Countries of Concern',
        url: 'https://bis.gov/press-release/commerce-strengthens-restrictions-advanced-computing-semiconductors-semiconductor',
      },
    ],
  },
  {
    id: 'gemini-launch-2023-12-06',
    title: 'Google unveils Gemini, its multimodal model family',
    summary:
      'Google and Google DeepMind announced Gemini in Ultra, Pro and Nano sizes, claiming GPT-4-beating benchmark scores; Bard switched to Gemini Pro the same day. A staged demo video later drew criticism.',
    category: 'model-launch',
    occurredAt: '2023-12-06',
    tickers: ['GOOGL'],
    sources: [
      {
        publisher: 'Center Consulting AI Library',
        title: 'Google launches Gemini',
        url: 'https://www.centerconsulting.com/ai-library/milestones/2023-gemini',
      },
      {
        publisher: 'The Ledger',
        title: 'Google DeepMind Launches Gemini',
        url: 'https://the-ledger.net/events/gemini-launch/',
      },
    ],
  },
];
