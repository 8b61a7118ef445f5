import { describe, expect, it } from 'vitest';
import { aboutAi, articleKind } from './article-kind';

describe('articleKind', () => {
  it('tells reviews, guides and round-ups from news', () => {
    expect(articleKind('Nvidia GeForce RTX 5080 Review: The Real Splurge')).toBe('feature');
    expect(articleKind('The 25 Best Movies on Amazon Prime Right Now (December 2024)')).toBe(
      'feature',
    );
    expect(articleKind('How to Turn Off Apple Intelligence on an iPhone')).toBe('feature');
    expect(articleKind('DeepSeek: Everything you need to know about the AI chatbot app')).toBe(
      'feature',
    );
    expect(articleKind('Nvidia drops $600B off its market cap amid the rise of DeepSeek')).toBe(
      'market',
    );
    expect(articleKind('DeepSeek panic triggers tech stock sell-off')).toBe('market');
    expect(articleKind('OpenAI launches Operator')).toBe('news');
  });

  it('tells consumer-device launches from news of the AI trade', () => {
    expect(articleKind('Google unveils redesigned $499 Pixel 9a')).toBe('gadget');
    expect(articleKind('Apple 13- and 15-inch M4 MacBook Air: Price, Specs, Availability')).toBe(
      'gadget',
    );
    // A device headline that speaks of chips or AI stays news.
    expect(articleKind('Apple launches new MacBook Air with M4 chip')).toBe('news');
    expect(articleKind('Meager 8GB of RAM forces Pixel 9a to run a small Gemini AI')).toBe('news');
    expect(articleKind('I Put Nvidia’s RTX 50-Series Laptop GPU to the Test')).toBe('feature');
  });

  it('tells AI news from other company news', () => {
    expect(aboutAi({ title: 'Meta drops fact-checking', hasAiEntity: false })).toBe(false);
    expect(aboutAi({ title: 'Meta tests its own AI training chip', hasAiEntity: false })).toBe(
      true,
    );
    expect(aboutAi({ title: 'Google buys Wiz', labels: ['Cloud'], hasAiEntity: false })).toBe(true);
    expect(aboutAi({ title: 'Claude gets web search', hasAiEntity: true })).toBe(true);
  });
});
