import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  /** pino level name. Default: `info`. */
  level?: string;
  /**
   * Where lines go. Default: stderr, so stdout stays free for data (the `--jsonl` mode); pretty
   * printed when stderr is a terminal.
   * Tests pass a stream to read what was logged.
   */
  destination?: NodeJS.WritableStream;
}

const secrets = new Set<string>();

/**
 * Registers a secret (the Discord token) so that no log line ever carries it, even inside an
 * error message or stack. Key-based redaction below covers structured fields; this covers text.
 */
export function registerSecret(secret: string | undefined): void {
  if (secret && secret.length >= 8) secrets.add(secret);
}

/**
 * Replaces every registered secret in a string, as written and as a JSON string would escape it (a log
 * line is JSON: a secret holding a quote, a backslash or a control character appears escaped there).
 */
export function scrubSecrets(text: string): string {
  let scrubbed = text;
  for (const secret of secrets) {
    scrubbed = scrubbed.split(secret).join('[redacted]');
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) scrubbed = scrubbed.split(escaped).join('[redacted]');
  }
  return scrubbed;
}

function scrubbingStream(destination: NodeJS.WritableStream): NodeJS.WritableStream {
  return {
    write(chunk: string | Uint8Array) {
      return destination.write(scrubSecrets(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')));
    },
  } as NodeJS.WritableStream;
}

/**
 * Creates the structured logger. The token is redacted by pino's own `redact` option wherever a
 * field is named for it, and any registered secret is scrubbed from every line's text.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: {
        paths: ['token', '*.token', 'config.token', 'config.discordToken', 'headers.authorization', '*.headers.authorization'],
        censor: '[redacted]',
      },
    },
    scrubbingStream(options.destination ?? humanOrMachine()),
  );
}

/** stderr as people read it when it is a terminal (pino-pretty), as JSON lines when it is not. */
function humanOrMachine(): NodeJS.WritableStream {
  return process.stderr.isTTY ? pretty({ destination: 2, sync: true, ignore: 'pid,hostname', singleLine: true }) : process.stderr;
}
