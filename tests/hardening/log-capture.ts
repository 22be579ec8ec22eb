import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.js';

/** A logger whose lines are kept, parsed and raw, with a hook called on each parsed line. */
export interface CapturedLog {
  logger: Logger;
  lines: Record<string, any>[];
  raw: () => string;
}

/** Creates a debug-level logger through the project's createLogger, writing into memory. */
export function captureLog(onLine?: (line: Record<string, any>) => void): CapturedLog {
  let raw = '';
  const lines: Record<string, any>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      const text = chunk.toString();
      raw += text;
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue;
        const parsed = JSON.parse(line) as Record<string, any>;
        lines.push(parsed);
        onLine?.(parsed);
      }
      callback();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines, raw: () => raw };
}
