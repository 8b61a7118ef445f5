import { companies } from '../../server/src/catalogue/companies';
import { sectorThemes } from '../../server/src/features/news/entity-aliases';

/**
 * How a tag's entity is named in the labelled list: a company by its ticker; an AI product by
 * the lab or company behind it (ChatGPT -> OpenAI, Claude -> Anthropic, Gemini -> GOOGL), since
 * a labeller writes "OpenAI launches..." whatever product the headline names.
 */
const productOwners: Record<string, string> = {
  OpenAI: 'OpenAI',
  ChatGPT: 'OpenAI',
  'OpenAI GPT and o-series models': 'OpenAI',
  Anthropic: 'Anthropic',
  Claude: 'Anthropic',
  Llama: 'META',
  'Meta AI': 'META',
  Gemini: 'GOOGL',
  Bard: 'GOOGL',
  'Google DeepMind': 'GOOGL',
  'Google TPU': 'GOOGL',
  Copilot: 'MSFT',
  Azure: 'MSFT',
  'Nvidia data-centre GPUs': 'NVDA',
  CUDA: 'NVDA',
  'AMD Instinct': 'AMD',
  'AWS Trainium': 'AMZN',
  'Amazon Web Services': 'AMZN',
  Stargate: 'Stargate',
  DeepSeek: 'DeepSeek',
  'Mistral AI': 'Mistral',
};

const companyTickers = new Map(companies.map((c) => [c.aliases[0] ?? c.name, c.ticker]));
const sectorTickers = new Map(sectorThemes.map((t) => [t.target.entity, t.target.tickers[0]]));

export function entityKey(entity: string): string {
  return productOwners[entity] ?? companyTickers.get(entity) ?? sectorTickers.get(entity) ?? entity;
}
