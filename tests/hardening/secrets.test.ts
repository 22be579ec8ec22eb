import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { describeReload } from '../../src/discord/reload.js';
import { LiveIndex } from '../../src/live-index.js';
import { registerSecret } from '../../src/logger.js';
import { HARBOUR_ARTICLE, TOKEN } from '../discord/harness.js';
import { reportFigure } from './figures.js';
import { captureLog } from './log-capture.js';

/** The token's three parts: none may show alone either (a log cut in the middle would still leak it). */
const TOKEN_PARTS = TOKEN.split('.');

let leaks = 0;
let linesChecked = 0;

function expectNoToken(text: string): void {
  if (text.includes(TOKEN) || text.includes(TOKEN_PARTS[2]!)) leaks += 1;
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(TOKEN_PARTS[2]);
}

/** Checks every line of a log, counting them for the figure. */
function expectNoTokenInLog(raw: string): void {
  for (const line of raw.split('\n').filter(Boolean)) {
    linesChecked += 1;
    expectNoToken(line);
  }
}

afterAll(() => {
  reportFigure('token leaks in log lines carrying it by force', `${leaks} in ${linesChecked} lines`);
});

describe('the token in logs', () => {
  registerSecret(TOKEN);

  it('never reaches a log line, whether in a message, a stack, a cause or a structured field', () => {
    const log = captureLog();
    const { logger } = log;
    const withToken = new Error(`login failed for token ${TOKEN}`);
    const wrapped = new Error('could not start', { cause: withToken });
    const decorated = Object.assign(new Error('request failed'), { config: { token: TOKEN }, requestBody: { json: { token: TOKEN } }, url: `https://discord.com/api?token=${TOKEN}` });
    logger.error({ err: withToken }, 'login failed');
    logger.error({ err: wrapped }, 'start-up failed');
    logger.error({ err: decorated }, 'request failed');
    logger.error(withToken);
    logger.fatal({ err: withToken }, `fatal: ${TOKEN}`);
    logger.info({ token: TOKEN }, 'field named token');
    logger.info({ config: { token: TOKEN, discordToken: TOKEN } }, 'config');
    logger.info({ headers: { authorization: `Bot ${TOKEN}` } }, 'headers');
    logger.info({ request: { headers: { authorization: `Bot ${TOKEN}` } } }, 'nested headers');
    logger.info({ a: { b: { c: { d: TOKEN } } } }, 'deep field');
    logger.info({ list: [TOKEN, { token: TOKEN }] }, 'array');
    logger.warn('printf %s and %o', TOKEN, { token: TOKEN });
    logger.child({ token: TOKEN, bound: TOKEN }).warn('child logger bindings');
    logger.info(`${TOKEN}${TOKEN}`);
    expect(log.lines).toHaveLength(14);
    expectNoTokenInLog(log.raw());
    expect(log.raw()).toContain('[redacted]');
    expect(log.lines[0]!.err.message).toBe('login failed for token [redacted]');
  });

  it('never reaches a log line from the reload worker thread, whose own logger knows no secret', async () => {
    // A folder named after the token makes the worker's error carry it: the line is relogged here.
    const parent = await mkdtemp(join(tmpdir(), 'parley-secret-'));
    const dir = join(parent, TOKEN);
    await mkdir(dir);
    await writeFile(join(dir, 'harbour-talks.md'), HARBOUR_ARTICLE);
    await writeFile(join(dir, 'empty.md'), '');
    try {
      const log = captureLog();
      const live = await LiveIndex.open({ corpusDir: dir, logger: log.logger, cacheDir: false, reloadIn: 'worker' });
      await live.reload();
      await rm(dir, { recursive: true });
      const failure = await live.reload().catch((error: Error) => error);
      // The error itself carries the token (it is the folder's name); its log line must not.
      expect(String(failure)).toContain(TOKEN);
      expect(log.lines.some((line) => line.msg === 'reload failed; the previous index keeps serving')).toBe(true);
      expect(log.lines.some((line) => line.msg === 'corpus: skipped "empty.md": empty file')).toBe(true);
      expectNoTokenInLog(log.raw());
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});

describe('the token in replies and crash output', () => {
  // Config errors are written to stderr by the entry point before the logger (and its scrubbing) exists.
  it('a config error never echoes the token, even when it was pasted under the wrong key', () => {
    const error = (() => {
      try {
        loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: TOKEN });
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('loadConfig accepted a token as the client id');
    })();
    expect(error.message).toMatch(/^config: DISCORD_CLIENT_ID must be a Discord id/);
    expect(error.message).not.toContain(TOKEN);
  });

  // An error names a rejected value only when it is short; a token is far longer than that.
  it('a config error never echoes the token, whichever key it was pasted under', () => {
    const keys = ['DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'MODERATOR_ROLE_ID', 'LOG_LEVEL', 'COOLDOWN_SECONDS', 'DISCORD_API_URL', 'MESSAGE_CONTENT_INTENT', 'SHARD_COUNT', 'SHARD_SPAWN_DELAY_MS'];
    const echoing = keys.filter((key) => {
      try {
        loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '1100000000000000001', [key]: TOKEN });
        return false;
      } catch (error) {
        const message = (error as Error).message.toLowerCase();
        return message.includes(TOKEN.toLowerCase());
      }
    });
    expect(echoing).toEqual([]);
  });

  it("a failed reload's report to the moderator never shows the token its reason carries", () => {
    const report = describeReload([{ shard: 0, ok: false, reason: `corpus: cannot read folder "/srv/${TOKEN}": ENOENT` }]);
    expect(report).toMatch(/^Reload failed; the previous index keeps answering\./);
    expect(report).not.toContain(TOKEN);
  });
});
