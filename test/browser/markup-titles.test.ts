import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserRig,
  browserSuiteName,
  chartDrawn,
  eventually,
  openPage,
  skipBrowser,
  startRig,
} from '../support/browser';

let rig: BrowserRig;
const eventTitle = 'Chip rumour <img src=x onerror=alert(1)> <script>alert(2)</script>';
const articleTitle = '<img src=x onerror=alert(3)> feed item <script>alert(4)</script>';
const id = 'user-markup-in-titles-2025-02-03';

describe.skipIf(skipBrowser)(
  browserSuiteName('titles with markup render as text'),
  { timeout: 90_000 },
  () => {
    beforeAll(async () => {
      rig = await startRig();
      const db = rig.deps.store.db;
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('events')
          .values({
            id,
            title: eventTitle,
            summary: '<b>bold?</b>',
            category: 'model-launch',
            occurred_at: '2025-02-03T15:00:00.000Z',
            day_only: false,
            origin: 'user',
            sources: '[]',
            weight: 1,
            reason: 'test',
            linked_event_id: null,
          })
          .execute();
        await trx.insertInto('event_tickers').values({ event_id: id, ticker: 'NVDA' }).execute();
        await trx
          .insertInto('articles')
          .values({
            id: 'markup-article',
            feed_id: 'test-feed',
            url: 'https://example.com/a',
            title: articleTitle,
            published_at: '2025-02-03T14:00:00.000Z',
            date_estimated: false,
            first_seen_at: '2025-02-03T14:05:00.000Z',
            source: 'Test feed',
            categories: '[]',
            also_in: '[]',
            topics: '[]',
          })
          .execute();
        await trx
          .insertInto('event_articles')
          .values({ event_id: id, article_id: 'markup-article' })
          .execute();
      });
    }, 180_000);
    afterAll(() => rig?.close());

    it('shows the titles literally on the timeline, the hover card and the event page', async () => {
      const { page, close } = await openPage(rig);
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.goto(`${rig.baseUrl}/?tickers=NVDA&origin=user`);
      await chartDrawn(page);
      const link = page.locator(`.event-list li[data-event-id="${id}"] a`);
      expect(await link.textContent()).toBe(eventTitle);
      await page.locator(`.event-marker[data-event-id="${id}"]`).focus();
      await eventually(() => page.getByTestId('marker-card').locator('strong').textContent()).toBe(
        eventTitle,
      );
      expect(await page.locator('.news-list').textContent()).toContain(articleTitle);

      await link.click();
      await eventually(() => page.getByTestId('event-title').textContent()).toBe(eventTitle);
      expect(await page.getByTestId('articles').textContent()).toContain(articleTitle);
      expect(await page.locator('.summary').textContent()).toBe('<b>bold?</b>');
      // Nothing the titles spell out became an element, and nothing ran.
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('#root script, #root b:text("bold?")').count()).toBe(0);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      await close();
    });
  },
);
