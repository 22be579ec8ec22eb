import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A REST proxy in front of the loopback Discord (tests/discord/fake-discord.ts) for the faults it does
 * not make itself: a global 429, Discord's "Unknown interaction" (an expired interaction token), and a
 * slow answer. Requests it does not fault are forwarded unchanged; the gateway is not proxied, since the
 * client takes the gateway URL from `GET /gateway/bot`.
 */

/** A request as the proxy saw it. */
export interface ProxiedRequest {
  method: string;
  /** Path without the `/api/v10` prefix, as the fake server records it. */
  path: string;
  at: number;
  /** The fault it was answered with, if any. */
  fault?: string;
}

interface Rule {
  matches: (request: ProxiedRequest) => boolean;
  remaining: number;
  respond: (response: ServerResponse) => void;
  name: string;
}

export class FaultProxy {
  readonly requests: ProxiedRequest[] = [];
  readonly #rules: Rule[] = [];
  readonly #delays: { matches: (request: ProxiedRequest) => boolean; ms: number }[] = [];
  readonly #http: Server;
  #port = 0;
  /** Where unfaulted requests go: the fake server's `apiUrl`. */
  target = '';
  /** Requests being answered now (forwarded, not yet answered): a shutdown test waits for some. */
  pending = 0;

  private constructor() {
    this.#http = createServer((request, response) => void this.#onRequest(request, response));
  }

  static async start(target = ''): Promise<FaultProxy> {
    const proxy = new FaultProxy();
    proxy.target = target;
    await new Promise<void>((resolve) => proxy.#http.listen(0, '127.0.0.1', resolve));
    proxy.#port = (proxy.#http.address() as AddressInfo).port;
    return proxy;
  }

  /** The REST base to give the bot as `DISCORD_API_URL`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  /** The next `times` matching requests get a global rate limit: every route must wait `retryAfterSeconds`. */
  globalRateLimit(matches: (request: ProxiedRequest) => boolean, retryAfterSeconds: number, times = 1): void {
    this.#rules.push({
      matches,
      remaining: times,
      name: 'global 429',
      respond: (response) => {
        response.writeHead(429, {
          'content-type': 'application/json',
          'retry-after': String(retryAfterSeconds),
          'x-ratelimit-global': 'true',
          'x-ratelimit-scope': 'global',
        });
        response.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: true }));
      },
    });
  }

  /** The next `times` matching requests get Discord's answer to an interaction token that has expired. */
  unknownInteraction(matches: (request: ProxiedRequest) => boolean, times = 1): void {
    this.#rules.push({
      matches,
      remaining: times,
      name: '404 10062',
      respond: (response) => {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'Unknown interaction', code: 10062 }));
      },
    });
  }

  /** Every matching request is answered `ms` later than the fake server answers it. */
  delay(matches: (request: ProxiedRequest) => boolean, ms: number): void {
    this.#delays.push({ matches, ms });
  }

  async #onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const seen: ProxiedRequest = { method: request.method ?? 'GET', path: decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, ''), at: Date.now() };
    this.requests.push(seen);
    const rule = this.#rules.find((candidate) => candidate.remaining > 0 && candidate.matches(seen));
    if (rule !== undefined) {
      rule.remaining -= 1;
      seen.fault = rule.name;
      rule.respond(response);
      return;
    }
    this.pending += 1;
    try {
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !['host', 'connection', 'content-length'].includes(entry[0])),
      );
      const forwarded = await fetch(new URL(url.pathname + url.search, this.target.replace(/\/api$/, '/')), {
        method: seen.method,
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
      });
      const body = Buffer.from(await forwarded.arrayBuffer());
      const wait = this.#delays.find((candidate) => candidate.matches(seen))?.ms ?? 0;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const copied: Record<string, string> = {};
      forwarded.headers.forEach((value, key) => {
        if (!['content-length', 'transfer-encoding', 'connection', 'content-encoding'].includes(key)) copied[key] = value;
      });
      response.writeHead(forwarded.status, copied);
      response.end(body);
    } catch (error) {
      response.writeHead(502, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `fault-proxy: ${(error as Error).message}`, code: 0 }));
    } finally {
      this.pending -= 1;
    }
  }

  async close(): Promise<void> {
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }
}
