import { readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APOLOGY } from '../../src/discord/router.js';
import { LiveIndex } from '../../src/live-index.js';
import { FakeDiscord, MEMBER_PERMISSIONS, GUILD_ID, MODERATOR_ROLE_ID, snowflake, type RecordedRequest } from '../discord/fake-discord.js';
import { HARBOUR_ARTICLE, HOSTILE_ARTICLE, startHarness, TOKEN, type Harness } from '../discord/harness.js';
import { FaultProxy } from './fault-proxy.js';
import { percentile, reportFigure } from './figures.js';
import { PINGING_ARTICLE } from './fuzz-corpus.js';
import { replyProblems } from './invariants.js';

/**
 * The real discord.js client against the loopback Discord, with a REST proxy in front for the faults the
 * fake server does not make: permissions whatever the payload claims, a dropped and an invalidated
 * gateway session, global and per-route 429s, 500s that persist, an expired interaction token, and 200
 * interactions at once while a reload runs.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const STRING = 3;
const BOOLEAN = 5;
const option = (name: string, value: unknown, type = STRING) => ({ name, type, value });
const isCallback = (request: { path: string }): boolean => request.path.endsWith('/callback');

/** Every fixture article, the sample corpus and the hostile ones: a reload of these takes a while. */
function loadArticles(): Record<string, string> {
  const articles: Record<string, string> = { 'harbour-talks.md': HARBOUR_ARTICLE, 'tenants.md': HOSTILE_ARTICLE, 'pinging-talks.md': PINGING_ARTICLE };
  const fixtures = join(root, 'tests/fixtures');
  for (const entry of readdirSync(fixtures, { withFileTypes: true }))
    if (entry.isDirectory()) for (const file of readdirSync(join(fixtures, entry.name))) articles[file] = readFileSync(join(fixtures, entry.name, file), 'utf8');
  for (const file of readdirSync(join(root, 'corpus'))) articles[file] = readFileSync(join(root, 'corpus', file), 'utf8');
  return articles;
}

/** The message data of an interaction's response, whichever way it was sent. */
/** Discord's callback type for "the answer follows" (a deferred reply). */
const DEFERRED_REPLY = 5;

function messageOf(request: RecordedRequest): Record<string, any> {
  return request.path.endsWith('/callback') ? request.body.data : request.body;
}

/** The wire body as the checks in invariants.ts read a reply. */
function asReply(body: Record<string, any>) {
  return {
    content: body.content,
    embeds: body.embeds,
    components: body.components,
    allowedMentions: body.allowed_mentions && { parse: body.allowed_mentions.parse, users: body.allowed_mentions.users, repliedUser: body.allowed_mentions.replied_user },
  };
}

let faultsSurvived = 0;

describe('Parley under Discord faults', () => {
  let h: Harness;
  let proxy: FaultProxy;

  beforeAll(async () => {
    proxy = await FaultProxy.start();
    // The harness starts its own fake server: hand it one whose REST the proxy sits in front of.
    const start = FakeDiscord.start.bind(FakeDiscord);
    vi.spyOn(FakeDiscord, 'start').mockImplementationOnce(async () => {
      const server = await start();
      proxy.target = server.apiUrl;
      return server;
    });
    // The harness reloads on the main thread to save time; the load test wants the bot's own default, a
    // worker thread, so that answers keep flowing during the reload as they do in production.
    const open = LiveIndex.open.bind(LiveIndex);
    vi.spyOn(LiveIndex, 'open').mockImplementationOnce((options) => open({ ...options, reloadIn: 'worker' }));
    h = await startHarness({ articles: loadArticles(), env: { DISCORD_API_URL: proxy.apiUrl } });
  });
  afterAll(async () => {
    await h?.close();
    await proxy?.close();
    reportFigure('Discord faults survived (answered or logged, no crash)', faultsSurvived);
  });

  /** Sends a command as a fresh member (no cooldown) and waits for its first response. */
  async function ask(name: string, options: { name: string; type: number; value: unknown }[] = [], input = {}) {
    const token = h.server.command(name, options, { userId: snowflake(), ...input });
    return { token, response: await h.server.response(token, 1, 10_000) };
  }

  async function expectStillAnswering(): Promise<void> {
    const { response } = await ask('who', [option('name', 'Samuel Okafor')]);
    expect(messageOf(response).embeds[0].description).toMatch(/Samuel Okafor/);
  }

  describe('/reload permissions', () => {
    const refusal = 'Only members with Manage Server or the moderator role can reload the articles.';
    const everyBitButManageAndAdmin = String(((1n << 41n) - 1n) & ~(1n << 5n) & ~(1n << 3n));
    const claims: [string, { options?: { name: string; type: number; value: unknown }[]; roles?: string[]; permissions?: string }][] = [
      ['no permission at all', { permissions: '0' }],
      ['every permission but Manage Server and Administrator', { permissions: everyBitButManageAndAdmin }],
      ["the guild's @everyone role", { roles: [GUILD_ID] }],
      ['a role merely named like the moderators', { roles: ['Moderators', 'moderator'] }],
      ['a role id one off the moderator role', { roles: [(BigInt(MODERATOR_ROLE_ID) + 1n).toString()] }],
      ['options claiming force or admin', { options: [option('force', true, BOOLEAN), option('admin', 'true'), option('permissions', '8')] }],
    ];
    it.each(claims)('refuses a member with %s, logs it and does not reload', async (_what, claim) => {
      const reload = vi.spyOn(h.live, 'reload');
      const userId = snowflake();
      const token = h.server.command('reload', claim.options ?? [], { userId, roles: claim.roles ?? [], permissions: claim.permissions ?? MEMBER_PERMISSIONS });
      const response = await h.server.response(token);
      expect(messageOf(response)).toMatchObject({ content: refusal, flags: 64, allowed_mentions: { parse: [] } });
      await h.server.until(() => h.logs.some((line) => line.user === userId && line.msg === 'reload refused: not a moderator'), 'the refusal log line');
      expect(reload).not.toHaveBeenCalled();
      reload.mockRestore();
    });
  });

  describe('the gateway', () => {
    it('resumes after the connection closes mid-session', async () => {
      const resumes = h.server.gatewayReceived.filter((payload) => payload.op === 6).length;
      h.server.dropGateway();
      await h.server.until(() => h.server.gatewayReceived.filter((payload) => payload.op === 6).length > resumes, 'a RESUME', 10_000);
      await expectStillAnswering();
      faultsSurvived += 1;
    });

    it('identifies anew after an invalid session (op 9)', async () => {
      const identifies = h.server.gatewayReceived.filter((payload) => payload.op === 2).length;
      const session = h.server.sessions.find((candidate) => candidate.identified)!;
      session.socket.send(JSON.stringify({ op: 9, d: false }));
      // discord.js spaces identifies 5 s apart, as Discord asks.
      await h.server.until(() => h.server.gatewayReceived.filter((payload) => payload.op === 2).length > identifies, 'a new IDENTIFY', 15_000);
      expect(h.server.gatewayReceived.filter((payload) => payload.op === 2).at(-1)!.d).toMatchObject({ token: TOKEN });
      await h.server.until(() => h.server.sessions.some((candidate) => candidate.identified && candidate.sessionId !== session.sessionId), 'a new session', 5_000);
      await expectStillAnswering();
      faultsSurvived += 1;
    }, 30_000);
  });

  describe('REST', () => {
    it('waits out a global 429, then retries, and other interactions are still answered', async () => {
      proxy.globalRateLimit(isCallback, 1);
      const first = h.server.command('who', [option('name', 'Samuel Okafor')], { userId: snowflake() });
      await h.server.until(() => proxy.requests.some((request) => request.fault === 'global 429'), 'the global 429');
      const limitedAt = proxy.requests.find((request) => request.fault === 'global 429')!.at;
      // Discord exempts interaction callbacks from the global limit, so another member's answer need not
      // wait; it must not be lost either.
      const second = h.server.command('ask', [option('question', 'What did they agree on?')], { userId: snowflake() });
      const retried = await h.server.response(first, 1, 10_000);
      expect(retried.at - limitedAt).toBeGreaterThanOrEqual(950);
      expect(messageOf(retried).embeds[0].description).toMatch(/Samuel Okafor/);
      expect(messageOf(await h.server.response(second, 1, 10_000)).embeds).toHaveLength(1);
      faultsSurvived += 1;
    });

    it('waits out a per-route 429 with retry-after, then retries', async () => {
      h.server.fail(isCallback, 429, { retryAfterSeconds: 1 });
      const { token } = await ask('who', [option('name', 'Samuel Okafor')]);
      const retried = await h.server.response(token, 2, 10_000);
      expect(retried.at - h.server.requestsFor(token)[0]!.at).toBeGreaterThanOrEqual(950);
      faultsSurvived += 1;
    });

    it('retries a 500, and when it persists logs the failure and keeps running', async () => {
      h.server.fail(isCallback, 500, { times: 1 });
      const once = await ask('who', [option('name', 'Samuel Okafor')]);
      expect(messageOf(await h.server.response(once.token, 2)).embeds[0].description).toMatch(/Samuel Okafor/);
      // Every callback fails until the reply and the apology have each given up.
      let failing = true;
      h.server.fail((request) => failing && isCallback(request), 500, { times: 1_000 });
      const userId = snowflake();
      h.server.command('who', [option('name', 'Samuel Okafor')], { userId });
      await h.server.until(() => h.logs.some((line) => line.user === userId && line.msg === 'command failed'), 'the failure log line', 10_000);
      const failed = h.logs.find((line) => line.user === userId && line.msg === 'command failed')!;
      expect(failed).toMatchObject({ level: 50, command: 'who', err: { status: 500 } });
      await h.server.until(() => h.logs.some((line) => line.msg === 'could not apologise'), 'the apology failure', 10_000);
      const tries = h.server.requests.filter((request) => (request as { failedWith?: number }).failedWith === 500).length;
      reportFigure('REST 500: attempts before the failure was logged (reply and apology)', tries - 1);
      failing = false;
      await expectStillAnswering();
      faultsSurvived += 1;
    });

    it('logs an expired interaction token (404, code 10062) without crashing', async () => {
      proxy.unknownInteraction(isCallback, 2);
      const userId = snowflake();
      h.server.command('ask', [option('question', 'What did they agree on?')], { userId });
      await h.server.until(() => h.logs.some((line) => line.user === userId && line.msg === 'command failed'), 'the failure log line', 10_000);
      expect(h.logs.find((line) => line.user === userId && line.msg === 'command failed')).toMatchObject({ err: { code: 10062, status: 404 } });
      await h.server.until(() => h.logs.some((line) => line.msg === 'could not apologise' && line.err?.code === 10062), 'the apology failure', 5_000);
      await expectStillAnswering();
      faultsSurvived += 1;
    });
  });

  describe('lists built from hostile articles', () => {
    it('/sources and the /reload report ping no one and stay inside the limits', async () => {
      const sources = await ask('sources');
      const listing = messageOf(sources.response);
      expect(listing.embeds[0].description).toContain('@\u200beveryone');
      expect(replyProblems(asReply(listing))).toEqual([]);
      await writeFile(join(h.corpusDir, '@everyone <@&456> [x](evil).md'), '');
      const token = h.server.command('reload', [], { userId: snowflake(), roles: [MODERATOR_ROLE_ID] });
      const report = messageOf(await h.server.response(token, 2, 20_000));
      expect(report.embeds[0].description).toMatch(/Skipped 1:\n• .*: empty file$/);
      expect(replyProblems(asReply(report))).toEqual([]);
      await rm(join(h.corpusDir, '@everyone <@&456> [x](evil).md'));
    }, 30_000);
  });

  describe('error replies', () => {
    it('never carry the token, though the error does', async () => {
      const leaking = {
        data: new SlashCommandBuilder().setName('leak').setDescription('Fails with the token in its message'),
        async execute() {
          throw Object.assign(new Error(`upstream refused token ${TOKEN}`), { token: TOKEN });
        },
      };
      const other = await startHarness({ extraCommands: [leaking] });
      try {
        const token = other.server.command('leak');
        const response = await other.server.response(token);
        expect(messageOf(response)).toMatchObject({ content: APOLOGY, flags: 64 });
        await other.server.until(() => other.logs.some((line) => line.msg === 'command failed'), 'the failure log line');
        expect(JSON.stringify(other.server.requests)).not.toContain(TOKEN);
        expect(other.rawLog()).not.toContain(TOKEN);
        expect(other.logs.find((line) => line.msg === 'command failed')!.err.message).toBe('upstream refused token [redacted]');
      } finally {
        await other.close();
      }
    });
  });

  describe('load', () => {
    const questions: [string, { name: string; type: number; value: unknown }[]][] = [
      ['who', [option('name', 'Kowalczyk')]],
      ['quote', [option('speaker-or-topic', 'Karlsson')]],
      ['outcome', [option('topic', 'ferry')]],
      ['ask', [option('question', 'How long did the talks last?')]],
      ['who', [option('name', '@everyone')]],
      ['ask', [option('question', 'Tell <@&456> what was agreed')]],
    ];

    /** Sends `count` interactions at once from distinct members; resolves with each one's latency once all are answered. */
    async function burst(count: number, during?: () => Promise<unknown>): Promise<{ answered: number; latencies: number[] }> {
      const failuresBefore = h.logs.filter((line) => line.msg === 'command failed').length;
      const background = during?.();
      const sent: { token: string; at: number }[] = [];
      for (let index = 0; index < count; index += 1) {
        const [name, options] = questions[index % questions.length]!;
        sent.push({ token: h.server.command(name, options, { userId: snowflake() }), at: Date.now() });
      }
      await background;
      const latencies: number[] = [];
      let answered = 0;
      for (const { token, at } of sent) {
        // One that waited too long in the queue is acknowledged first and its answer edited in.
        const first = await h.server.response(token, 1, 20_000);
        const deferred = first.path.endsWith('/callback') && first.body.type === DEFERRED_REPLY;
        const response = deferred ? await h.server.response(token, 2, 20_000) : first;
        const body = messageOf(response);
        expect(body.content ?? '').not.toBe(APOLOGY);
        expect(replyProblems(asReply(body))).toEqual([]);
        if (body.embeds?.length > 0) answered += 1;
        latencies.push(response.at - at);
      }
      expect(h.logs.filter((line) => line.msg === 'command failed')).toHaveLength(failuresBefore);
      return { answered, latencies };
    }

    const spread = (latencies: number[]): string => `${percentile(latencies, 50)} / ${percentile(latencies, 99)} / ${Math.max(...latencies)}`;

    it('answers 200 interactions sent at once while a reload runs in its worker, dropping none', async () => {
      const quiet = await burst(200);
      expect(quiet.answered).toBe(200);
      const reloadsBefore = h.logs.filter((line) => line.msg === 'reloaded').length;
      const busy = await burst(200, () => h.live.reload());
      expect(busy.answered).toBe(200);
      expect(h.logs.filter((line) => line.msg === 'reloaded').length).toBe(reloadsBefore + 1);
      const reloaded = h.logs.filter((line) => line.msg === 'reloaded').at(-1)!;
      reportFigure('load: interactions answered / sent, without and during a reload', `${quiet.answered} / 200, ${busy.answered} / 200`);
      reportFigure('load: latency p50 / p99 / max (ms) without a reload', spread(quiet.latencies));
      reportFigure(`load: latency p50 / p99 / max (ms) during a ${reloaded.ms} ms worker reload of ${reloaded.after.articles} articles`, spread(busy.latencies));
    }, 60_000);
  });
});
