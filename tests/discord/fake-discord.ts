import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A small Discord-compatible server for tests: enough REST and gateway for the real discord.js client to
 * log in, receive interactions and messages, and reply. It records every REST request so a test can
 * assert on exactly what Discord would have received, and it can fail requests (429, 500) and drop the
 * gateway connection on demand.
 */

/** A REST request as the server received it. */
export interface RecordedRequest {
  method: string;
  /** Decoded path without the `/api/v10` prefix, e.g. `/webhooks/1/abc/messages/@original`. */
  path: string;
  query: URLSearchParams;
  body: any;
  at: number;
}

interface Failure {
  matches: (request: RecordedRequest) => boolean;
  status: number;
  retryAfterSeconds?: number;
  remaining: number;
}

interface GatewaySession {
  socket: WebSocket;
  sessionId: string;
  shard: [number, number];
  sequence: number;
  identified: boolean;
}

const DISCORD_EPOCH = 1_420_070_400_000n;
let snowflakeCounter = 0n;

/** A fresh, valid-looking Discord id. */
export function snowflake(at = Date.now()): string {
  snowflakeCounter = (snowflakeCounter + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | snowflakeCounter).toString();
}

export const APPLICATION_ID = '1100000000000000001';
export const BOT_USER = { id: APPLICATION_ID, username: 'Parley', discriminator: '0', global_name: null, avatar: null, bot: true };
export const GUILD_ID = '1100000000000000002';
export const CHANNEL_ID = '1100000000000000003';
export const MODERATOR_ROLE_ID = '1100000000000000004';
/** Manage Server (ManageGuild, 1 << 5) plus the everyday permissions. */
export const MODERATOR_PERMISSIONS = String((1n << 5n) | (1n << 10n) | (1n << 11n));
export const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n));

/** Options of one slash command, autocomplete or button interaction sent to the bot. */
export interface InteractionInput {
  userId?: string;
  roles?: string[];
  permissions?: string;
  shard?: number;
  /** How long ago Discord created the interaction (its id encodes the time), as after a busy queue. */
  ageMs?: number;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly sessions: GatewaySession[] = [];
  /** Every gateway payload the clients sent (identify, resume, heartbeats…). */
  readonly gatewayReceived: { op: number; d: any; shard?: number }[] = [];
  /** Intents the application may not use: an identify asking for one is closed with 4014, as Discord does. */
  disallowedIntents = 0;
  readonly #failures: Failure[] = [];
  readonly #waiters: { check: () => boolean; resolve: () => void }[] = [];
  readonly #http: Server;
  readonly #wss: WebSocketServer;
  #port = 0;

  private constructor() {
    this.#http = createServer((request, response) => void this.#onRequest(request, response));
    this.#wss = new WebSocketServer({ server: this.#http });
    this.#wss.on('connection', (socket) => this.#onConnection(socket));
  }

  /** Starts a server on a random loopback port. */
  static async start(): Promise<FakeDiscord> {
    const server = new FakeDiscord();
    await new Promise<void>((resolve) => server.#http.listen(0, '127.0.0.1', resolve));
    server.#port = (server.#http.address() as AddressInfo).port;
    return server;
  }

  /** The REST base to give discord.js (`rest.api`) or `DISCORD_API_URL`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  /** Makes the next `times` requests matching `matches` fail with `status` (429 carries `retry-after`). */
  fail(matches: (request: RecordedRequest) => boolean, status: number, { retryAfterSeconds = 1, times = 1 } = {}): void {
    this.#failures.push({ matches, status, retryAfterSeconds, remaining: times });
  }

  /** Resolves once `check` holds, re-checking on every request, gateway event and 20 ms; rejects after `timeoutMs`. */
  async until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
    if (check()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        clearInterval(poll);
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        reject(new Error(`fake-discord: timed out waiting for ${what}`));
      }, timeoutMs);
      // Conditions on things the server does not see (log lines) are polled.
      const poll = setInterval(() => this.#notify(), 20);
      const waiter = {
        check,
        resolve: () => {
          clearTimeout(timer);
          clearInterval(poll);
          resolve();
        },
      };
      this.#waiters.push(waiter);
    });
  }

  /** The first request (from index `from`) that satisfies `matches`, waiting for it if needed. */
  async request(matches: (request: RecordedRequest) => boolean, what: string, from = 0, timeoutMs = 5000): Promise<RecordedRequest> {
    let found: RecordedRequest | undefined;
    await this.until(() => (found = this.requests.slice(from).find(matches)) !== undefined, what, timeoutMs);
    return found!;
  }

  /** Requests made for one interaction token (its callback, edits and follow-ups), in order. */
  requestsFor(token: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path.includes(`/${token}`));
  }

  /** Waits for the `count`-th request for an interaction token and returns it. */
  async response(token: string, count = 1, timeoutMs = 5000): Promise<RecordedRequest> {
    await this.until(() => this.requestsFor(token).length >= count, `response #${count} to ${token}`, timeoutMs);
    return this.requestsFor(token)[count - 1]!;
  }

  #notify(): void {
    for (const waiter of [...this.#waiters]) {
      if (waiter.check()) {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  async #onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, ''),
      query: url.searchParams,
      body: parseBody(text, request.headers['content-type']),
      at: Date.now(),
    };
    const failure = this.#failures.find((candidate) => candidate.remaining > 0 && candidate.matches(recorded));
    if (failure !== undefined) {
      failure.remaining -= 1;
      (recorded as RecordedRequest & { failedWith?: number }).failedWith = failure.status;
      this.requests.push(recorded);
      this.#notify();
      if (failure.status === 429) {
        response.writeHead(429, {
          'content-type': 'application/json',
          'retry-after': String(failure.retryAfterSeconds),
          'x-ratelimit-scope': 'user',
        });
        response.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: failure.retryAfterSeconds, global: false }));
      } else {
        response.writeHead(failure.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'Internal Server Error', code: 0 }));
      }
      return;
    }
    this.requests.push(recorded);
    this.#notify();
    const { status, body } = this.#route(recorded);
    if (body === undefined) {
      response.writeHead(status);
      response.end();
    } else {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    }
  }

  #route(request: RecordedRequest): { status: number; body?: unknown } {
    const { method, path } = request;
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        body: {
          url: `ws://127.0.0.1:${this.#port}`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 },
        },
      };
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      if (request.query.get('with_response') === 'true') {
        return { status: 200, body: { interaction: { id: path.split('/')[2], type: 2 }, resource: { type: request.body?.type } } };
      }
      return { status: 204 };
    }
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path) && (method === 'PATCH' || method === 'POST')) {
      return { status: 200, body: this.message(request.body ?? {}) };
    }
    if (method === 'POST' && /^\/channels\/\d+\/messages$/.test(path)) {
      return { status: 200, body: this.message(request.body ?? {}) };
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const commands = Array.isArray(request.body) ? request.body : [];
      return { status: 200, body: commands.map((command: object) => ({ id: snowflake(), application_id: APPLICATION_ID, version: '1', ...command })) };
    }
    return { status: 404, body: { message: `fake-discord: no route for ${method} ${path}`, code: 0 } };
  }

  /** A message object as Discord returns it, built from a sent body. */
  message(body: Record<string, any>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      id: snowflake(),
      channel_id: CHANNEL_ID,
      author: BOT_USER,
      content: body.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      type: 0,
      flags: body.flags ?? 0,
      application_id: APPLICATION_ID,
      ...overrides,
    };
  }

  #onConnection(socket: WebSocket): void {
    const session: GatewaySession = { socket, sessionId: '', shard: [0, 1], sequence: 0, identified: false };
    socket.on('message', (data) => {
      const payload = JSON.parse(data.toString()) as { op: number; d: any };
      this.gatewayReceived.push({ op: payload.op, d: payload.d, shard: session.shard[0] });
      if (payload.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (payload.op === 2) this.#identify(session, payload.d);
      if (payload.op === 6) this.#resume(session, payload.d);
      this.#notify();
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 2000 } }));
  }

  #identify(session: GatewaySession, identify: { shard?: [number, number]; intents: number }): void {
    if ((identify.intents & this.disallowedIntents) !== 0) {
      session.socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    session.shard = identify.shard ?? [0, 1];
    session.sessionId = `session-${snowflake()}`;
    session.identified = true;
    const [shardId, shardCount] = session.shard;
    const previous = this.sessions.findIndex((other) => other.shard[0] === shardId);
    if (previous >= 0) this.sessions.splice(previous, 1);
    this.sessions.push(session);
    // Guild 2's shard is (id >> 22) % count; keep the test guild on shard 0 so every count works alike.
    const guilds = shardId === 0 ? [{ id: GUILD_ID, unavailable: true }] : [];
    this.#dispatch(session, 'READY', {
      v: 10,
      user: BOT_USER,
      guilds,
      session_id: session.sessionId,
      resume_gateway_url: `ws://127.0.0.1:${this.#port}`,
      shard: [shardId, shardCount],
      application: { id: APPLICATION_ID, flags: 0 },
    });
    if (shardId === 0) this.#dispatch(session, 'GUILD_CREATE', guildPayload());
  }

  #resume(session: GatewaySession, resume: { session_id: string; seq: number }): void {
    const previous = this.sessions.find((other) => other.sessionId === resume.session_id);
    if (previous === undefined) {
      session.socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    session.sessionId = previous.sessionId;
    session.shard = previous.shard;
    session.sequence = resume.seq;
    session.identified = true;
    this.sessions.splice(this.sessions.indexOf(previous), 1, session);
    this.#dispatch(session, 'RESUMED', {});
  }

  #dispatch(session: GatewaySession, type: string, data: unknown): void {
    session.sequence += 1;
    session.socket.send(JSON.stringify({ op: 0, t: type, s: session.sequence, d: data }));
  }

  /** Sends a dispatch event to the session of `shard` (default 0). */
  dispatch(type: string, data: unknown, shard = 0): void {
    const session = this.sessions.find((candidate) => candidate.shard[0] === shard && candidate.identified);
    if (session === undefined) throw new Error(`fake-discord: no gateway session for shard ${shard}`);
    this.#dispatch(session, type, data);
  }

  /** Closes the gateway socket of `shard` with a resumable code, as Discord does when it restarts a node. */
  dropGateway(shard = 0): void {
    const session = this.sessions.find((candidate) => candidate.shard[0] === shard);
    session?.socket.close(4000, 'fake-discord: dropped');
  }

  /** Sends a slash command; returns the interaction token to look its responses up by. */
  command(name: string, options: { name: string; type: number; value: unknown }[] = [], input: InteractionInput = {}): string {
    const resolvedUsers = Object.fromEntries(
      options.filter((option) => option.type === 6).map((option) => [option.value, user(String(option.value))]),
    );
    return this.#interaction(2, { id: snowflake(), name, type: 1, options, resolved: { users: resolvedUsers } }, input);
  }

  /** Sends an autocomplete request for the focused option `focused` of command `name`. */
  autocomplete(name: string, focused: string, value: string, input: InteractionInput = {}): string {
    return this.#interaction(4, { id: snowflake(), name, type: 1, options: [{ name: focused, type: 3, value, focused: true }] }, input);
  }

  /** Presses a button on a message the bot sent. */
  button(customId: string, message: Record<string, unknown>, input: InteractionInput = {}): string {
    return this.#interaction(3, { custom_id: customId, component_type: 2 }, input, message);
  }

  #interaction(type: number, data: unknown, input: InteractionInput, message?: Record<string, unknown>): string {
    const token = `token-${snowflake()}`;
    const userId = input.userId ?? snowflake();
    this.dispatch(
      'INTERACTION_CREATE',
      {
        id: snowflake(Date.now() - (input.ageMs ?? 0)),
        application_id: APPLICATION_ID,
        type,
        token,
        version: 1,
        guild_id: GUILD_ID,
        channel_id: CHANNEL_ID,
        channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
        member: memberPayload(userId, input.roles ?? [], input.permissions ?? MEMBER_PERMISSIONS),
        data,
        message,
        app_permissions: MODERATOR_PERMISSIONS,
        locale: 'en-US',
        guild_locale: 'en-US',
        entitlements: [],
        authorizing_integration_owners: { '0': GUILD_ID },
        context: 0,
        attachment_size_limit: 10_485_760,
      },
      input.shard ?? 0,
    );
    return token;
  }

  /** Posts a channel message from a member; `mentionsBot` lists the bot in the message's mentions. */
  channelMessage(content: string, { mentionsBot = true, userId = snowflake() } = {}): string {
    const id = snowflake();
    this.dispatch('MESSAGE_CREATE', {
      ...this.message({ content }, { id, author: user(userId), mentions: mentionsBot ? [BOT_USER] : [], application_id: undefined }),
      guild_id: GUILD_ID,
      member: memberPayload(userId, [], MEMBER_PERMISSIONS),
    });
    return id;
  }

  /** Closes every socket and the server. Destroy the discord.js client first, or it keeps reconnecting. */
  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  if (contentType?.includes('application/json')) return JSON.parse(text);
  const payload = /name="payload_json"\r\n(?:[^\r\n]*\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text);
  return payload === null ? text : JSON.parse(payload[1]!);
}

function user(id: string): Record<string, unknown> {
  return { id, username: `member${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
}

function memberPayload(userId: string, roles: string[], permissions: string): Record<string, unknown> {
  return {
    user: user(userId),
    roles,
    permissions,
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    premium_since: null,
    pending: false,
  };
}

function guildPayload(): Record<string, unknown> {
  return {
    id: GUILD_ID,
    name: 'Test guild',
    icon: null,
    owner_id: '1100000000000000009',
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    premium_tier: 0,
    nsfw_level: 0,
    system_channel_flags: 0,
    preferred_locale: 'en-US',
    features: [],
    roles: [
      { id: GUILD_ID, name: '@everyone', permissions: MEMBER_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      { id: MODERATOR_ROLE_ID, name: 'Moderators', permissions: MEMBER_PERMISSIONS, position: 1, color: 0, hoist: false, managed: false, mentionable: true, flags: 0 },
    ],
    emojis: [],
    stickers: [],
    channels: [{ id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
    threads: [],
    members: [memberPayload(APPLICATION_ID, [], MODERATOR_PERMISSIONS)],
    member_count: 2,
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    large: false,
    unavailable: false,
    joined_at: '2024-01-01T00:00:00.000Z',
  };
}
