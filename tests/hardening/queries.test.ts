import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, cleanQuery, MAX_QUERY_LENGTH, parseQueryLine } from '../../src/answer.js';
import { consoleReply } from '../../src/console.js';
import { LiveIndex } from '../../src/live-index.js';
import { createLogger } from '../../src/logger.js';
import { COMMAND_NAMES, type CommandName } from '../../src/types.js';
import { reportFigure } from './figures.js';
import { openFuzzCorpus, type FuzzCorpus } from './fuzz-corpus.js';
import { HOSTILE_PIECES, lineArbitrary, queryArbitrary } from './hostile-text.js';
import { answerProblems, discordProblems } from './invariants.js';

// 250 generated queries a command (1,000 in all) keep the whole test command within its five minutes
// on two cores; `npm run fuzz` runs many more.
const RUNS_PER_COMMAND = Number(process.env.HARDENING_RUNS ?? 250);

describe('fuzzed queries', () => {
  let corpus: FuzzCorpus;
  const tried = { inputs: 0, crashes: 0, found: 0, citations: 0, pings: 0 };

  beforeAll(async () => {
    corpus = await openFuzzCorpus();
  });
  afterAll(() => {
    corpus?.remove();
    reportFigure('fuzzed queries tried', tried.inputs);
    reportFigure('fuzzed queries: crashes', tried.crashes);
    reportFigure('fuzzed queries: answers found / citations checked verbatim', `${tried.found} / ${tried.citations}`);
    reportFigure('fuzzed queries: replies that could ping', tried.pings);
  });

  /** Answers one query and returns every broken property; a throw counts as a crash. */
  function problemsOf(command: CommandName, query: string): string[] {
    tried.inputs += 1;
    let result;
    try {
      result = answer(corpus.knowledge, command, query);
    } catch (error) {
      tried.crashes += 1;
      return [`crashed: ${(error as Error).stack}`];
    }
    if (result.found) tried.found += 1;
    tried.citations += result.citations.length;
    const problems = answerProblems(result, command, query, corpus.paragraphs);
    const discord = discordProblems(result);
    if (discord.some((problem) => /mention|allowed/.test(problem))) tried.pings += 1;
    return [...problems, ...discord];
  }

  for (const command of COMMAND_NAMES) {
    it(`/${command} answers every generated query with a well-formed, verbatim, ping-free reply`, () => {
      fc.assert(
        fc.property(queryArbitrary(corpus.words), (query) => {
          expect(problemsOf(command, query)).toEqual([]);
        }),
        { numRuns: RUNS_PER_COMMAND },
      );
    });
  }

  it('answers every hostile piece alone and ten thousand times over, for every command', () => {
    for (const command of COMMAND_NAMES)
      for (const piece of HOSTILE_PIECES) {
        expect(problemsOf(command, piece), `${command} ${JSON.stringify(piece)}`).toEqual([]);
        const flood = (piece || ' ').repeat(Math.ceil(10_000 / Math.max(1, piece.length))).slice(0, 10_000);
        expect(problemsOf(command, flood), `${command} ${JSON.stringify(piece)} × 10,000`).toEqual([]);
      }
    // Thousands of answers: about 10 s alone, longer beside the other files on a busy machine.
  }, 120_000);

  // Discord lets /who and /quote take 100 characters: 50 one-letter words are within it.
  // Name lookup reads only the people whose name holds a word of the query; the time is a figure
  // for the report, not an assertion (speed is measured by `npm run bench`).
  it('answers a 100-character query of 50 one-letter words with a plain not-found', () => {
    const query = 'x '.repeat(50).trim();
    for (const command of ['who', 'quote'] as const) {
      const started = performance.now();
      const result = answer(corpus.knowledge, command, query);
      reportFigure(`/${command} on 50 one-letter words (ms)`, Math.round(performance.now() - started));
      expect(result.found).toBe(false);
      expect(result.citations).toEqual([]);
    }
  });

  it('cleans a query to at most 500 characters with no control, zero-width or direction character left', () => {
    fc.assert(
      fc.property(queryArbitrary(corpus.words), (query) => {
        const cleaned = cleanQuery(query);
        expect(cleaned.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(cleaned).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(cleaned).toBe(cleaned.trim());
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads any console or --jsonl line without throwing, and the console replies to each', async () => {
    const live = await LiveIndex.open({ corpusDir: corpus.dir, logger: createLogger({ level: 'silent' }), cacheDir: false, reloadIn: 'main' });
    await fc.assert(
      fc.asyncProperty(lineArbitrary(corpus.words), async (line) => {
        const parsed = parseQueryLine(line);
        if (parsed !== null) expect(COMMAND_NAMES).toContain(parsed.command);
        const reply = await consoleReply(live, line.trim());
        expect(typeof reply).toBe('string');
        expect(reply.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
