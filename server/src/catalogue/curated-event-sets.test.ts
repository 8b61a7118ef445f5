import { describe, expect, it } from 'vitest';
import { curatedEventSets } from './curated-event-sets';
import { curatedEvents } from './curated-events';

describe('the curated event sets', () => {
  it('name only catalogue events, each once, under distinct ids', () => {
    const ids = new Set(curatedEvents.map((e) => e.id));
    for (const set of curatedEventSets) {
      expect(set.eventIds.filter((id) => !ids.has(id))).toEqual([]);
      expect(new Set(set.eventIds).size).toBe(set.eventIds.length);
    }
    expect(new Set(curatedEventSets.map((s) => s.id)).size).toBe(curatedEventSets.length);
  });
});
