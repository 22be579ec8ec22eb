import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GatewayIntentBits, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EPHEMERAL_FLAG,
  MAX_CHOICE_LENGTH,
  MAX_CHOICES,
  MAX_CONTENT,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_EMBEDS_PER_MESSAGE,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
} from '../../src/discord/limits.js';
import { EMPTY_MENTION_HINT, INTENT_HINT } from '../../src/discord/mention.js';
import { embedLength } from '../../src/discord/reply.js';
import { APOLOGY, SHUTTING_DOWN } from '../../src/discord/router.js';
import { loadConfig } from '../../src/config.js';
import { startBot } from '../../src/discord/client.js';
import { createLogger } from '../../src/logger.js';
import { APPLICATION_ID, CHANNEL_ID, FakeDiscord, GUILD_ID, MODERATOR_PERMISSIONS, MODERATOR_ROLE_ID, snowflake, type RecordedRequest } from './fake-discord.js';
import { HARBOUR_ARTICLE, startHarness, TOKEN, type Harness } from './harness.js';

const STRING = 3;
const BOOLEAN = 5;
const USER = 6;
const option = (name: string, value: unknown, type = STRING) => ({ name, type, value });

// Interaction callback types Discord defines.
const CHANNEL_MESSAGE = 4;
const DEFERRED_CHANNEL_MESSAGE = 5;
const UPDATE_MESSAGE = 7;
const AUTOCOMPLETE_RESULT = 8;

/** Checks a message body against every Discord limit and the no-mention rule; returns its first embed. */
function expectSafeMessage(body: Record<string, any>): Record<string, any> {
  expect(body.allowed_mentions?.parse).toEqual([]);
  if (body.content !== undefined) expect(body.content.length).toBeLessThanOrEqual(MAX_CONTENT);
  const embeds: Record<string, any>[] = body.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(MAX_EMBEDS_PER_MESSAGE);
  expect(embeds.reduce((sum, embed) => sum + embedLength(embed as never), 0)).toBeLessThanOrEqual(MAX_EMBED_TOTAL);
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_TITLE);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_FIELDS);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(MAX_FIELD_NAME);
      expect(field.value.length).toBeLessThanOrEqual(MAX_FIELD_VALUE);
    }
  }
  return embeds[0] ?? {};
}

/** The message data of an interaction's response, whichever way it was sent. */
function messageOf(request: RecordedRequest): Record<string, any> {
  return request.path.endsWith('/callback') ? request.body.data : request.body;
}

describe('Parley on discord.js against a loopback Discord', () => {
  let h: Harness;
  const send = async (name: string, options: { name: string; type: number; value: unknown }[] = [], input = {}) => {
    const token = h.server.command(name, options, input);
    return { token, response: await h.server.response(token) };
  };

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('answer commands', () => {
    it('/who answers with an embed citing the article, visible to the channel, pinging no one', async () => {
      const { response } = await send('who', [option('name', 'Kowalczyk')]);
      expect(response.body.type).toBe(CHANNEL_MESSAGE);
      const message = messageOf(response);
      expect(message.flags ?? 0).toBe(0);
      const embed = expectSafeMessage(message);
      expect(embed.description).toMatch(/Marta Kowalczyk/);
      expect(embed.fields[0].name).toMatch(/^Harbour workers and port authority agree pay deal after week of talks · ¶ \d+$/);
      expect(embed.fields.map((field: { value: string }) => field.value).join('\n')).toMatch(/chief negotiator/);
      expect(embed.fields[0].value).toContain('[Source](https://example.com/news/harbour-talks)');
    });

    it('defers first when the interaction already waited long, then edits the answer in', async () => {
      // Discord drops a reply that comes over 3 s after the interaction: a late one is acknowledged at once.
      const { token, response } = await send('who', [option('name', 'Kowalczyk')], { ageMs: 2_000 });
      expect(response.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: 0 } });
      const edit = await h.server.response(token, 2);
      expect(edit.path).toMatch(/\/messages\/@original$/);
      expect(expectSafeMessage(edit.body).description).toMatch(/Marta Kowalczyk/);
    });

    it('/who with an unknown name replies only to the asker, with the message and suggestions', async () => {
      const { response } = await send('who', [option('name', 'Kowalczik')]);
      const message = messageOf(response);
      expect(message.flags).toBe(EPHEMERAL_FLAG);
      const embed = expectSafeMessage(message);
      expect(embed.description).toMatch(/Try: .*Marta Kowalczyk/);
    });

    it('/quote gives the verbatim words in quotes with the speaker', async () => {
      const { response } = await send('quote', [option('speaker-or-topic', 'Okafor')]);
      const embed = expectSafeMessage(messageOf(response));
      expect(embed.fields[0].value).toMatch(/^“We are glad the cranes are moving again,”\n— Samuel Okafor\n\[Source\]/);
    });

    it('/outcome without a topic lists what was agreed and what was not', async () => {
      const { response } = await send('outcome');
      const embed = expectSafeMessage(messageOf(response));
      const values = embed.fields.map((field: { value: string }) => field.value).join('\n');
      expect(values).toMatch(/outcome: agreed/);
      expect(values).toMatch(/outcome: not agreed/);
    });

    it('/ask answers a free question from the articles', async () => {
      const { response } = await send('ask', [option('question', 'When will the terminal reopen?')]);
      const embed = expectSafeMessage(messageOf(response));
      expect(embed.fields.map((field: { value: string }) => field.value).join('\n')).toMatch(/Monday morning/);
    });

    it('hide makes the answer ephemeral (flag 64)', async () => {
      const { response } = await send('who', [option('name', 'Okafor'), option('hide', true, BOOLEAN)]);
      expect(messageOf(response).flags).toBe(EPHEMERAL_FLAG);
    });

    it('target points the answer at one member, the only mention allowed', async () => {
      const target = snowflake();
      const { response } = await send('who', [option('name', 'Okafor'), option('target', target, USER)]);
      const message = messageOf(response);
      expect(message.content).toBe(`<@${target}>`);
      expect(message.allowed_mentions).toEqual({ parse: [], users: [target], replied_user: false });
    });

    it('/sources lists the loaded articles with their link', async () => {
      const { response } = await send('sources');
      const embed = expectSafeMessage(messageOf(response));
      expect(embed.title).toBe('Sources (2)');
      expect(embed.description).toContain('[link](https://example.com/news/harbour-talks)');
    });

    it('/help describes every registered command, from the registry it was handed', async () => {
      const { response } = await send('help');
      const message = messageOf(response);
      expect(message.flags).toBe(EPHEMERAL_FLAG);
      const embed = expectSafeMessage(message);
      for (const name of ['who name', 'quote speaker-or-topic', 'outcome [topic]', 'ask question', 'sources', 'help', 'reload']) {
        expect(embed.description).toContain(`**/${name}**`);
      }
    });

    it('writes one structured log line per command', async () => {
      const user = snowflake();
      const { token } = await send('who', [option('name', 'Okafor')], { userId: user });
      await h.server.response(token);
      await h.server.until(() => h.logs.some((line) => line.user === user), 'the log line');
      const line = h.logs.find((entry) => entry.user === user)!;
      expect(line).toMatchObject({ command: 'who', guild: GUILD_ID, user, found: true, msg: 'answered' });
      expect(typeof line.ms).toBe('number');
    });

    it('refuses a second command inside the cooldown, ephemerally', async () => {
      const user = snowflake();
      await send('sources', [], { userId: user });
      const { response } = await send('sources', [], { userId: user });
      expect(messageOf(response)).toMatchObject({ content: expect.stringMatching(/^Easy — you can ask again in [1-3] s\.$/), flags: EPHEMERAL_FLAG });
    });
  });

  describe('article text is neutralised', () => {
    it('cannot ping @everyone, a member or a role, nor break the layout with markdown', async () => {
      const { response } = await send('quote', [option('speaker-or-topic', 'Delgado')]);
      const message = messageOf(response);
      const embed = expectSafeMessage(message);
      expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
      const text = JSON.stringify(embed);
      expect(text).not.toMatch(/@everyone|@here|<@123>|<@&456>/);
      expect(embed.fields[0].value).toContain(
        'Tell @\u200beveryone and @\u200bhere that <\u200b@123> and <\u200b@&456> voted for \\*\\*the rent rise\\*\\* and \\_\\_nothing\\_\\_ else',
      );
    });
  });

  describe('autocomplete', () => {
    it('offers people from the index for /who, at most 25 of at most 100 characters, quickly', async () => {
      const started = Date.now();
      const token = h.server.autocomplete('who', 'name', 'Kow');
      const response = await h.server.response(token);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(response.body.type).toBe(AUTOCOMPLETE_RESULT);
      const { choices } = response.body.data as { choices: { name: string; value: string }[] };
      expect(choices.map((choice) => choice.name)).toContain('Marta Kowalczyk');
      expect(choices.length).toBeLessThanOrEqual(MAX_CHOICES);
      for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(MAX_CHOICE_LENGTH);
    });

    it('offers articles and topics for /outcome', async () => {
      const token = h.server.autocomplete('outcome', 'topic', '');
      const { choices } = (await h.server.response(token)).body.data as { choices: { name: string }[] };
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(MAX_CHOICES);
      expect(choices.some((choice) => /Harbour workers/.test(choice.name))).toBe(true);
    });

    it('still answers free text that matches no choice', async () => {
      const { response } = await send('outcome', [option('topic', 'pension scheme')]);
      expect(expectSafeMessage(messageOf(response)).fields.map((field: { value: string }) => field.value).join('\n')).toMatch(/pension/);
    });
  });

  describe('pagination', () => {
    it('"More" shows the next page of citations in place', async () => {
      const { response } = await send('quote', [option('speaker-or-topic', 'Kowalczyk')]);
      const message = messageOf(response);
      const first = expectSafeMessage(message);
      expect(first.footer.text).toMatch(/^Page 1\/2 · \d+ citations$/);
      const more = message.components[0].components.find((button: { label: string }) => button.label.startsWith('More'));
      const token = h.server.button(more.custom_id, h.server.message(message));
      const update = await h.server.response(token);
      expect(update.body.type).toBe(UPDATE_MESSAGE);
      const second = expectSafeMessage(update.body.data);
      expect(second.footer.text).toMatch(/^Page 2\/2/);
      expect(second.fields[0].value).not.toBe(first.fields[0].value);
    });

    it('an expired page key gets a short ephemeral note', async () => {
      const token = h.server.button('page:gone0000:1', h.server.message({ content: '' }));
      expect(messageOf(await h.server.response(token))).toMatchObject({ content: 'This answer has expired; please ask again.', flags: EPHEMERAL_FLAG });
    });
  });

  describe('mentions', () => {
    it('answers "@Parley question" in the channel like /ask, without pinging the asker', async () => {
      const before = h.server.requests.length;
      h.server.channelMessage(`<@${h.bot.client.user!.id}> when will the terminal reopen?`);
      const reply = await h.server.request((request) => request.path === `/channels/${CHANNEL_ID}/messages`, 'the mention reply', before);
      const embed = expectSafeMessage(reply.body);
      expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(embed.fields.map((field: { value: string }) => field.value).join('\n')).toMatch(/Monday morning/);
    });

    it('hints at /ask when Discord withholds the message text', async () => {
      const before = h.server.requests.length;
      h.server.channelMessage('');
      const reply = await h.server.request((request) => request.path.startsWith('/channels/'), 'the hint', before);
      expect(reply.body.content).toBe(INTENT_HINT);
      expect(reply.body.allowed_mentions.parse).toEqual([]);
    });

    it('asks for a question after a bare mention', async () => {
      const before = h.server.requests.length;
      h.server.channelMessage(`<@${h.bot.client.user!.id}>`);
      const reply = await h.server.request((request) => request.path.startsWith('/channels/'), 'the hint', before);
      expect(reply.body.content).toBe(EMPTY_MENTION_HINT);
    });

    it('ignores messages that do not mention the bot', async () => {
      const before = h.server.requests.length;
      h.server.channelMessage('who is Okafor?', { mentionsBot: false });
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(h.server.requests.slice(before)).toEqual([]);
    });
  });

  describe('/reload', () => {
    it('lets a member with Manage Server reload, reporting figures, added articles and skipped files', async () => {
      await writeFile(join(h.corpusDir, 'harbour-follow-up.md'), HARBOUR_ARTICLE.replace('agree pay deal', 'sign pay deal'));
      await writeFile(join(h.corpusDir, 'broken.md'), Buffer.from([0xff, 0xfe, 0x41]));
      const { token, response } = await send('reload', [], { permissions: MODERATOR_PERMISSIONS });
      expect(response.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: EPHEMERAL_FLAG } });
      const edit = await h.server.response(token, 2);
      expect(edit.method).toBe('PATCH');
      expect(edit.path).toMatch(/\/messages\/@original$/);
      const embed = expectSafeMessage(edit.body);
      expect(embed.title).toBe('Articles reloaded');
      expect(embed.description).toMatch(/^Reloaded\.\nBefore: 2 articles, \d+ passages\.\nAfter: 3 articles, \d+ passages\.\nAdded: harbour-follow-up\.\nRemoved: none\.\nChanged: none\.\nSkipped 1:\n• broken\.md: not UTF-8$/);
      await rm(join(h.corpusDir, 'broken.md'));
    });

    it('lets a member with the moderator role reload', async () => {
      const { token } = await send('reload', [], { roles: [MODERATOR_ROLE_ID] });
      const edit = await h.server.response(token, 2);
      expect(edit.body.embeds[0].title).toBe('Articles reloaded');
    });

    it('refuses a plain member at run time and logs the attempt', async () => {
      const user = snowflake();
      const { response } = await send('reload', [], { userId: user });
      expect(messageOf(response)).toMatchObject({
        content: 'Only members with Manage Server or the moderator role can reload the articles.',
        flags: EPHEMERAL_FLAG,
      });
      expect(h.logs.find((line) => line.user === user && line.msg === 'reload refused: not a moderator')).toMatchObject({ level: 40, guild: GUILD_ID });
    });

    it('tells the moderator why a reload failed, and the old index keeps answering', async () => {
      const corpusDir = h.corpusDir;
      await rm(corpusDir, { recursive: true });
      const { token } = await send('reload', [], { permissions: MODERATOR_PERMISSIONS });
      const edit = await h.server.response(token, 2);
      expect(edit.body.embeds[0]).toMatchObject({
        title: 'Reload failed',
        description: expect.stringMatching(/^Reload failed; the previous index keeps answering\.\ncorpus: cannot read folder ".*": ENOENT$/),
      });
      const { response } = await send('who', [option('name', 'Okafor')]);
      expect(expectSafeMessage(messageOf(response)).description).toMatch(/Samuel Okafor/);
    });
  });

  describe('Discord misbehaving', () => {
    it('waits out a 429 with retry-after, then delivers the reply', async () => {
      h.server.fail((request) => request.path.endsWith('/callback') && request.body?.data?.embeds !== undefined, 429, { retryAfterSeconds: 1 });
      const token = h.server.command('who', [option('name', 'Okafor')]);
      const retried = await h.server.response(token, 2, 5000);
      const [limited] = h.server.requestsFor(token) as (RecordedRequest & { failedWith?: number })[];
      expect(limited!.failedWith).toBe(429);
      expect(retried.at - limited!.at).toBeGreaterThanOrEqual(1000);
      expectSafeMessage(messageOf(retried));
    });

    it('retries a 500 and delivers the reply', async () => {
      h.server.fail((request) => request.path.endsWith('/callback') && request.body?.data?.embeds !== undefined, 500);
      const token = h.server.command('who', [option('name', 'Okafor')]);
      const retried = await h.server.response(token, 2);
      expect((h.server.requestsFor(token)[0] as { failedWith?: number }).failedWith).toBe(500);
      expect(messageOf(retried).embeds[0].description).toMatch(/Samuel Okafor/);
    });

    it('resumes a dropped gateway connection and answers the next command', async () => {
      const resumesBefore = h.server.gatewayReceived.filter((payload) => payload.op === 6).length;
      h.server.dropGateway();
      await h.server.until(() => h.server.gatewayReceived.filter((payload) => payload.op === 6).length > resumesBefore, 'a RESUME');
      const resume = h.server.gatewayReceived.filter((payload) => payload.op === 6).at(-1)!;
      expect(resume.d).toMatchObject({ session_id: expect.stringMatching(/^session-/), seq: expect.any(Number) });
      await h.server.until(() => h.logs.some((line) => line.msg === 'gateway resumed'), 'the resumed log line');
      const { response } = await send('who', [option('name', 'Okafor')]);
      expect(messageOf(response).embeds[0].description).toMatch(/Samuel Okafor/);
    });
  });

  it('never logs the token', () => {
    expect(h.rawLog().length).toBeGreaterThan(0);
    expect(h.rawLog()).not.toContain(TOKEN);
  });
});

describe('the router on unexpected errors', () => {
  it('logs the stack and gives the member a short apology, following up when already deferred', async () => {
    const failing = {
      data: new SlashCommandBuilder().setName('fail').setDescription('Fails after deferring'),
      async execute(interaction: import('discord.js').ChatInputCommandInteraction) {
        await interaction.deferReply();
        throw new Error('index exploded at /srv/parley/secret/path');
      },
    };
    const h = await startHarness({ extraCommands: [failing] });
    try {
      const token = h.server.command('fail');
      const edit = await h.server.response(token, 2);
      expect(edit.body).toMatchObject({ content: APOLOGY, allowed_mentions: { parse: [] } });
      expect(JSON.stringify(edit.body)).not.toContain('exploded');
      const line = h.logs.find((entry) => entry.msg === 'command failed')!;
      expect(line).toMatchObject({ level: 50, command: 'fail', err: { message: 'index exploded at /srv/parley/secret/path' } });
      expect(line.err.stack).toMatch(/at Object\.execute/);
    } finally {
      await h.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('stops taking commands but finishes the reply in flight before destroying the client', async () => {
    const h = await startHarness();
    try {
      h.server.fail((request) => request.path.endsWith('/callback'), 429, { retryAfterSeconds: 1 });
      const token = h.server.command('who', [option('name', 'Okafor')]);
      await h.server.response(token);
      const stopped = h.bot.stop();
      const late = h.server.command('who', [option('name', 'Okafor')]);
      expect(messageOf(await h.server.response(late))).toMatchObject({ content: SHUTTING_DOWN, flags: EPHEMERAL_FLAG });
      await stopped;
      expect(h.server.requestsFor(token)).toHaveLength(2);
      expect(messageOf(h.server.requestsFor(token)[1]!).embeds[0].description).toMatch(/Samuel Okafor/);
      expect(h.bot.client.isReady()).toBe(false);
    } finally {
      await h.close();
    }
  });
});

describe('start-up', () => {
  it('explains how to fix a Message Content intent the application may not use', async () => {
    const server = await FakeDiscord.start();
    server.disallowedIntents = GatewayIntentBits.MessageContent;
    try {
      const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: server.apiUrl });
      const live = { knowledge: undefined as never, reload: () => Promise.reject(new Error('unused')) };
      await expect(startBot({ config, live, logger: createLogger({ level: 'silent' }), commands: [] })).rejects.toThrow(
        'discord: the Message Content intent is not enabled for this application; enable it in the Developer Portal (Bot → Privileged Gateway Intents) or set MESSAGE_CONTENT_INTENT=false',
      );
    } finally {
      await server.close();
    }
  });
});
