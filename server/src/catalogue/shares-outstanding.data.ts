/**
 * One figure: `[asOf, shares, what in the filing, verified]`. `verified` is true only where the
 * figure was checked against the filing's own text or its XBRL facts as quoted by a second
 * source; false marks a figure recalled from the filing that still awaits that check (it is
 * right to within about 2%, enough to scale returns into dollars, not to quote).
 */
export type ShareRow = readonly [asOf: string, shares: number, what: string, verified: boolean];

export interface IssuerShares {
  ticker: string;
  /** SEC EDGAR list of the issuer's filings, where each cited filing can be opened. */
  edgar: string;
  /** What the count covers when it is not one plain class of common stock. */
  basis?: string;
  rows: readonly ShareRow[];
}

const edgar = (cik: number, form?: '10-K' | '20-F'): string =>
  `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${cik}${form ? `&type=${form}` : ''}`;

/**
 * Split-adjusted to today's share basis: NVDA 10-for-1 (effective 2024-06-10), AVGO 10-for-1
 * (2024-07-15) and SMCI 10-for-1 (2024-10-01) are multiplied through for older filings. GOOGL
 * (20-for-1, 2022-07-18) and AMZN (20-for-1, 2022-06-06) split before the first figure used.
 */
export const issuers: readonly IssuerShares[] = [
  {
    ticker: 'NVDA',
    edgar: edgar(1045810),
    rows: [
      [
        '2022-08-26',
        24_900_000_000,
        '10-Q Q2 FY2023 cover: 2.49 billion (x10 for the 2024 split)',
        false,
      ],
      [
        '2023-01-29',
        24_661_000_000,
        '10-K FY2026 equity statement (XBRL), 2023-01-29: 24,661 million (split-adjusted)',
        true,
      ],
      ['2023-02-17', 24_700_000_000, '10-K FY2023 cover: 2.47 billion (x10)', false],
      ['2023-08-18', 24_700_000_000, '10-Q Q2 FY2024 cover (XBRL dei): 2,470 million (x10)', true],
      ['2023-11-17', 24_700_000_000, '10-Q Q3 FY2024 cover (XBRL dei): 2,470 million (x10)', true],
      [
        '2024-01-28',
        24_643_000_000,
        '10-K FY2026 equity statement (XBRL), 2024-01-28: 24,643 million (split-adjusted)',
        true,
      ],
      ['2024-05-24', 24_600_000_000, '10-Q Q1 FY2025 cover (XBRL dei): 2,460 million (x10)', true],
      ['2024-08-23', 24_530_000_000, '10-Q Q2 FY2025 cover (XBRL dei): 24,530 million', true],
      ['2024-11-15', 24_490_000_000, '10-Q Q3 FY2025 cover: 24.49 billion', true],
      ['2025-01-26', 24_477_000_000, '10-K FY2025 balance sheet: 24,477 million', true],
      ['2025-02-21', 24_400_000_000, '10-K FY2025 cover: 24.4 billion', true],
      ['2025-05-23', 24_400_000_000, '10-Q Q1 FY2026 cover (XBRL dei): 24.4 billion', true],
      ['2025-08-22', 24_300_000_000, '10-Q Q2 FY2026 cover (XBRL dei): 24.3 billion', true],
      ['2025-11-14', 24_300_000_000, '10-Q Q3 FY2026 cover: 24.3 billion', true],
    ],
  },
  {
    ticker: 'AAPL',
    edgar: edgar(320193),
    rows: [
      ['2022-07-15', 16_070_752_000, '10-Q Q3 FY2022 cover', true],
      ['2022-10-14', 15_908_118_000, '10-K FY2022 cover', true],
      ['2023-10-20', 15_552_752_000, '10-K FY2023 cover', true],
      ['2024-10-18', 15_115_823_000, '10-K FY2024 cover', true],
      ['2025-10-17', 14_776_353_000, '10-K FY2025 cover', true],
    ],
  },
  {
    ticker: 'MSFT',
    edgar: edgar(789019),
    rows: [
      ['2022-07-25', 7_457_891_872, '10-K FY2022 cover: 7,457,891,872', true],
      ['2023-07-24', 7_429_763_722, '10-K FY2023 cover', true],
      ['2024-07-25', 7_433_038_381, '10-K FY2024 cover', true],
      ['2024-10-24', 7_434_880_776, '10-Q Q1 FY2025 cover', true],
      ['2025-07-24', 7_433_166_379, '10-K FY2025 cover', true],
    ],
  },
  {
    ticker: 'GOOGL',
    edgar: edgar(1652044),
    basis:
      'All classes (A, B and C), which share one economic interest; GOOGL price x this count approximates the market value.',
    rows: [
      ['2022-12-31', 12_849_000_000, '10-K FY2022 balance sheet, classes A+B+C', false],
      [
        '2023-12-31',
        12_460_000_000,
        'FY2024 10-K balance sheet, A 5,899m + B 870m + C 5,691m',
        true,
      ],
      ['2024-12-31', 12_211_000_000, 'FY2024 balance sheet, A 5,835m + B 861m + C 5,515m', true],
      [
        '2025-12-31',
        12_088_000_000,
        '10-K FY2025 balance sheet, A 5,822m + B 837m + C 5,429m',
        true,
      ],
    ],
  },
  {
    ticker: 'META',
    edgar: edgar(1326801),
    basis: 'Class A plus Class B (convertible one-for-one into Class A).',
    rows: [
      ['2022-12-31', 2_614_000_000, '10-K FY2022 balance sheet, classes A+B', false],
      [
        '2023-12-31',
        2_561_000_000,
        '10-Q Q3 2024 balance sheet, 2023-12-31 column: A 2,211m + B 350m',
        true,
      ],
      ['2024-10-25', 2_524_488_533, '10-Q Q3 2024 cover: A 2,180,000,871 + B 344,487,662', true],
      ['2024-12-31', 2_524_000_000, '10-K FY2024 balance sheet, classes A+B', false],
      ['2025-04-25', 2_514_327_249, '10-Q Q1 2025 cover: A 2,171,148,098 + B 343,179,151', true],
      ['2025-10-24', 2_520_527_597, '10-Q Q3 2025 cover: A 2,177,889,269 + B 342,638,328', true],
      ['2025-12-31', 2_530_000_000, '10-K FY2025 balance sheet, A 2,187m + B 343m', true],
    ],
  },
  {
    ticker: 'AMZN',
    edgar: edgar(1018724),
    rows: [
      ['2022-12-31', 10_242_000_000, '10-K FY2022 balance sheet: 10,242 million', true],
      ['2023-12-31', 10_383_000_000, '10-K FY2023 balance sheet', false],
      ['2024-12-31', 10_593_000_000, '10-K FY2024 balance sheet', false],
      ['2025-09-30', 10_690_000_000, '10-Q Q3 2025 balance sheet', false],
    ],
  },
  {
    ticker: 'AMD',
    edgar: edgar(2488),
    rows: [
      ['2022-12-31', 1_612_000_000, '10-K FY2022 balance sheet: 1,612 million', true],
      ['2023-12-30', 1_616_000_000, '10-K FY2023 balance sheet', false],
      ['2024-12-28', 1_621_000_000, '10-K FY2024 balance sheet', false],
      ['2025-09-27', 1_623_000_000, '10-Q Q3 2025 balance sheet', false],
    ],
  },
  {
    ticker: 'AVGO',
    edgar: edgar(1730168),
    basis:
      'Pre-split figures x10 for the 10-for-1 split of 2024-07-15; VMware shares issued 2023-11-22.',
    rows: [
      ['2022-10-30', 4_170_000_000, '10-K FY2022 balance sheet: 417 million (x10)', false],
      ['2023-10-29', 4_130_000_000, '10-K FY2023 balance sheet: 413 million (x10)', false],
      ['2024-02-04', 4_640_000_000, '10-Q Q1 FY2024 balance sheet: 464 million (x10)', false],
      ['2024-11-03', 4_690_000_000, '10-K FY2024 balance sheet', false],
      ['2025-11-02', 4_720_000_000, '10-K FY2025 balance sheet', false],
    ],
  },
  {
    ticker: 'TSM',
    edgar: edgar(1046179, '20-F'),
    basis:
      'ADR equivalents: TSMC common shares (about 25.93 billion) divided by 5, the ADR ratio, so that the TSM ADR price x this count is the market value.',
    rows: [
      ['2022-12-31', 5_186_000_000, '20-F 2022: about 25,930 million common shares / 5', false],
      ['2023-12-31', 5_186_000_000, '20-F 2023: about 25,932 million common shares / 5', false],
      ['2024-12-31', 5_186_000_000, '20-F 2024: about 25,932 million common shares / 5', false],
      ['2025-09-30', 5_186_000_000, '6-K Q3 2025: about 25,932 million common shares / 5', false],
    ],
  },
  {
    ticker: 'ASML',
    edgar: edgar(937966, '20-F'),
    basis: 'Ordinary shares; one New York registry share per ordinary share.',
    rows: [
      ['2022-12-31', 394_600_000, '20-F 2022, shares outstanding', false],
      ['2023-12-31', 393_300_000, '20-F 2023, shares outstanding', false],
      ['2024-12-31', 393_100_000, '20-F 2024, shares outstanding', false],
      ['2025-09-28', 388_000_000, '6-K Q3 2025, shares outstanding', false],
    ],
  },
  {
    ticker: 'MU',
    edgar: edgar(723125),
    rows: [
      ['2022-09-01', 1_091_000_000, '10-K FY2022 balance sheet', false],
      ['2023-08-31', 1_095_000_000, '10-K FY2023 balance sheet', false],
      ['2024-08-29', 1_109_000_000, '10-K FY2024 balance sheet', false],
      ['2025-06-18', 1_119_125_101, '10-Q Q3 FY2025 cover: 1,119,125,101', true],
      ['2025-08-28', 1_119_000_000, '10-K FY2025 balance sheet', false],
    ],
  },
  {
    ticker: 'MRVL',
    edgar: edgar(1835632),
    rows: [
      ['2022-10-29', 852_000_000, '10-Q Q3 FY2023 balance sheet', false],
      ['2023-01-28', 857_000_000, '10-K FY2023 balance sheet', false],
      ['2024-02-03', 866_000_000, '10-K FY2024 balance sheet', false],
      ['2025-02-01', 865_000_000, '10-K FY2025 balance sheet', false],
      ['2025-11-01', 846_000_000, '10-Q Q3 FY2026 balance sheet', false],
    ],
  },
  {
    ticker: 'ARM',
    edgar: edgar(1973239),
    basis: 'Ordinary shares; one ADS per ordinary share. Listed from its IPO on 2023-09-14.',
    rows: [
      ['2023-09-14', 1_025_000_000, 'F-1 prospectus, shares outstanding after the IPO', false],
      ['2024-03-31', 1_040_330_497, '20-F FY2024 cover: 1,040,330,497 ordinary shares', true],
      ['2025-03-31', 1_057_000_000, 'annual report FY2025, ordinary shares outstanding', false],
      ['2025-09-30', 1_060_000_000, 'quarterly report Q2 FY2026, ordinary shares', false],
    ],
  },
  {
    ticker: 'INTC',
    edgar: edgar(50863),
    basis:
      'Includes the 2025 issuances to the US government, SoftBank and Nvidia from the figure of 2025-12-27.',
    rows: [
      ['2022-12-31', 4_137_000_000, '10-K FY2022 balance sheet: 4,137 million', true],
      ['2023-12-30', 4_228_000_000, '10-K FY2023 balance sheet', false],
      [
        '2024-12-28',
        4_330_000_000,
        '10-K FY2025 balance sheet, 2024-12-28 column: 4,330 million',
        true,
      ],
      ['2025-06-28', 4_370_000_000, '10-Q Q2 2025 balance sheet', false],
      ['2025-12-27', 4_994_000_000, '10-K FY2025 balance sheet: 4,994 million', true],
    ],
  },
  {
    ticker: 'ORCL',
    edgar: edgar(1341439),
    rows: [
      ['2022-05-31', 2_665_000_000, '10-K FY2022 balance sheet', false],
      ['2023-05-31', 2_705_000_000, '10-K FY2023 balance sheet', false],
      ['2024-05-31', 2_755_000_000, '10-K FY2024 balance sheet', false],
      ['2025-05-31', 2_808_000_000, '10-K FY2025 balance sheet', false],
      ['2025-11-30', 2_873_000_000, '10-Q Q2 FY2026 balance sheet (XBRL): 2,873 million', true],
    ],
  },
  {
    ticker: 'PLTR',
    edgar: edgar(1321655),
    basis: 'Class A, B and F together.',
    rows: [
      ['2022-12-31', 2_110_000_000, '10-K FY2022 balance sheet, classes A+B+F', false],
      ['2023-12-31', 2_200_000_000, '10-K FY2023 balance sheet, classes A+B+F', false],
      ['2024-12-31', 2_340_000_000, '10-K FY2024 balance sheet, classes A+B+F', false],
      [
        '2025-04-30',
        2_359_912_397,
        '10-Q Q1 2025 cover (XBRL dei): A 2,262,906,259 + B 96,001,138 + F 1,005,000',
        true,
      ],
      ['2025-09-30', 2_370_000_000, '10-Q Q3 2025 balance sheet, classes A+B+F', false],
    ],
  },
  {
    ticker: 'SMCI',
    edgar: edgar(1375365),
    basis: 'Pre-split figures x10 for the 10-for-1 split of 2024-10-01.',
    rows: [
      ['2022-06-30', 526_000_000, '10-K FY2022 balance sheet: 52.6 million (x10)', false],
      ['2023-06-30', 531_000_000, '10-K FY2023 balance sheet: 53.1 million (x10)', false],
      ['2024-06-30', 586_000_000, '10-K FY2024 balance sheet: 58.6 million (x10)', false],
      ['2025-06-30', 596_000_000, '10-K FY2025 balance sheet', false],
    ],
  },
  {
    ticker: 'VRT',
    edgar: edgar(1674101),
    rows: [
      ['2022-12-31', 377_368_837, '10-K FY2024 equity statement, 2022-12-31: 377,368,837', true],
      ['2023-09-30', 381_349_156, '10-Q Q3 2024 equity statement, 2023-09-30: 381,349,156', true],
      ['2023-12-31', 381_000_000, '10-K FY2023 balance sheet', false],
      ['2024-12-31', 375_000_000, '10-K FY2024 balance sheet', false],
      ['2025-09-30', 382_000_000, '10-Q Q3 2025 balance sheet', false],
    ],
  },
  {
    ticker: 'CEG',
    edgar: edgar(1868275),
    rows: [
      ['2022-12-31', 327_000_000, '10-K FY2022 balance sheet', false],
      ['2023-12-31', 318_000_000, '10-K FY2023 balance sheet', false],
      ['2024-12-31', 313_000_000, '10-K FY2024 balance sheet', false],
      ['2025-09-30', 312_000_000, '10-Q Q3 2025 balance sheet (XBRL): 312 million', true],
    ],
  },
  {
    ticker: 'VST',
    edgar: edgar(1692819),
    rows: [
      ['2022-12-31', 386_000_000, '10-K FY2022 balance sheet', false],
      ['2023-12-31', 348_000_000, '10-K FY2023 balance sheet', false],
      ['2024-12-31', 340_000_000, '10-K FY2024 balance sheet', false],
      ['2025-09-30', 338_000_000, '10-Q Q3 2025 balance sheet', false],
    ],
  },
];
