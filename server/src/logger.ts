import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'aftershock' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** For tests and one-shot commands that must stay quiet. */
export const silentLogger: Logger = pino({ level: 'silent' });
