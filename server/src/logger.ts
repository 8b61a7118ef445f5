import pino, { type Logger } from 'pino';

/** The server's logger; `destination` (standard output by default) is where its JSON lines go. */
export function createLogger(level: string, destination?: { write(line: string): void }): Logger {
  const options = { level, base: { app: 'aftershock' }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}

/** For tests and one-shot commands that must stay quiet. */
export const silentLogger: Logger = pino({ level: 'silent' });
