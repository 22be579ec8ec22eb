import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { APPLICATION_ID, FakeDiscord, GUILD_ID, MODERATOR_PERMISSIONS } from './fake-discord.js';
import { EPHEMERAL_FLAG } from '../../src/discord/limits.js';
import { HARBOUR_ARTICLE, HOSTILE_ARTICLE, TOKEN } from './harness.js';

/**
 * The real entry points run as child processes (`node --import tsx <file>`), each against its own
 * loopback Discord: the bot's start-up and shutdown, the deploy script, and two shards.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(): Promise<{ server: FakeDiscord; env: Record<string, string> }> {
  const server = await FakeDiscord.start();
  const corpusDir = await mkdtemp(join(tmpdir(), 'parley-process-'));
  await writeFile(join(corpusDir, 'harbour-talks.md'), HARBOUR_ARTICLE);
  cleanups.push(async () => {
    await server.close();
    await rm(corpusDir, { recursive: true, force: true });
  });
  // Every key is set (empty when unused) so a developer's own .env cannot leak into the run.
  const env = {
    DISCORD_TOKEN: TOKEN,
    DISCORD_GUILD_ID: '',
    MODERATOR_ROLE_ID: '',
    MESSAGE_CONTENT_INTENT: 'true',
    DISCORD_CLIENT_ID: APPLICATION_ID,
    DISCORD_API_URL: server.apiUrl,
    CORPUS_DIR: corpusDir,
    LOG_LEVEL: 'info',
    COOLDOWN_SECONDS: '0',
    INDEX_CACHE_DIR: 'off',
  };
  return { server, env };
}

function run(file: string, env: Record<string, string>, input?: string): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, file)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (input !== undefined) child.stdin!.end(input);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  });
  return { child, output: () => output, exited };
}

async function waitFor(check: () => boolean, what: string, output: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('npm start (index.ts)', () => {
  it('logs in with a token, answers, and exits 0 on SIGTERM without logging the token', async () => {
    const { server, env } = await setUp();
    const bot = run('index.ts', env);
    await waitFor(() => bot.output().includes('"msg":"logged in"'), 'the login', bot.output);
    expect(server.gatewayReceived.find((payload) => payload.op === 2)?.d).toMatchObject({ token: TOKEN, intents: expect.any(Number) });
    const token = server.command('who', [{ name: 'name', type: 3, value: 'Okafor' }]);
    expect((await server.response(token)).body.data.embeds[0].description).toMatch(/Samuel Okafor/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain('"msg":"discord client stopped"');
    expect(bot.output()).not.toContain(TOKEN);
  });

  it('runs the offline console when no token is set', async () => {
    const { server, env } = await setUp();
    const consoleRun = run('index.ts', { ...env, DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' }, '/who Okafor\n');
    expect(await consoleRun.exited).toBe(0);
    expect(consoleRun.output()).toMatch(/Samuel Okafor/);
    expect(server.requests).toEqual([]);
  });
});

describe('npm run deploy-commands', () => {
  it('registers the registry in the dev guild when DISCORD_GUILD_ID is set', async () => {
    const { server, env } = await setUp();
    const deploy = run('scripts/deploy-commands.ts', { ...env, DISCORD_GUILD_ID: GUILD_ID });
    expect(await deploy.exited).toBe(0);
    const put = server.requests.find((request) => request.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.body.map((command: { name: string }) => command.name)).toEqual(['who', 'quote', 'outcome', 'ask', 'sources', 'help', 'reload']);
    expect(put.body.find((command: { name: string }) => command.name === 'reload').default_member_permissions).toBe('32');
    expect(deploy.output()).toContain(`Registered 7 commands in guild ${GUILD_ID}`);
  });

  it('registers globally without a dev guild', async () => {
    const { server, env } = await setUp();
    const report = await deployCommands(loadConfig(env), commands);
    expect(report).toEqual({ names: ['who', 'quote', 'outcome', 'ask', 'sources', 'help', 'reload'], scope: 'global' });
    expect(server.requests.find((request) => request.method === 'PUT')!.path).toBe(`/applications/${APPLICATION_ID}/commands`);
  });
});

describe('npm run start:sharded', () => {
  it('runs two shards; /reload on one reloads both and reports each', async () => {
    const { server, env } = await setUp();
    const manager = run('src/discord/sharded.ts', { ...env, SHARD_COUNT: '2', SHARD_SPAWN_DELAY_MS: '100' });
    await waitFor(() => manager.output().includes('"msg":"every shard is ready"'), 'both shards', manager.output, 15_000);
    expect(server.sessions.map((session) => session.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);

    // Shard 0 has not seen this article yet; after a reload asked on shard 1 it must answer from it.
    const before = await server.response(server.command('who', [{ name: 'name', type: 3, value: 'Delgado' }], { shard: 0 }));
    expect(before.body.data.flags).toBe(EPHEMERAL_FLAG);
    await writeFile(join(env.CORPUS_DIR!, 'tenants.md'), HOSTILE_ARTICLE);

    const token = server.command('reload', [], { shard: 1, permissions: MODERATOR_PERMISSIONS });
    const edit = await server.response(token, 2, 10_000);
    expect(edit.body.embeds[0].title, edit.body.embeds[0].description).toBe('Articles reloaded');
    expect(edit.body.embeds[0].description).toMatch(
      /^Reloaded on 2 shards\.\nBefore: 1 article, \d+ passages\.\nAfter: 2 articles, \d+ passages\.\nAdded: tenants\.[\s\S]*\n\nPer shard:\nShard 0: 2 articles, \d+ passages\nShard 1: 2 articles, \d+ passages$/,
    );
    const after = await server.response(server.command('who', [{ name: 'name', type: 3, value: 'Delgado' }], { shard: 0 }));
    expect(after.body.data.embeds[0].description).toMatch(/Rosa Delgado/);

    manager.child.kill('SIGTERM');
    expect(await manager.exited).toBe(0);
    if (process.env.SHOW_OUTPUT) console.log(manager.output());
    expect(manager.output()).not.toContain(TOKEN);
  }, 20_000);
});
