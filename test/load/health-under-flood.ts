import { newDataDir } from '../crash/crash-rig';
import { startServerProcess } from '../support/server-process';

export interface FloodFigures {
  /** Median and slowest /api/health answer, idle and under the flood, in ms. */
  idleMedianMs: number;
  floodMedianMs: number;
  floodSlowestMs: number;
  /** Heatmap answers during the flood, by status. */
  floodStatuses: Record<string, number>;
  healthStatuses: Record<string, number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function timedHealth(url: string, statuses: Record<string, number>): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/api/health`);
  await res.arrayBuffer();
  statuses[res.status] = (statuses[res.status] ?? 0) + 1;
  return performance.now() - started;
}

/**
 * The attack of issue 16 against the real server with its default compute budget: `clients`
 * loops, no token, each asking for heavy heatmaps (every stored ticker x every curated event,
 * the event window [-1, +1] alone, estimation from [-500, -11] to [-699, -11]: 27 x 45 x 493 to
 * 27 x 45 x 692 ticker-event-sessions, under the limit of 1,000,000) for `seconds`, while
 * /api/health is timed one request at a time. The same health requests are timed on the idle
 * server first, so the figure is a ratio. Each loop is a client of its own (one trusted proxy,
 * its own X-Forwarded-For), so both limits run: each client's cost bucket (429) and two heavy
 * studies at a time with a short queue (503). Every request is a new study: a repeated one is
 * answered from the cache, free.
 */
export async function runHealthUnderFlood(options: {
  clients: number;
  seconds: number;
}): Promise<FloodFigures> {
  const data = await newDataDir();
  const server = await startServerProcess({
    DATA_DIR: data.dir,
    DATABASE_URL: '',
    SCHEDULE: 'off',
    TRUSTED_PROXIES: '1',
  });
  try {
    const healthStatuses: Record<string, number> = {};
    for (let i = 0; i < 5; i++) await timedHealth(server.url, healthStatuses);
    const idle: number[] = [];
    for (let i = 0; i < 50; i++) idle.push(await timedHealth(server.url, healthStatuses));
    const companies = (await (await fetch(`${server.url}/api/companies`)).json()) as {
      companies: { ticker: string }[];
    };
    const tickers = companies.companies.map((c) => c.ticker).join(',');
    let sent = 0;
    const path = () =>
      `/api/heatmap?tickers=${tickers}&estimation=-${500 + (sent++ % 200)},-11&pre=1&post=1&windows=-1,1`;
    const floodStatuses: Record<string, number> = {};
    const until = performance.now() + options.seconds * 1000;
    const flood = Array.from({ length: options.clients }, async (_, i) => {
      const headers = { 'x-forwarded-for': `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}` };
      while (performance.now() < until) {
        const res = await fetch(`${server.url}${path()}`, { headers });
        await res.arrayBuffer();
        floodStatuses[res.status] = (floodStatuses[res.status] ?? 0) + 1;
      }
    });
    const underFlood: number[] = [];
    while (performance.now() < until)
      underFlood.push(await timedHealth(server.url, healthStatuses));
    await Promise.all(flood);
    requireFlood(floodStatuses);
    return {
      idleMedianMs: median(idle),
      floodMedianMs: median(underFlood),
      floodSlowestMs: Math.max(...underFlood),
      floodStatuses,
      healthStatuses,
    };
  } finally {
    await server.stop('SIGTERM');
    data.dispose();
  }
}

/** Throws unless the flood was the attack: heavy studies refused by both limits, nothing else. */
function requireFlood(statuses: Record<string, number>): void {
  const odd = Object.keys(statuses).filter((s) => !['200', '429', '503'].includes(s));
  const missing = ['429', '503'].filter((s) => !statuses[s]);
  if (odd.length === 0 && missing.length === 0) return;
  throw new Error(
    `the heatmap flood did not flood (statuses ${JSON.stringify(statuses)}): ${odd.length > 0 ? `unexpected ${odd.join(', ')} (a 400 is a request over the cost limit)` : ''}${missing.length > 0 ? ` no ${missing.join(' and no ')}` : ''}`,
  );
}
