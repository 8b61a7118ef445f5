import type { Company, Entity } from '@aftershock/shared';

export type EntityKind = 'company' | 'entity' | 'sector';

/** What a name found in the text points to. */
export interface EntityTarget {
  /** The name shown with a tag: `Nvidia`, `DeepSeek`, `Semiconductor sector`. */
  entity: string;
  kind: EntityKind;
  tickers: readonly string[];
}

/** One way of writing an alias, matched case-sensitively on word boundaries. */
export interface AliasVariant {
  text: string;
  /** The alias as the catalogue writes it: the key of its ambiguity rule, if any. */
  alias: string;
  target: EntityTarget;
}

/**
 * A theme that points to a sector index rather than a company: words such as "AI chips" count
 * only next to trade-policy words, where the news is about the whole sector.
 */
export interface SectorTheme {
  target: EntityTarget;
  pattern: RegExp;
  cues: readonly string[];
}

export const sectorThemes: readonly SectorTheme[] = [
  {
    target: { entity: 'Semiconductor sector', kind: 'sector', tickers: ['^SOX'] },
    pattern:
      /(?<![\p{L}\p{N}])(AI chips?|chips?|semiconductors?|chipmakers?|chipmaking)(?![\p{L}\p{N}])/iu,
    cues: [
      'export',
      'exports',
      'exporting',
      'export controls',
      'tariff',
      'tariffs',
      'sanction',
      'sanctions',
      'restrict',
      'restricts',
      'restrictions',
      'curbs',
      'smuggling',
      'smugglers',
      'CHIPS Act',
      'three tiers',
    ],
  },
];

/**
 * Variants of an alias: as written and in capitals (shouted headlines: NVIDIA, DEEPSEEK); a
 * camel-case name also capitalised plainly (Deepseek, Openai), a common misspelling in feeds.
 */
function variantsOf(alias: string): string[] {
  const out = new Set([alias, alias.toUpperCase()]);
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(alias) && !/\s/.test(alias)) {
    out.add(alias[0] + alias.slice(1).toLowerCase());
  }
  return [...out];
}

/** Every alias variant of the catalogue, longest first so a longer name wins at a position. */
export function buildAliasVariants(params: {
  companies: readonly Company[];
  entities: readonly Entity[];
}): AliasVariant[] {
  const byText = new Map<string, AliasVariant>();
  const add = (alias: string, target: EntityTarget) => {
    for (const text of variantsOf(alias)) {
      if (!byText.has(text)) byText.set(text, { text, alias, target });
    }
  };
  for (const c of params.companies) {
    const target: EntityTarget = {
      entity: c.aliases[0] ?? c.name,
      kind: 'company',
      tickers: [c.ticker],
    };
    for (const alias of c.aliases) add(alias, target);
  }
  for (const e of params.entities) {
    const target: EntityTarget = { entity: e.name, kind: 'entity', tickers: e.tickers };
    for (const alias of e.aliases) add(alias, target);
  }
  return [...byText.values()].sort(
    (a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1),
  );
}
