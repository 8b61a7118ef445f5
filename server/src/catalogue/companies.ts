import type { Company } from '@aftershock/shared';

/**
 * The 27 Yahoo symbols of the price snapshot. Aliases are the names a headline uses; tickers are
 * not aliases except where the ticker itself is how the press names the fund (QQQ, SPY, ...).
 * Wholly owned subsidiaries that headlines name on their own (LinkedIn, Instagram, YouTube,
 * Twitch, VMware) are aliases of their parent: their news is the parent's. Products and labs
 * (ChatGPT, Claude, H100) and the clouds (Azure, AWS) live in `entities.ts`, not here.
 */
export const companies: Company[] = [
  {
    ticker: 'NVDA',
    name: 'NVIDIA Corporation',
    kind: 'stock',
    groups: ['ai-chips'],
    aliases: ['Nvidia', 'NVIDIA', 'Jensen Huang'],
  },
  {
    ticker: 'AMD',
    name: 'Advanced Micro Devices, Inc.',
    kind: 'stock',
    groups: ['ai-chips'],
    aliases: ['AMD', 'Advanced Micro Devices', 'Lisa Su'],
  },
  {
    ticker: 'AVGO',
    name: 'Broadcom Inc.',
    kind: 'stock',
    groups: ['ai-chips'],
    aliases: ['Broadcom', 'Hock Tan', 'VMware'],
  },
  {
    ticker: 'TSM',
    name: 'Taiwan Semiconductor Manufacturing Company Limited',
    kind: 'stock',
    groups: ['ai-chips'],
    aliases: ['TSMC', 'Taiwan Semiconductor', 'Taiwan Semiconductor Manufacturing'],
  },
  {
    ticker: 'ASML',
    name: 'ASML Holding N.V.',
    kind: 'stock',
    groups: ['ai-chips'],
    aliases: ['ASML'],
  },
  {
    ticker: 'MU',
    name: 'Micron Technology, Inc.',
    kind: 'stock',
    groups: ['ai-chips'],
    aliases: ['Micron', 'Micron Technology'],
  },
  {
    ticker: 'MRVL',
    name: 'Marvell Technology, Inc.',
    kind: 'stock',
    groups: ['ai-chips'],
    aliases: ['Marvell', 'Marvell Technology'],
  },
  {
    ticker: 'ARM',
    name: 'Arm Holdings plc',
    kind: 'stock',
    groups: ['ai-chips'],
    aliases: ['Arm Holdings', 'Arm'],
  },
  {
    ticker: 'INTC',
    name: 'Intel Corporation',
    kind: 'stock',
    groups: ['ai-chips'],
    aliases: ['Intel', 'Intel Corporation'],
  },
  {
    ticker: 'MSFT',
    name: 'Microsoft Corporation',
    kind: 'stock',
    groups: ['hyperscalers', 'software'],
    aliases: ['Microsoft', 'Satya Nadella', 'LinkedIn', 'GitHub'],
  },
  {
    ticker: 'GOOGL',
    name: 'Alphabet Inc. (Class A)',
    kind: 'stock',
    groups: ['hyperscalers'],
    aliases: ['Alphabet', 'Google', 'Sundar Pichai', 'YouTube', 'Waymo'],
  },
  {
    ticker: 'META',
    name: 'Meta Platforms, Inc.',
    kind: 'stock',
    groups: ['hyperscalers'],
    aliases: [
      'Meta Platforms',
      'Meta',
      'Facebook',
      'Mark Zuckerberg',
      'Zuckerberg',
      'Instagram',
      'WhatsApp',
    ],
  },
  {
    ticker: 'AMZN',
    name: 'Amazon.com, Inc.',
    kind: 'stock',
    groups: ['hyperscalers'],
    aliases: ['Amazon', 'Amazon.com', 'Andy Jassy', 'Twitch'],
  },
  {
    ticker: 'AAPL',
    name: 'Apple Inc.',
    kind: 'stock',
    groups: ['hyperscalers'],
    aliases: ['Apple', 'Tim Cook'],
  },
  {
    ticker: 'ORCL',
    name: 'Oracle Corporation',
    kind: 'stock',
    groups: ['hyperscalers', 'software'],
    aliases: ['Oracle', 'Larry Ellison', 'Oracle Cloud Infrastructure'],
  },
  {
    ticker: 'PLTR',
    name: 'Palantir Technologies Inc.',
    kind: 'stock',
    groups: ['software'],
    aliases: ['Palantir', 'Palantir Technologies'],
  },
  {
    ticker: 'VRT',
    name: 'Vertiv Holdings Co',
    kind: 'stock',
    groups: ['ai-power'],
    aliases: ['Vertiv'],
  },
  {
    ticker: 'CEG',
    name: 'Constellation Energy Corporation',
    kind: 'stock',
    groups: ['ai-power'],
    aliases: ['Constellation Energy'],
  },
  {
    ticker: 'VST',
    name: 'Vistra Corp.',
    kind: 'stock',
    groups: ['ai-power'],
    aliases: ['Vistra'],
  },
  {
    ticker: 'SMCI',
    name: 'Super Micro Computer, Inc.',
    kind: 'stock',
    groups: ['ai-power'],
    aliases: ['Super Micro Computer', 'Super Micro', 'Supermicro'],
  },
  {
    ticker: 'QQQ',
    name: 'Invesco QQQ Trust, Series 1',
    kind: 'etf',
    groups: ['benchmarks'],
    aliases: ['Invesco QQQ', 'QQQ'],
  },
  {
    ticker: 'SPY',
    name: 'SPDR S&P 500 ETF Trust',
    kind: 'etf',
    groups: ['benchmarks'],
    aliases: ['SPDR S&P 500 ETF', 'SPY'],
  },
  {
    ticker: 'SOXX',
    name: 'iShares Semiconductor ETF',
    kind: 'etf',
    groups: ['benchmarks'],
    aliases: ['iShares Semiconductor ETF', 'SOXX'],
  },
  {
    ticker: 'SMH',
    name: 'VanEck Semiconductor ETF',
    kind: 'etf',
    groups: ['benchmarks'],
    aliases: ['VanEck Semiconductor ETF', 'SMH'],
  },
  {
    ticker: '^GSPC',
    name: 'S&P 500',
    kind: 'index',
    groups: ['benchmarks'],
    aliases: ['S&P 500', 'S&P500'],
  },
  {
    ticker: '^IXIC',
    name: 'Nasdaq Composite',
    kind: 'index',
    groups: ['benchmarks'],
    aliases: ['Nasdaq Composite', 'Nasdaq'],
  },
  {
    ticker: '^SOX',
    name: 'PHLX Semiconductor Index',
    kind: 'index',
    groups: ['benchmarks'],
    aliases: ['PHLX Semiconductor Index', 'Philadelphia Semiconductor Index', 'SOX index'],
  },
];

/**
 * The aliases above that name a subsidiary rather than the company itself: its news is the
 * parent's, but not of the parent's trade (VMware is Broadcom's software, not its chips).
 */
export const subsidiaryAliases: ReadonlySet<string> = new Set([
  'VMware',
  'LinkedIn',
  'GitHub',
  'YouTube',
  'Waymo',
  'Instagram',
  'WhatsApp',
  'Twitch',
]);
