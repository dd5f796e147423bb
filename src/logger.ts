import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stderr (stdout stays free for CLI output such as `--json`). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'newsgraph' } }, pino.destination(2));
}
