import { describe, expect, it } from 'vitest';
import { headlineForm } from './headline-form';
import { categoryOfKind, newsKind } from './news-kind';

// Headlines written for the test, each of a kind an analyst would name without hesitation.
const cases: [string, ReturnType<typeof newsKind>][] = [
  ['Nvidia fourth-quarter revenue jumps 78% on data center demand', 'results'],
  ['Oracle raises its forecast as cloud sales climb', 'results'],
  ['Intel CEO steps down after four years', 'leadership'],
  ['Microsoft names new chief executive for its AI unit', 'leadership'],
  ['Authors say OpenAI trained on pirated books, in a copyright suit', 'allegation'],
  ['Commerce Department tightens export controls on AI chips', 'measure'],
  ['EU fines Apple €1.8 billion in music streaming antitrust case', 'measure'],
  ['Judge rules Google is a monopolist in search', 'measure'],
  ['Chegg sues Google over AI summaries', 'lawsuit'],
  ['Azure outage takes down Microsoft 365 for hours', 'incident'],
  ['Google agrees to buy Wiz for $32 billion', 'deal'],
  ['Amazon plans $11 billion data center campus in Georgia', 'build-out'],
  ['Microsoft cancels data center leases', 'build-out'],
  ['Meta releases Llama 4 models', 'launch'],
  ['AMD unveils MI350 accelerator for AI data centers', 'launch'],
  ['Google’s gadgets got cheaper this week', null],
  ['The state of the chatbot wars', null],
];

describe('newsKind', () => {
  it.each(cases)('%s -> %s', (title, kind) => {
    expect(newsKind(title)).toBe(kind);
  });

  it('does not take talk about a measure, or a request for one, for the measure', () => {
    expect(newsKind('Anthropic’s CEO says US export rules are working')).toBeNull();
    expect(newsKind('Microsoft asks the administration to drop the chip export rule')).toBeNull();
    // An authority speaking is the measure.
    expect(newsKind('FTC says it will probe Microsoft over cloud bundling')).toBe('measure');
  });

  it('names a category for every kind', () => {
    expect(categoryOfKind.results).toBe('earnings');
    expect(categoryOfKind.leadership).toBe('leadership');
    expect(categoryOfKind.lawsuit).toBe('policy');
  });
});

describe('headlineForm', () => {
  it.each([
    ['Join our livestream on Nvidia’s results', 'context'],
    ['Nvidia RTX 5090 review: fast and expensive', 'context'],
    ['What is DeepSeek, and why does it matter?', 'context'],
    ['Researchers find a way to make models forget', 'context'],
    ['Anthropic plans to release a voice mode for Claude', 'context'],
    ['Nvidia shares tumble 17% as DeepSeek rattles investors', 'market'],
    ['Nvidia unveils a $3,000 desktop AI computer for researchers', 'news'],
  ])('%s -> %s', (title, form) => {
    expect(headlineForm(title)).toBe(form);
  });
});
