import { randomBytes } from 'node:crypto';
import type { APIEmbed } from 'discord.js';

/** Options of the answer page cache. */
export interface AnswerPagesOptions {
  /** How long a paginated answer's "More" buttons keep working, in milliseconds. Default 15 minutes. */
  ttlMs?: number;
  /** Answers kept at most; the oldest goes first. Default 500. */
  maxEntries?: number;
  /** Clock, replaceable in tests. Default `Date.now`. */
  now?: () => number;
}

const defaultOptions: Required<AnswerPagesOptions> = {
  ttlMs: 15 * 60_000,
  maxEntries: 500,
  now: Date.now,
};

/**
 * Keeps the pages of long answers so a "More" button, whose custom id can carry only 100 characters,
 * refers to them by a short key.
 */
export class AnswerPages {
  readonly #options: Required<AnswerPagesOptions>;
  readonly #entries = new Map<string, { pages: APIEmbed[]; expiresAt: number }>();

  constructor(options: AnswerPagesOptions = {}) {
    this.#options = { ...defaultOptions, ...options };
  }

  /** Stores the pages of one answer and returns the key for its buttons (8 characters). */
  store(pages: APIEmbed[]): string {
    const key = randomBytes(6).toString('base64url');
    this.#entries.set(key, { pages, expiresAt: this.#options.now() + this.#options.ttlMs });
    while (this.#entries.size > this.#options.maxEntries) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
    return key;
  }

  /** The pages stored under `key`, or undefined once they expired or were evicted. */
  get(key: string): APIEmbed[] | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.#options.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.pages;
  }
}
