import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, FakeDiscord, snowflake } from '../discord/fake-discord.js';
import { HARBOUR_ARTICLE, TOKEN } from '../discord/harness.js';
import { FaultProxy } from './fault-proxy.js';
import { reportFigure } from './figures.js';
import { PINGING_ARTICLE } from './fuzz-corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Each reply takes this long to be accepted, so that a SIGTERM finds many still in flight.
const REPLY_DELAY_MS = 400;
const INTERACTIONS = 40;

const cleanups: (() => Promise<void>)[] = [];

/** Polls `check` until it holds or `timeoutMs` passes (the caller's assertion then says what was missing). */
async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('SIGTERM while answering (tsx index.ts as npm start runs it)', () => {
  it('finishes the replies in flight, refuses none it had taken, and exits 0 within seconds', async () => {
    const server = await FakeDiscord.start();
    const proxy = await FaultProxy.start(server.apiUrl);
    const corpusDir = await mkdtemp(join(tmpdir(), 'parley-shutdown-'));
    cleanups.push(async () => {
      await proxy.close();
      await server.close();
      await rm(corpusDir, { recursive: true, force: true });
    });
    await writeFile(join(corpusDir, 'harbour-talks.md'), HARBOUR_ARTICLE);
    await writeFile(join(corpusDir, 'pinging-talks.md'), PINGING_ARTICLE);
    proxy.delay((request) => request.path.endsWith('/callback'), REPLY_DELAY_MS);

    // Every key is set, empty when unused, so a developer's own .env cannot change the run.
    const env = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: APPLICATION_ID,
      DISCORD_GUILD_ID: '',
      MODERATOR_ROLE_ID: '',
      MESSAGE_CONTENT_INTENT: 'true',
      DISCORD_API_URL: proxy.apiUrl,
      CORPUS_DIR: corpusDir,
      LOG_LEVEL: 'info',
      COOLDOWN_SECONDS: '0',
      INDEX_CACHE_DIR: 'off',
    };
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['index.ts'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: Date.now() })));
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    await waitFor(() => output.includes('"msg":"logged in"'), 20_000);
    expect(output, output).toContain('"msg":"logged in"');

    const tokens: string[] = [];
    for (let index = 0; index < INTERACTIONS; index += 1)
      tokens.push(server.command(index % 2 === 0 ? 'who' : 'ask', [{ name: index % 2 === 0 ? 'name' : 'question', type: 3, value: index % 2 === 0 ? 'Kowalczyk' : 'What did they agree on?' }], { userId: snowflake() }));
    // Wait until replies are in flight: sent to Discord, not yet accepted.
    await waitFor(() => proxy.pending >= INTERACTIONS / 4, 10_000);
    const inFlight = proxy.pending;
    expect(inFlight).toBeGreaterThanOrEqual(INTERACTIONS / 4);
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    const { code, at } = await exited;
    const shutdownMs = at - signalledAt;

    expect(code, output).toBe(0);
    expect(shutdownMs).toBeLessThan(5_000);
    // Every reply the bot started was accepted before it exited: the proxy answered them all.
    expect(proxy.pending).toBe(0);
    const lines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, any>);
    const answered = lines.filter((line) => line.msg === 'answered').length;
    const refused = lines.filter((line) => line.msg === 'refused').length;
    expect(lines.filter((line) => line.msg === 'command failed')).toEqual([]);
    expect(answered + refused).toBe(INTERACTIONS);
    for (const token of tokens) expect(server.requestsFor(token).length, `a reply for ${token}`).toBeGreaterThanOrEqual(1);
    expect(output).toContain('"msg":"discord client stopped"');
    expect(output).not.toContain(TOKEN);
    reportFigure('SIGTERM under load: replies in flight at the signal / answered / refused as shutting down', `${inFlight} / ${answered} / ${refused}`);
    reportFigure('SIGTERM under load: signal to exit 0 (ms)', shutdownMs);
  }, 60_000);
});
