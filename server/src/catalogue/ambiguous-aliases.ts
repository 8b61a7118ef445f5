/**
 * Aliases (of companies in `companies.ts` or entities in `entities.ts`) that are also ordinary
 * words or names, with the rule a tagger should apply before it counts a match. Every rule assumes
 * a case-sensitive match of the alias as written here; the context words are the minimum, not a
 * complete list.
 */
export const ambiguousAliases: Record<string, string> = {
  Arm: 'Also "arm"/"arms race": require capitalised "Arm" that is not the first word of a sentence, or chip context (chip, SoftBank, licence, Neoverse, CPU).',
  Meta: 'Also "meta" (self-referential) and the prefix "meta-": require capitalised "Meta" not followed by a hyphen, preferably with Zuckerberg, Facebook, Instagram, Llama or a Meta product.',
  Apple:
    'The fruit: require capitalised "Apple" with tech or market context (iPhone, Mac, Cupertino, Tim Cook, Siri, App Store, shares).',
  Intel:
    'Lowercase "intel" means intelligence or information: require capitalised "Intel" and reject "Intel" as the first word of a headline unless chip context follows.',
  Amazon: 'The river and rainforest: reject when followed by rainforest, river, basin or jungle.',
  Alphabet:
    'Also "alphabet": require capitalised "Alphabet" that is not the first word of a sentence.',
  Nasdaq:
    'Usually the exchange ("Nasdaq: NVDA", "Nasdaq-listed"): tag ^IXIC only for "Nasdaq Composite" or "the Nasdaq" with a move verb (fell, rose, closed, slid).',
  SPY: 'Also the word "spy": match the upper-case ticker only.',
  Gemini:
    'Also the zodiac sign, NASA programme and crypto exchange (Gemini Trust): require Google, Bard or model context.',
  Claude:
    "Also a first name: require Anthropic or model context, or 'Claude 2/3/4', 'Claude Opus/Sonnet/Haiku'.",
  Llama: 'The animal: require Meta or model context, or a version number (Llama 2, Llama 3).',
  Bard: 'Also a poet ("the Bard"): require Google or chatbot context.',
  Copilot:
    'Also a word (co-pilot): require capitalised "Copilot" with Microsoft or GitHub context.',
  Stargate:
    'Also a film and TV franchise: require OpenAI, SoftBank, Oracle or data-centre context.',
  Blackwell: 'Also a surname: require Nvidia, GPU or chip context.',
  Hopper: 'Also a surname and a word: require Nvidia, GPU or H100/H200 context.',
  Rubin: 'Also a surname: require Nvidia, GPU or chip context.',
  Instinct: 'Also a word: require AMD or an MI-series model number.',
  Mistral: 'Also the wind: require AI, model, Le Chat or Mistral AI context.',
  'Le Chat': 'French for "the cat": require Mistral or chatbot context.',
  Azure: 'Also a colour: require Microsoft or cloud context.',
  TPU: 'Also thermoplastic polyurethane: require Google, chip or AI context.',
  Trillium: 'Also a flower: require Google, TPU or chip context.',
  Ironwood: 'Also a tree and a place name: require Google, TPU or chip context.',
};
