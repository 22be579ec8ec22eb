import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/types.js';
import { Cooldown } from '../../src/discord/cooldown.js';
import {
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
} from '../../src/discord/limits.js';
import { AnswerPages } from '../../src/discord/pages.js';
import { answerMessage, buildAnswerPages, embedLength, pageMessage, parsePageButton } from '../../src/discord/reply.js';
import { describeReload } from '../../src/discord/reload.js';
import { cutAtWord, neutralise } from '../../src/discord/text.js';

const citation = (overrides: Partial<Citation> = {}): Citation => ({
  article: 'talks',
  title: 'Talks in Istanbul',
  paragraph: 4,
  snippet: 'We agreed that each side would present its vision of a possible future ceasefire.',
  ...overrides,
});

const answerWith = (citations: Citation[], overrides: Partial<Answer> = {}): Answer => ({
  command: 'quote',
  query: 'Medinsky',
  found: true,
  answer: 'Vladimir Medinsky is quoted 1 time.',
  citations,
  ...overrides,
});

describe('neutralise', () => {
  it('escapes markdown and defuses mass mentions and mention tokens', () => {
    expect(neutralise('**bold** @everyone @here <@123> <@&456> <#789>')).toBe(
      '\\*\\*bold\\*\\* @\u200beveryone @\u200bhere <\u200b@123> <\u200b@&456> <\u200b#789>',
    );
  });
});

describe('cutAtWord', () => {
  it('leaves text that fits alone', () => {
    expect(cutAtWord('short text', 20)).toBe('short text');
  });

  it('cuts at the last word boundary and adds an ellipsis, never mid-word', () => {
    expect(cutAtWord('the quick brown fox jumps', 17)).toBe('the quick brown…');
  });

  it('cuts a single overlong word rather than returning nothing', () => {
    expect(cutAtWord('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('buildAnswerPages', () => {
  it('shows the answer, then each citation with title, paragraph, quoted snippet, speaker, group and link', () => {
    const [page] = buildAnswerPages(
      answerWith([citation({ speaker: 'Vladimir Medinsky', group: 'agreed', url: 'https://example.com/a' })]),
    );
    expect(page!.description).toBe('Vladimir Medinsky is quoted 1 time.');
    expect(page!.fields).toEqual([
      {
        name: 'Talks in Istanbul · ¶ 4',
        value:
          '“We agreed that each side would present its vision of a possible future ceasefire.”\n— Vladimir Medinsky · outcome: agreed\n[Source](https://example.com/a)',
      },
    ]);
  });

  it('shows suggestions when nothing was found', () => {
    const [page] = buildAnswerPages(
      answerWith([], { found: false, answer: 'No one called "Medinksy" appears in the articles.', suggestions: ['Vladimir Medinsky'] }),
    );
    expect(page!.description).toBe('No one called "Medinksy" appears in the articles.\n\nTry: Vladimir Medinsky');
  });

  it('keeps every page inside Discord limits, cutting an overlong snippet at a word', () => {
    const long = 'negotiation '.repeat(400);
    const pages = buildAnswerPages(
      answerWith(
        Array.from({ length: 30 }, (_, index) => citation({ paragraph: index + 1, snippet: long, title: 'T'.repeat(300) })),
        { answer: 'word '.repeat(1000), query: 'q'.repeat(300) },
      ),
    );
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(embedLength(page)).toBeLessThanOrEqual(MAX_EMBED_TOTAL);
      expect(page.title!.length).toBeLessThanOrEqual(MAX_EMBED_TITLE);
      expect(page.description!.length).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION);
      expect(page.fields!.length).toBeLessThanOrEqual(MAX_EMBED_FIELDS);
      for (const field of page.fields!) {
        expect(field.name.length).toBeLessThanOrEqual(MAX_FIELD_NAME);
        expect(field.value.length).toBeLessThanOrEqual(MAX_FIELD_VALUE);
        expect(field.value).toMatch(/negotiation…”$/);
      }
    }
    expect(pages.flatMap((page) => page.fields)).toHaveLength(30);
  });

  it('splits many citations into pages of five with a page footer', () => {
    const pages = buildAnswerPages(answerWith(Array.from({ length: 12 }, (_, index) => citation({ paragraph: index + 1 }))));
    expect(pages.map((page) => page.fields!.length)).toEqual([5, 5, 2]);
    expect(pages[2]!.footer).toEqual({ text: 'Page 3/3 · 12 citations' });
  });
});

describe('page buttons', () => {
  it('offers More on the first page and Back on the last, with ids that parse back', () => {
    const pages = buildAnswerPages(answerWith(Array.from({ length: 7 }, () => citation())));
    const first = pageMessage(pages, 0, 'key1');
    const [back, more] = first.components[0]!.components as { custom_id: string; disabled: boolean; label: string }[];
    expect(back!.disabled).toBe(true);
    expect(more).toMatchObject({ label: 'More (2/2)', disabled: false });
    expect(parsePageButton(more!.custom_id)).toEqual({ key: 'key1', index: 1 });
    expect(parsePageButton(back!.custom_id)).toBeUndefined();
  });

  it('stores pages under a short key and forgets them after their time', () => {
    let now = 0;
    const store = new AnswerPages({ ttlMs: 1000, now: () => now });
    const message = answerMessage(answerWith(Array.from({ length: 7 }, () => citation())), store);
    const key = parsePageButton((message.components![0]!.components[1] as { custom_id: string }).custom_id)!.key;
    expect(key).toHaveLength(8);
    expect(store.get(key)).toHaveLength(2);
    now = 1000;
    expect(store.get(key)).toBeUndefined();
  });
});

describe('answerMessage', () => {
  it('allows only the target to be mentioned', () => {
    const message = answerMessage(answerWith([citation()]), new AnswerPages(), { targetUserId: '123456789012345678' });
    expect(message.content).toBe('<@123456789012345678>');
    expect(message.allowedMentions).toEqual({ parse: [], repliedUser: false, users: ['123456789012345678'] });
    expect(message.ephemeral).toBe(false);
  });

  it('shows a not-found answer only to the asker, mentioning no one', () => {
    const message = answerMessage(answerWith([], { found: false }), new AnswerPages(), { targetUserId: '123456789012345678' });
    expect(message.ephemeral).toBe(true);
    expect(message.content).toBeUndefined();
    expect(message.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});

describe('Cooldown', () => {
  it('refuses a second command inside the window and tells the seconds left', () => {
    let now = 0;
    const cooldown = new Cooldown(3, () => now);
    expect(cooldown.take('a')).toBe(0);
    now = 1200;
    expect(cooldown.take('a')).toBe(2);
    expect(cooldown.take('b')).toBe(0);
    now = 3000;
    expect(cooldown.take('a')).toBe(0);
  });
});

describe('describeReload', () => {
  const report = {
    before: { articles: 1, passages: 10 },
    after: { articles: 2, passages: 13 },
    added: ['tenants'],
    removed: [],
    changed: ['harbour_talks'],
    skipped: [{ file: 'notes*.md', reason: 'not UTF-8' }],
    ms: 12,
  };

  it('reports figures, changes and every skipped file, escaping file names', () => {
    expect(describeReload([{ shard: 0, ok: true, report }])).toBe(
      'Reloaded.\nBefore: 1 article, 10 passages.\nAfter: 2 articles, 13 passages.\nAdded: tenants.\nRemoved: none.\n' +
        'Changed: harbour\\_talks.\nSkipped 1:\n• notes\\*.md: not UTF-8',
    );
  });

  it('says which shard failed and that the old index keeps answering', () => {
    expect(
      describeReload([
        { shard: 0, ok: true, report },
        { shard: 1, ok: false, reason: 'corpus: cannot read folder "corpus": EACCES' },
      ]),
    ).toBe(
      'Reload failed; the previous index keeps answering.\nShard 1: corpus: cannot read folder "corpus": EACCES\n\n' +
        'Per shard:\nShard 0: 2 articles, 13 passages\nShard 1: failed (corpus: cannot read folder "corpus": EACCES)',
    );
  });
});
