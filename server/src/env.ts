import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { defaultStudyBudget as budget } from './features/analysis/study-budget';
import { allowEntryPattern } from './http/outbound-policy';

/** The repository root: DATA_DIR and the snapshot resolve against it, whatever the cwd. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const optionalSecret = z
  .string()
  .min(16, 'must be at least 16 characters')
  .optional()
  .or(z.literal('').transform(() => undefined));

const envFields = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z
    .string()
    .min(1)
    .default('.data')
    .transform((d) => path.resolve(repoRoot, d)),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ADMIN_TOKEN: optionalSecret,
  AUTH_READ_TOKEN: optionalSecret,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  INGEST_LOCK_RETRY_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(15_000)
    .describe('With DATABASE_URL: how often a waiting server tries to take over ingestion'),
  TRUSTED_PROXIES: z.coerce
    .number()
    .int()
    .min(0)
    .max(5)
    .default(0)
    .describe('Proxies in front of the server whose X-Forwarded-For entries name the client'),
  HEADERS_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(120_000)
    .default(10_000)
    .describe('Time a client has to send its request headers'),
  REQUEST_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(600_000)
    .default(30_000)
    .describe('Time a client has to send its whole request, body included'),
  IDLE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(600_000)
    .default(30_000)
    .describe('A connection with no traffic either way for this long is closed'),
  STUDY_MAX_COST: z.coerce
    .number()
    .int()
    .min(1_000)
    .default(budget.maxCost)
    .describe('Largest study one request may ask for, in ticker-event-sessions'),
  STUDY_CLIENT_RATE: z.coerce
    .number()
    .int()
    .min(0)
    .default(budget.perClient?.refillPerSecond ?? 0)
    .describe(
      'Ticker-event-sessions a client may ask for per second, in bursts of 15 s; 0: no limit',
    ),
  STUDY_MAX_RUNNING: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(budget.maxRunning)
    .describe('Heavy studies computed at once; a few more wait, the rest get 503'),
  STUDY_DEADLINE_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(600_000)
    .default(budget.deadlineMs)
    .describe('A study still running after this long is stopped (503)'),
  SCHEDULE: z.enum(['on', 'off']).default('on').describe('Poll feeds and prices on a schedule'),
  ALLOW_PRIVATE_FEEDS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((e) => e.trim())
        .filter((e) => e !== ''),
    )
    .pipe(z.array(z.string().regex(allowEntryPattern, 'entries must be host or host:port')))
    .describe('Feed hosts (host or host:port, comma-separated) allowed on private addresses'),
});

export const envSchema = envFields.superRefine((env, ctx) => {
  // While a study waits in the queue and runs, its socket is silent: a timeout shorter than that
  // would close it before the answer (or the deadline's 503) is sent.
  const silent = budget.queueWaitMs + env.STUDY_DEADLINE_MS;
  for (const name of ['IDLE_TIMEOUT_MS', 'REQUEST_TIMEOUT_MS'] as const) {
    if (silent < env[name]) continue;
    ctx.addIssue({
      code: 'custom',
      path: ['STUDY_DEADLINE_MS'],
      message: `STUDY_DEADLINE_MS (${env.STUDY_DEADLINE_MS}) plus the ${budget.queueWaitMs} ms a study may wait in the queue must be under ${name} (${env[name]}), or the server closes the connection before the study answers: lower STUDY_DEADLINE_MS or raise ${name}`,
    });
  }
});
export type Env = z.infer<typeof envSchema>;

/** Parses the environment once; a bad value ends the process with a message naming it. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  console.error(`Invalid environment:\n${lines.join('\n')}`);
  process.exit(1);
}
