/**
 * The words of each kind of news, as patterns over a headline (see `news-kind.ts`). Keywords are
 * plain ASCII phrases; the patterns name kinds of happening, never one story's names.
 */

// Keywords are ASCII, so ASCII word edges do: several times cheaper than Unicode ones, and
// detection reads every headline of the archive.
const w = (words: string) => new RegExp(`(?<![A-Za-z0-9])(?:${words})(?![A-Za-z0-9])`, 'i');

export const results = w(
  [
    'earnings',
    'quarterly (?:results|revenue|profits?|sales|loss)',
    '(?:first|second|third|fourth)[- ]quarter',
    'Q[1-4]',
    'fiscal (?:year|quarter|20\\d\\d)',
    'beats? (?:estimates|expectations|forecasts)',
    'miss(?:es)? (?:estimates|expectations)',
    '(?:revenue|profits?|sales|income) (?:jumps?|soars?|rises?|falls?|drops?|doubles?|triples?|grows?|surges?|slumps?|beats?|tops?|misses)',
    '(?:record|quarterly) (?:revenue|profits?|sales)',
    '(?:revenue|profits?|sales) (?:up|down) \\d+',
    '(?:raises|cuts|lowers|slashes) (?:its )?(?:forecast|guidance|outlook)',
    '(?:weak|strong|disappointing|upbeat|gloomy) (?:forecast|guidance|outlook)',
    '(?<!search |test |election |poll |benchmark )results',
  ].join('|'),
);

/** Who can take a binding measure: governments, regulators, courts, legislators. */
export const authority = w(
  [
    'government',
    'administration',
    'White House',
    'Biden',
    'Trump',
    'Congress',
    'Senate',
    'House',
    'senators?',
    'lawmakers',
    'legislators?',
    'Commerce(?: Department)?',
    'DOJ',
    'Justice Department',
    'FTC',
    'SEC',
    'FCC',
    'regulators?',
    'watchdog',
    'CMA',
    'European Commission',
    'EU',
    'Brussels',
    'UK',
    'US',
    'U\\.S\\.',
    'China',
    'Chinese',
    'Beijing',
    'Japan',
    'Korea',
    'India',
    'Taiwan',
    'states?',
    'California',
    'Texas',
    'judges?',
    'courts?',
    'jury',
    'Supreme Court',
    'attorneys? general',
    'officials',
    'Pentagon',
    'feds',
    'prosecutors',
  ].join('|'),
);

export const measure = w(
  [
    'export (?:controls?|rules?|restrictions?|curbs|bans?|licen[cs]es?)',
    'bans?',
    'banned',
    'banning',
    'blocks?',
    'blocked',
    'restricts?',
    'restrictions?',
    'curbs?',
    'sanctions?',
    'tariffs?',
    'antitrust',
    'monopol(?:y|ist|ies)',
    'probes?',
    'investigat(?:es|ing|ion)',
    'sues?',
    'sued',
    'suing',
    'lawsuit',
    'fines?',
    'fined',
    'penalt(?:y|ies)',
    'rul(?:es|ed|ing)',
    'verdict',
    'orders?',
    'ordered',
    'executive order',
    'demands?',
    'loses (?:bid|attempt|case|appeal|lawsuit|fight)',
    'wins (?:bid|case|appeal|lawsuit|fight)',
    'bill',
    'law',
    'act',
    'regulations?',
    'regulate',
    'approves?',
    'approved',
    'approval',
    'charges?',
    'charged',
    'settles?',
    'settlement',
    'subpoena',
    'entity list',
    'breaks? up',
    'break-?up',
    'divest',
    'must (?:sell|pay|stop|allow|open)',
  ].join('|'),
);

/** A court's decision is a measure whoever brought the case. */
export const litigation = w(
  'verdict|jury (?:finds|says|rules|orders|awards)|(?:judge|court) (?:rules|ruled|orders|ordered|blocks|blocked|finds|found|tosses|dismisses|rejects|approves|halts|sides)',
);

/** A suit brought by or against a company: an event when it is about AI (see story-evidence). */
export const lawsuit = w('sues|sued|suing|lawsuit|class action');

/** Asking for a measure, or talking about one, is not taking one. */
export const request = w(
  'asks?|urges?|calls? (?:for|on)|wants?|seeks?|lawsuit says|critics|petitions?|pushes back|reportedly considering',
);

/** Speech: a measure when an authority speaks ("FTC says"), talk when anyone else does. */
const speech = w('says|said|claims?|denies|argues|skewers|slams|floats|mocked|warns');

export function talkedAbout(title: string): boolean {
  const at = title.search(speech);
  return at >= 0 && !authority.test(title.slice(0, at));
}

export const allegation = w(
  [
    'copyright',
    'copyrighted',
    'infring(?:e|es|ed|ing|ement)',
    'plagiari[sz](?:e|es|ed|ing|m)',
    'distill(?:ed|ing|ation)?',
    'stole',
    'steal(?:s|ing)?',
    'pirat(?:ed|ing|es)',
    'piracy',
    'trade secrets?',
    'scrap(?:ed|ing) (?:YouTube|books|articles|news)',
    'trained on',
    'improperly (?:used|obtained|accessed)',
    'used [^.]{0,40} to train',
  ].join('|'),
);

export const incident = w(
  [
    'outages?',
    '(?:goes|went|is) down',
    'down for (?:hours|minutes|several|many|some|thousands|millions|users|\\d+)',
    'breach(?:es|ed)?',
    'hack(?:ed|ers?)?',
    'cyberattacks?',
    'vulnerabilit(?:y|ies)',
    'zero-?day',
    'exploit(?:s|ed)?',
    'flaws?',
    'recalls?',
    'data leak(?:s|ed)?',
    'leak(?:s|ed)? (?:data|passwords|secrets|credentials)',
    'exposed',
    'exposes',
    'malware',
    'ransomware',
    'crash(?:es|ed)',
    'bricked',
    'glitch',
    'disrupt(?:s|ed|ion)',
  ].join('|'),
);

export const leadership = new RegExp(
  [
    '(?<![A-Za-z])(?:CEO|chief executive|chairman|president|co-?founder|founder|chief scientist|CTO|CFO)(?![A-Za-z])[^.]{0,60}(?<![A-Za-z])(?:steps? down|stepping down|resigns?|resigned|resignation|ousted|ouster|fired|exits?|exited|departs?|departure|leaves|leaving|retires?|retiring|replaced|out|quits?|to succeed|succeeds?)(?![A-Za-z])',
    '(?<![A-Za-z])(?:names?|named|appoints?|appointed|hires?|hired|taps?|tapped|picks?|ousts?|ousted|fires?|fired)(?![A-Za-z])[^.]{0,60}(?<![A-Za-z])(?:CEO|chief executive|chief scientist|president|chairman)(?![A-Za-z])',
    String.raw`(?<![A-Za-z])(?:new|interim) (?:[A-Z][\w&-]* )?(?:CEO|chief executive)(?![A-Za-z])`,
    '(?<![A-Za-z])no longer (?:the )?(?:CEO|chief executive)(?![A-Za-z])',
    '(?<![A-Za-z])exec(?:utive)? shake-?up(?![A-Za-z])',
  ].join('|'),
  'i',
);

export const deal = w(
  [
    'acquir(?:e|es|ed|ing)',
    'acquisition',
    'buys?',
    'bought',
    'to buy',
    'merg(?:e|er|es|ing)',
    'takeover',
    'invests?',
    'invested',
    'investing',
    'investment',
    'stake',
    'funding',
    '(?:funding )?round',
    'pours?',
    'pouring',
    'raises',
    'raised',
    'backs',
    'backed',
    'backing',
    'fuels',
    'deal',
    'deals',
    'partnership',
    'partners with',
    'teams? up',
    'agreement',
    'contract',
    'licensing',
    'joint venture',
    'IPO',
    'valuation',
  ].join('|'),
);

export const buildOut = w(
  [
    'data ?cent(?:er|re)s?',
    'datacent(?:er|re)s?',
    'fabs?',
    'chip (?:plants?|factor(?:y|ies))',
    '(?:chip|semiconductor|battery|server) factor(?:y|ies)',
    'nuclear (?:power|plants?|reactors?|energy|deals?)',
    'reactors?',
    'power (?:plants?|deal|purchase)',
    'gigawatts?',
    'megawatts?',
    '\\d+ ?[GM]W',
    'capex',
    'capital (?:spending|expenditures?)',
    'AI spending',
    'spend(?:s|ing)? \\$\\d[\\w.]*',
    'spend[^.]{0,25}billions?',
    'spending (?:plans?|spree)',
    'building spree',
    'ramping up its (?:AI )?spending',
    'supercomputers?',
    'build-?out',
    'build(?:s|ing)? (?:a |an |its )?(?:new )?(?:\\$|data|AI|chip|plant|factory|fab|campus|supercomputer)',
    'CHIPS Act',
    'grants?',
  ].join('|'),
);

export const launchVerb = w(
  [
    'launch(?:es|ed|ing)?',
    'tests',
    'testing',
    '(?:now )?lets (?:you|users)',
    'unveil(?:s|ed|ing)?',
    'releas(?:e|es|ed|ing)',
    'debut(?:s|ed)?',
    'introduc(?:e|es|ed|ing)',
    'rolls? out',
    'rolling out',
    'announc(?:e|es|ed|ing)',
    'reveal(?:s|ed)? (?:its|a|an|the|new)',
    'ships?',
    'shipping',
    'open-?sourc(?:e|es|ed)',
    'now available',
    'arrives?',
    'is here',
    'shows? off',
    'takes? the wraps off',
    "(?:’s|'s) new [^.]{0,25}(?:AI|model|chip|GPU|CPU|generator|assistant|search|feature|app|API|processor|agent|tool)",
    'begins? (?:testing|rolling out|offering)',
    '(?:its|a) new (?:AI |quantum |reasoning |open )?(?:model|chip|GPU|processor)',
    'beats',
    'rivals',
    'outperforms',
    'keeps pace',
  ].join('|'),
);

/**
 * What a launch must be to be market news: an AI model, a chip or an AI product or platform, not
 * a consumer gadget or an app's button.
 */
export const launchObject = w(
  [
    'AI',
    'models?',
    'LLMs?',
    'language models?',
    'reasoning',
    'chatbots?',
    'assistants?',
    'agents?',
    'GPUs?',
    'chips?',
    'CPUs?',
    'NPUs?',
    'TPUs?',
    'processors?',
    'accelerators?',
    'superchips?',
    'supercomputers?',
    'AI PCs?',
    'open-weights?',
    'image generator',
    'video generator',
    'text-to-video',
    'GPT-?[\\w.-]*',
    'o\\d(?:-mini)?',
    'Llama ?[\\d.]+',
    'Gemini(?: [\\d.]+)?',
    'Claude(?: [\\d.]+)?',
    'Copilot',
    'Grok ?[\\d.]*',
    'Sora',
    'Blackwell',
    'Rubin',
    'Hopper',
    'H[12]\\d0',
    'B[12]\\d0',
    'MI\\d{3}X?',
    'Gaudi ?\\d?',
  ].join('|'),
);

/**
 * A versioned product name with a model or chip noun ("o3-mini reasoning model", "B200 GPU")
 * announces a launch without a verb.
 */
export const versioned =
  /(?<![A-Za-z0-9])[A-Za-z]+[- ]?\d+(?:\.\d+)?(?:-?[A-Za-z]+)?(?![A-Za-z0-9])[^.]{0,30}(?<![A-Za-z])(?:model|chips?|GPUs?|CPUs?|processors?|LLM)(?![A-Za-z])/i;
