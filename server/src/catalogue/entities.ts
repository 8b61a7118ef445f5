import type { Entity } from '@aftershock/shared';

/** Every listed AI name that a DeepSeek-style efficiency shock repriced together. */
const aiComplex = [
  'NVDA',
  'AVGO',
  'TSM',
  'AMD',
  'MSFT',
  'GOOGL',
  'META',
  'AMZN',
  'ORCL',
  'ASML',
  'MU',
  'MRVL',
  'ARM',
  'VRT',
  'CEG',
  'VST',
  'SMCI',
];

/**
 * AI labs and products that point to listed companies. A lab points to a company only through
 * ownership or a binding commercial tie, never through mere use of its chips, so private labs
 * with no listed owner among our tickers are left out: xAI and Grok (owned by Elon Musk's private
 * xAI; its Nvidia GPU purchases make it a customer, not a proxy), and Perplexity, Character.AI,
 * Safe Superintelligence and Thinking Machines (private, no listed parent here).
 */
export const entities: Entity[] = [
  {
    name: 'OpenAI',
    aliases: ['OpenAI', 'Sam Altman'],
    tickers: ['MSFT'],
    why: 'Microsoft is its largest backer (about $13 billion since 2019) and long its exclusive cloud; after the October 2025 recapitalisation it holds about 27% of OpenAI Group PBC.',
  },
  {
    name: 'ChatGPT',
    aliases: ['ChatGPT'],
    tickers: ['MSFT'],
    why: "OpenAI's chatbot; Microsoft owns a large stake in OpenAI and serves its models through Azure.",
  },
  {
    name: 'OpenAI GPT and o-series models',
    aliases: [
      'GPT-4',
      'GPT-4 Turbo',
      'GPT-4o',
      'GPT-4.5',
      'GPT-5',
      'OpenAI o1',
      'o1-preview',
      'o1-mini',
      'OpenAI o3',
      'o3-mini',
    ],
    tickers: ['MSFT'],
    why: "OpenAI's models; Microsoft holds IP rights to them under its OpenAI agreement and ships them in Azure and Copilot.",
  },
  {
    name: 'Anthropic',
    aliases: ['Anthropic', 'Dario Amodei'],
    tickers: ['AMZN', 'GOOGL'],
    why: 'Amazon has invested $8 billion and AWS is its primary training partner (Trainium); Google has invested over $2 billion and sells it Cloud TPU capacity.',
  },
  {
    name: 'Claude',
    aliases: ['Claude'],
    tickers: ['AMZN', 'GOOGL'],
    why: "Anthropic's model family; Amazon and Google are Anthropic's big shareholders and cloud suppliers.",
  },
  {
    name: 'Llama',
    aliases: ['Llama', 'Llama 2', 'Llama 3', 'Llama 4'],
    tickers: ['META'],
    why: "Meta's open-weight model family.",
  },
  {
    name: 'Meta AI',
    aliases: ['Meta AI', 'Meta Superintelligence Labs'],
    tickers: ['META'],
    why: "Meta's assistant and AI research organisation.",
  },
  {
    name: 'Gemini',
    aliases: ['Gemini', 'Gemini Ultra', 'Gemini Pro'],
    tickers: ['GOOGL'],
    why: "Google's model family and chatbot (Bard's successor).",
  },
  {
    name: 'Bard',
    aliases: ['Bard', 'Google Bard'],
    tickers: ['GOOGL'],
    why: "Google's chatbot of 2023, renamed Gemini in February 2024.",
  },
  {
    name: 'Google DeepMind',
    aliases: ['DeepMind', 'Google DeepMind', 'Demis Hassabis'],
    tickers: ['GOOGL'],
    why: "Alphabet's AI lab.",
  },
  {
    name: 'Google TPU',
    aliases: ['TPU', 'TPUs', 'Tensor Processing Unit', 'Trillium', 'Ironwood'],
    tickers: ['GOOGL'],
    why: "Google's in-house AI accelerators, sold through Google Cloud.",
  },
  {
    name: 'Copilot',
    aliases: ['Copilot', 'Microsoft Copilot', 'GitHub Copilot', 'Microsoft 365 Copilot'],
    tickers: ['MSFT'],
    why: "Microsoft's AI assistants built on OpenAI models.",
  },
  {
    name: 'Azure',
    aliases: ['Azure', 'Azure OpenAI'],
    tickers: ['MSFT'],
    why: "Microsoft's cloud, which hosts OpenAI's training and inference.",
  },
  {
    name: 'Amazon Web Services',
    aliases: ['AWS', 'Amazon Web Services'],
    tickers: ['AMZN'],
    why: "Amazon's cloud, Anthropic's primary training partner and the largest seller of AI compute.",
  },
  {
    name: 'Nvidia data-centre GPUs',
    aliases: [
      'H100',
      'H200',
      'H20',
      'H800',
      'A100',
      'A800',
      'Hopper',
      'Blackwell',
      'GB200',
      'B200',
      'GB300',
      'Rubin',
    ],
    tickers: ['NVDA'],
    why: "Nvidia's AI accelerators (Hopper, Blackwell, Rubin generations and the China-only A800, H800 and H20).",
  },
  {
    name: 'CUDA',
    aliases: ['CUDA'],
    tickers: ['NVDA'],
    why: "Nvidia's GPU programming platform, the software moat of its chips.",
  },
  {
    name: 'AMD Instinct',
    aliases: ['Instinct', 'MI300', 'MI300X', 'MI325X', 'MI350', 'MI355X', 'MI450'],
    tickers: ['AMD'],
    why: "AMD's data-centre AI accelerators.",
  },
  {
    name: 'AWS Trainium',
    aliases: ['Trainium', 'Trainium2', 'Inferentia'],
    tickers: ['AMZN'],
    why: "Amazon's in-house AI training and inference chips.",
  },
  {
    name: 'Stargate',
    aliases: ['Stargate', 'Stargate Project'],
    tickers: ['ORCL', 'ARM', 'MSFT', 'NVDA'],
    why: 'Joint venture of OpenAI, SoftBank, Oracle and MGX announced 2025-01-21; Arm (majority-owned by SoftBank), Microsoft, Nvidia and Oracle were named the initial technology partners.',
  },
  {
    name: 'DeepSeek',
    aliases: ['DeepSeek', 'DeepSeek-R1', 'DeepSeek R1', 'DeepSeek-V3', 'DeepSeek V3'],
    tickers: aiComplex,
    why: 'Chinese lab whose cheaply trained R1 model questioned the AI spending thesis; its news moves the whole AI complex of chips, hyperscalers and power at once, as on 2025-01-27.',
  },
  {
    name: 'Mistral AI',
    aliases: ['Mistral AI', 'Mistral', 'Le Chat'],
    tickers: ['ASML'],
    why: "ASML led Mistral's EUR 1.7 billion Series C in September 2025 with EUR 1.3 billion, becoming its largest shareholder with about 11%.",
  },
];
