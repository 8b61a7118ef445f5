/**
 * Whose product each AI entity of the catalogue is, by the names tags carry (company names as
 * `entity-aliases.ts` gives them). A headline about Gemini and one about Google are about the
 * same company; one about ChatGPT and one about OpenAI about the same lab. Entities not listed
 * are their own owner (DeepSeek, Stargate, Mistral AI).
 */
export const entityOwners: Readonly<Record<string, string>> = {
  ChatGPT: 'OpenAI',
  'OpenAI GPT and o-series models': 'OpenAI',
  Claude: 'Anthropic',
  Llama: 'Meta Platforms',
  'Meta AI': 'Meta Platforms',
  Gemini: 'Alphabet',
  Bard: 'Alphabet',
  'Google DeepMind': 'Alphabet',
  'Google TPU': 'Alphabet',
  Copilot: 'Microsoft',
  Azure: 'Microsoft',
  'Nvidia data-centre GPUs': 'Nvidia',
  CUDA: 'Nvidia',
  'AMD Instinct': 'AMD',
  'AWS Trainium': 'Amazon',
  'Amazon Web Services': 'Amazon',
};

export const ownerOf = (entity: string): string => entityOwners[entity] ?? entity;
