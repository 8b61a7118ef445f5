import type { Company, Entity } from '@aftershock/shared';
import { companies as catalogueCompanies } from '../../catalogue/companies';
import { entities as catalogueEntities } from '../../catalogue/entities';
import { categorise, type TopicMatch } from './category-rules';
import { buildAliasVariants, type EntityKind, sectorThemes } from './entity-aliases';
import { EntityMatcher, type TextField } from './entity-matcher';

/** One entity found in an article, with the text that matched and the tickers it points to. */
export interface EntityTag {
  entity: string;
  kind: EntityKind;
  tickers: string[];
  /** The first text that matched, as written (`Meta`, `DeepSeek-R1`). */
  matched: string;
  /** Where: the title first, then the feed's labels, then the description. */
  field: TextField;
  /** Why an ambiguous name was accepted; null when the name is not ambiguous. */
  why: string | null;
}

export interface ArticleTagging {
  tags: EntityTag[];
  /** The event categories the words point to, best first (empty when none does). */
  topics: TopicMatch[];
}

export interface TaggableText {
  title: string;
  /** The start of the description; never stored, only read here. */
  snippet?: string;
  /** The feed's labels for the item (`<category>`). */
  labels?: readonly string[];
}

export interface Tagger {
  tag(article: TaggableText): ArticleTagging;
  /** company, entity or sector: for tags read back from the store, which keep only names. */
  kindOf(entity: string): EntityKind;
}

/**
 * Tags articles with the catalogue's companies, AI labs and products (aliases on word
 * boundaries, ambiguous names through `entity-rules.ts`) and with event categories
 * (`category-rules.ts`). Pure: the same text always gives the same tags.
 */
export function createTagger(
  catalogue: { companies: readonly Company[]; entities: readonly Entity[] } = {
    companies: catalogueCompanies,
    entities: catalogueEntities,
  },
): Tagger {
  const variants = buildAliasVariants(catalogue);
  const matcher = new EntityMatcher(variants);
  const kinds = new Map<string, EntityKind>([
    ...variants.map((v) => [v.target.entity, v.target.kind] as const),
    ...sectorThemes.map((t) => [t.target.entity, t.target.kind] as const),
  ]);
  return {
    kindOf: (entity) => kinds.get(entity) ?? 'entity',
    tag({ title, snippet = '', labels = [] }) {
      const context = `${title}\n${snippet}\n${labels.join(' | ')}`;
      const found = [
        ...matcher.match({ text: title, field: 'title', context }),
        ...matcher.matchLabels({ labels, context }),
        ...(snippet ? matcher.match({ text: snippet, field: 'snippet', context }) : []),
      ];
      const tags = new Map<string, EntityTag>();
      for (const m of found) {
        if (tags.has(m.target.entity)) continue;
        tags.set(m.target.entity, {
          entity: m.target.entity,
          kind: m.target.kind,
          tickers: [...m.target.tickers],
          matched: m.matched,
          field: m.field,
          why: m.why,
        });
      }
      return { tags: [...tags.values()], topics: categorise({ title, snippet, labels }) };
    },
  };
}

/** The tickers an article points to, sorted. */
export function tickersOf(tagging: Pick<ArticleTagging, 'tags'>): string[] {
  return [...new Set(tagging.tags.flatMap((t) => t.tickers))].sort();
}
