import { describe, expect, it } from 'vitest';
import { ambiguousAliases } from '../../catalogue/ambiguous-aliases';
import { entities } from '../../catalogue/entities';
import { entityRules } from './entity-rules';
import { createTagger, tickersOf } from './tagging';

const tagger = createTagger();
const tickers = (title: string, snippet = '', labels: string[] = []) =>
  tickersOf(tagger.tag({ title, snippet, labels }));
const names = (title: string, snippet = '') =>
  tagger.tag({ title, snippet }).tags.map((t) => t.entity);

describe('entity tagging', () => {
  it('has a rule for every ambiguous alias of the catalogue', () => {
    expect(Object.keys(ambiguousAliases).filter((a) => !entityRules[a])).toEqual([]);
  });

  it('records the text it matched, the entity and the tickers', () => {
    const [tag] = tagger.tag({ title: 'Nvidia’s new chip ships' }).tags;
    expect(tag).toMatchObject({ entity: 'Nvidia', matched: 'Nvidia', tickers: ['NVDA'] });
    expect(tag?.field).toBe('title');
  });

  it('points an AI lab to the listed companies behind it', () => {
    const deepseek = entities.find((e) => e.name === 'DeepSeek')?.tickers ?? [];
    expect(deepseek).toContain('NVDA');
    expect(tickers('DeepSeek displaces ChatGPT as the App Store’s top app')).toEqual(
      [...new Set([...deepseek, 'MSFT'])].sort(),
    );
    expect(tickers('Anthropic launches a new AI model')).toEqual(['AMZN', 'GOOGL']);
  });

  it('matches on word boundaries only', () => {
    expect(tickers('ANVIDIAN is not a company')).toEqual([]);
    expect(names('Nvidia ships the H200')).toEqual(['Nvidia', 'Nvidia data-centre GPUs']);
    expect(names('Shipments of H20s to China')).toEqual([]);
  });

  it('prefers the longest name at a position', () => {
    expect(names('Google DeepMind unveils a weather model')).toEqual(['Google DeepMind']);
    expect(names('Microsoft 365 Copilot gets agents')).toEqual(['Copilot']);
  });

  it('matches model names in any case, others as written', () => {
    expect(names('OpenAI’s o3-Mini Is a Leaner AI Model')).toEqual([
      'OpenAI',
      'OpenAI GPT and o-series models',
    ]);
    expect(names('an oracle of delphi')).toEqual([]);
  });
});

describe('subsidiaries and roles', () => {
  it('points a subsidiary to its parent', () => {
    expect(tickers('LinkedIn passes $2B in premium revenue in 12 months')).toEqual(['MSFT']);
    expect(tickers('Instagram may spin off Reels into a separate app')).toEqual(['META']);
    expect(tickers('Twitch is letting more streamers access its monetization tools')).toEqual([
      'AMZN',
    ]);
    expect(
      tickers('Company claims price hike drove it from VMware to an open source rival'),
    ).toEqual(['AVGO']);
    expect(tickers('Waymo expands its robotaxis to Austin')).toEqual(['GOOGL']);
    // AWS is Amazon's cloud, an AI entity like Azure.
    expect(names('AWS pledges to spend $5B in Mexico')).toEqual(['Amazon Web Services']);
    expect(tickers('AWS pledges to spend $5B in Mexico')).toEqual(['AMZN']);
  });

  it('leaves out a company named only as a former employer or a backer', () => {
    expect(tickers('Former Intel CEO Pat Gelsinger joins Gloo')).toEqual([]);
    expect(tickers('TSMC’s pledge won’t resurrect US chipmaking, says Intel’s ex-CEO')).toEqual([
      'TSM',
    ]);
    expect(tickers('Founded by DeepMind alumnus, Latent Labs launches with $50M')).toEqual([]);
    expect(tickers('Google-backed Pixxel launches a satellite constellation')).toEqual([]);
    expect(tickers('Robot start-up backed by Nvidia raises $50M')).toEqual([]);
    expect(tickers('Intel CEO Pat Gelsinger leaves')).toEqual(['INTC']);
    expect(tickers('Google backs Pixxel')).toEqual(['GOOGL']);
    expect(tickers('Tata acquires 60% stake in Apple partner Pegatron’s India unit')).toEqual([]);
    expect(tickers('Nvidia rival AMD launches a chip')).toEqual(['AMD']);
    expect(tickers('Nvidia partners leak next-gen RTX 50-series GPUs')).toEqual(['NVDA']);
  });
});

describe('ambiguous names', () => {
  it('Arm: the chip designer, not a limb or a weapon', () => {
    expect(tickers('Arm is launching its own chip this year with Meta as a customer')).toEqual([
      'ARM',
      'META',
    ]);
    expect(tickers('Stability AI optimized its model to run on Arm chips')).toEqual(['ARM']);
    expect(tickers('Nomagic picks up $44M for its AI-powered robotic arms')).toEqual([]);
    expect(tickers('The Best Robot Arm We Tested Picks Up Eggs Gently')).toEqual([]);
    expect(tickers('Arm wrestling returns to the Olympics')).toEqual([]);
  });

  it('Meta: the company, not the prefix', () => {
    expect(tickers('Meta drops fact-checking')).toEqual(['META']);
    expect(tickers('A meta-analysis of sleep studies')).toEqual([]);
    expect(tickers('Meta-analysis of AI benchmarks finds flaws')).toEqual([]);
    expect(tickers('Meta-owned WhatsApp adds AI stickers')).toEqual(['META']);
  });

  it('Apple: the company, not the fruit', () => {
    expect(tickers('Apple launches new MacBook Air with M4 chip')).toEqual(['AAPL']);
    expect(tickers('Apple pie sales soar in autumn')).toEqual([]);
    expect(tickers('Why the Big Apple banned e-bikes')).toEqual([]);
    expect(tickers('an apple a day')).toEqual([]);
  });

  it('Intel: the chipmaker, not intelligence', () => {
    expect(tickers('Intel delays its Ohio chip factory to 2030')).toEqual(['INTC']);
    expect(tickers('Intel’s CEO is no longer CEO')).toEqual(['INTC']);
    expect(tickers('Intel Officials Warned Police About Hostile Drones')).toEqual([]);
    expect(tickers('Before Las Vegas, Intel Analysts Warned of AI Bomb Makers')).toEqual([]);
    expect(tickers('New intel on the rebels')).toEqual([]);
  });

  it('Amazon: the company, not the river', () => {
    expect(tickers('This Tropical Virus Is Spreading Out of the Amazon to the US')).toEqual([]);
    expect(tickers('Fires in the Amazon rainforest')).toEqual([]);
    expect(tickers('Amazon unveils Alexa+')).toEqual(['AMZN']);
  });

  it('product names that are also words need their context', () => {
    expect(tickers('Gemini exchange settles with regulators over bitcoin lending')).toEqual([]);
    expect(tickers('Gemini 2.0 can generate images')).toEqual(['GOOGL']);
    expect(tickers('Claude Monet painting sells for $70M')).toEqual([]);
    expect(tickers('Claude 3.7 Sonnet debuts with extended thinking')).toEqual(['AMZN', 'GOOGL']);
    expect(tickers('Stargate SG-1 cast reunites')).toEqual([]);
    expect(tickers('Stargate will use solar to power $100B AI venture')).toContain('ORCL');
  });

  it('explains why an ambiguous name was accepted', () => {
    const arm = tagger.tag({ title: 'Arm to start making server CPUs in-house' }).tags[0];
    expect(arm?.why).toMatch(/CPUs?/);
  });
});

describe('feed labels and sector themes', () => {
  it('tags a catalogue name the feed files the story under', () => {
    const tag = tagger.tag({ title: 'A Chinese model rivals o1', labels: ['deepseek'] }).tags;
    expect(tag.map((t) => [t.entity, t.field])).toContainEqual(['DeepSeek', 'label']);
  });

  it('points chip export policy to the semiconductor index', () => {
    expect(tickers('Biden administration proposes new restrictions on exporting AI chips')).toEqual(
      ['^SOX'],
    );
    expect(tickers('Apple launches a new iPad Air with M3 chip')).toEqual(['AAPL']);
  });
});

describe('categories', () => {
  const top = (title: string, labels: string[] = []) =>
    tagger.tag({ title, labels }).topics[0]?.category ?? null;

  it('names the kind of news from the title, explainably', () => {
    expect(top('China opens antitrust probe into Nvidia')).toBe('policy');
    expect(top('Apple quarterly revenue increases, even as China sales decline 11%')).toBe(
      'earnings',
    );
    expect(top('Exposed DeepSeek Database Revealed Chat Prompts and Internal Data')).toBe(
      'security',
    );
    expect(top('Sacks says DeepSeek distilled OpenAI’s models')).toBe('ip-allegation');
    expect(top('Google buys Wiz for $32B')).toBe('deal');
    expect(top('Microsoft cancels some of its AI data center leases')).toBe('infrastructure');
    expect(top('OpenAI announces o3 and o3-mini, its next reasoning models')).toBe('model-launch');
  });

  it('needs more than one weak word', () => {
    expect(top('AI is burying company web sites in search results')).toBeNull();
    expect(top('AMD pulls up the release of its data center GPUs', ['earnings'])).toBe('earnings');
  });

  it('lists the words behind a category', () => {
    const [topic] = tagger.tag({ title: 'China opens antitrust probe into Nvidia' }).topics;
    expect(topic?.matched).toEqual(expect.arrayContaining(['antitrust', 'probe', 'china']));
  });
});
