import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** jsonb: written as a JSON string, read back parsed by both drivers. */
type Json<T> = ColumnType<T, string, string>;
/** timestamptz: read back as an ISO string (see the type parsers in open-store.ts). */
type Timestamp = ColumnType<string, string, string>;

export interface CompaniesTable {
  ticker: string;
  name: string;
  kind: 'stock' | 'etf' | 'index';
  groups: Json<string[]>;
  aliases: Json<string[]>;
  origin: 'catalogue' | 'user';
  added_at: ColumnType<string, string | undefined, never>;
}

export interface DailyBarsTable {
  ticker: string;
  date: string;
  open: number;
  high: number;
  low: number;
  close: number;
  adj_close: number;
  volume: number | null;
  final: ColumnType<boolean, boolean | undefined, boolean>;
  source: string;
}

export interface FeedsTable {
  id: string;
  url: string;
  title: string;
  enabled: ColumnType<boolean, boolean | undefined, boolean>;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: Timestamp | null;
  last_success_at: Timestamp | null;
  status: string;
  error_count: ColumnType<number, number | undefined, number>;
  error_message: string | null;
  next_check_at: Timestamp | null;
  error_kind: string | null;
  http_status: number | null;
}

export interface ArticlesTable {
  id: string;
  feed_id: string;
  url: string;
  title: string;
  published_at: Timestamp;
  date_estimated: boolean;
  first_seen_at: Timestamp;
  source: string;
  categories: Json<string[]>;
  also_in: Json<string[]>;
  guid: string | null;
  title_derived: ColumnType<boolean, boolean | undefined, boolean>;
  publisher: string | null;
  /** The event categories the article's words point to, with the words (see news/tagging). */
  topics: Json<{ category: string; score: number; matched: string[] }[]>;
}

/** Another sighting of a stored story: the same article in another feed or under another id. */
export interface ArticleAliasesTable {
  id: string;
  article_id: string;
  feed_id: string;
  url: string;
  source: string;
  published_at: Timestamp;
  date_estimated: boolean;
}

export interface ArticleTagsTable {
  article_id: string;
  ticker: string;
  entity: string;
  matched: string;
  /** Where the match was found: 'title' or 'snippet' (the description, which is not stored). */
  field: ColumnType<string, string | undefined, string>;
}

export interface EventsTable {
  id: string;
  title: string;
  summary: string;
  category: string;
  occurred_at: Timestamp;
  day_only: boolean;
  origin: 'curated' | 'detected' | 'user';
  sources: Json<{ publisher: string; title: string; url: string }[]>;
  weight: number;
  reason: string;
  linked_event_id: string | null;
  created_at: ColumnType<string, string | undefined, never>;
}

export interface EventSetsTable {
  id: string;
  title: string;
  description: string;
  event_ids: Json<string[]>;
  created_at: ColumnType<string, string | undefined, never>;
}

export interface EventTickersTable {
  event_id: string;
  ticker: string;
}

export interface EventArticlesTable {
  event_id: string;
  article_id: string;
}

export interface IngestRunsTable {
  id: Generated<number>;
  kind: string;
  source: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  status: 'running' | 'ok' | 'failed';
  rows_written: ColumnType<number, number | undefined, number>;
  /** Rows the run inserted or changed (0 for a poll that found nothing new). */
  rows_changed: ColumnType<number, number | undefined, number>;
  /** The data version this run moved it to (`data_changes.seq`), when it changed rows. */
  changed_seq: ColumnType<number | null, never, number>;
  message: string | null;
}

/** One row: the data version, bumped by each run that finishes with changed rows. */
export interface DataChangesTable {
  id: number;
  seq: number;
}

export interface SharesOutstandingTable {
  ticker: string;
  as_of: string;
  shares: number;
  source: string;
}

export interface PriceAdjustmentsTable {
  id: Generated<number>;
  ticker: string;
  before: string;
  price_factor: number;
  share_factor: number;
  adj_factor: number;
  reason: string;
  applied_at: ColumnType<string, string | undefined, never>;
}

/** Percent, as Kenneth French publishes them; see migrations/0007-factor-returns.ts. */
export interface FactorReturnsTable {
  date: string;
  mkt_rf: number;
  smb: number;
  hml: number;
  smb5: number | null;
  hml5: number | null;
  rmw: number | null;
  cma: number | null;
  mom: number | null;
  rf: number;
  release: string;
  source: string;
}

export interface MetaTable {
  key: string;
  value: Json<unknown>;
}

export interface Database {
  companies: CompaniesTable;
  daily_bars: DailyBarsTable;
  feeds: FeedsTable;
  articles: ArticlesTable;
  article_tags: ArticleTagsTable;
  article_aliases: ArticleAliasesTable;
  events: EventsTable;
  event_tickers: EventTickersTable;
  event_sets: EventSetsTable;
  event_articles: EventArticlesTable;
  ingest_runs: IngestRunsTable;
  data_changes: DataChangesTable;
  meta: MetaTable;
  shares_outstanding: SharesOutstandingTable;
  price_adjustments: PriceAdjustmentsTable;
  factor_returns: FactorReturnsTable;
}

export type DailyBarRow = Selectable<DailyBarsTable>;
export type NewDailyBar = Insertable<DailyBarsTable>;
export type EventRow = Selectable<EventsTable>;
