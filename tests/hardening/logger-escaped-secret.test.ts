import { describe, expect, it } from 'vitest';
import { registerSecret, scrubSecrets } from '../../src/logger.js';
import { captureLog } from './log-capture.js';

// Not a Discord token (those are base64url and dots), but registerSecret takes any secret: one that
// JSON must escape appears escaped in a log line, where the raw text is never found.
const SECRET = 'db-pass"with\\backslash\tand-tab';

describe('a registered secret that JSON escapes', () => {
  registerSecret(SECRET);

  it('never reaches a log line, in a message, a field or an error', () => {
    const log = captureLog();
    log.logger.info({ password: SECRET }, `connecting with ${SECRET}`);
    log.logger.error({ err: new Error(`auth failed: ${SECRET}`) }, 'auth failed');
    expect(log.lines).toHaveLength(2);
    expect(log.raw()).not.toContain(JSON.stringify(SECRET).slice(1, -1));
    expect(log.raw()).not.toContain('with\\\\backslash');
    expect(log.lines[0]).toMatchObject({ password: '[redacted]', msg: 'connecting with [redacted]' });
  });

  it('is still scrubbed from plain text as written', () => {
    expect(scrubSecrets(`a ${SECRET} b`)).toBe('a [redacted] b');
  });
});
