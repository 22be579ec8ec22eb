/**
 * The long run of the hardening fuzz: many more generated queries than `npm test` tries, every one
 * checked as tests/hardening/queries.test.ts checks them, with counts instead of a stop at the first
 * failure. Prints one `[fuzz] name: value` line per figure, the inputs that broke something (as JSON,
 * to paste into a test), and exits 1 when anything broke.
 *
 *   npm run fuzz                          12,500 queries a command (50,000 in all)
 *   npm run fuzz -- --runs 2000           queries a command
 *   npm run fuzz -- --seed 42             replay a run
 */
import fc from 'fast-check';
import { answer } from '../src/answer.js';
import { parseArticle } from '../src/corpus.js';
import { consoleReply } from '../src/console.js';
import { LiveIndex } from '../src/live-index.js';
import { createLogger } from '../src/logger.js';
import { COMMAND_NAMES, type CommandName } from '../src/types.js';
import { openFuzzCorpus } from '../tests/hardening/fuzz-corpus.js';
import { lineArbitrary, queryArbitrary } from '../tests/hardening/hostile-text.js';
import { answerProblems, discordProblems } from '../tests/hardening/invariants.js';

/** Options of a run, with their defaults. */
const defaults = {
  /** Generated queries per command. */
  runs: 12_500,
  /** fast-check seed; a run with the same seed tries the same inputs. Default: the clock. */
  seed: Date.now() % 2 ** 31,
  /** An answer slower than this is listed. */
  slowMs: 250,
  /** Console lines and article files tried. */
  lines: 5_000,
  files: 20_000,
};

function readOptions(argv: string[]): typeof defaults {
  const options = { ...defaults };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = (): number => {
      const parsed = Number(argv[++index]);
      if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`fuzz: ${flag} needs a whole number, got "${argv[index]}"`);
      return parsed;
    };
    if (flag === '--runs') options.runs = value();
    else if (flag === '--seed') options.seed = value();
    else if (flag === '--lines') options.lines = value();
    else if (flag === '--files') options.files = value();
    else throw new Error(`fuzz: unknown option "${flag}" (see the comment at the top of scripts/fuzz.ts)`);
  }
  return options;
}

const figure = (name: string, value: string | number): void => console.log(`[fuzz] ${name}: ${value}`);

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  const corpus = await openFuzzCorpus();
  const started = performance.now();
  const broken: { input: string; problems: string[] }[] = [];
  const slow: { command: CommandName; ms: number; query: string }[] = [];
  let inputs = 0;
  let crashes = 0;
  let pings = 0;
  let found = 0;
  let citations = 0;
  try {
    figure('seed', options.seed);
    for (const [offset, command] of COMMAND_NAMES.entries()) {
      const commandStarted = performance.now();
      let slowest = 0;
      // Generated a thousand at a time, so a long run does not hold every query in memory.
      for (let done = 0; done < options.runs; done += 1_000) {
        const batch = fc.sample(queryArbitrary(corpus.words), { numRuns: Math.min(1_000, options.runs - done), seed: options.seed + offset * 1_000_003 + done });
        for (const query of batch) {
          inputs += 1;
          const answerStarted = performance.now();
          let problems: string[];
          try {
            const result = answer(corpus.knowledge, command, query);
            const ms = performance.now() - answerStarted;
            slowest = Math.max(slowest, ms);
            if (ms > options.slowMs) slow.push({ command, ms: Math.round(ms), query });
            if (result.found) found += 1;
            citations += result.citations.length;
            const discord = discordProblems(result);
            if (discord.some((problem) => /mention|allowed/.test(problem))) pings += 1;
            problems = [...answerProblems(result, command, query, corpus.paragraphs), ...discord];
          } catch (error) {
            crashes += 1;
            problems = [`crashed: ${(error as Error).stack}`];
          }
          if (problems.length > 0) broken.push({ input: `${command} ${JSON.stringify(query)}`, problems });
        }
      }
      figure(`/${command}: queries / seconds / slowest answer (ms)`, `${options.runs} / ${((performance.now() - commandStarted) / 1000).toFixed(1)} / ${Math.round(slowest)}`);
    }

    const live = await LiveIndex.open({ corpusDir: corpus.dir, logger: createLogger({ level: 'silent' }), cacheDir: false, reloadIn: 'main' });
    for (const line of fc.sample(lineArbitrary(corpus.words), { numRuns: options.lines, seed: options.seed })) {
      inputs += 1;
      try {
        const reply = await consoleReply(live, line.trim());
        if (typeof reply !== 'string' || reply === '') broken.push({ input: `console ${JSON.stringify(line)}`, problems: ['empty console reply'] });
      } catch (error) {
        crashes += 1;
        broken.push({ input: `console ${JSON.stringify(line)}`, problems: [`crashed: ${(error as Error).stack}`] });
      }
    }

    let articles = 0;
    for (const bytes of fc.sample(fc.uint8Array({ maxLength: 2_000 }), { numRuns: options.files, seed: options.seed })) {
      inputs += 1;
      try {
        if (typeof parseArticle('fuzzed', bytes) !== 'string') articles += 1;
      } catch (error) {
        crashes += 1;
        broken.push({ input: `file ${JSON.stringify(Buffer.from(bytes).toString('base64'))}`, problems: [`crashed: ${(error as Error).stack}`] });
      }
    }

    figure('inputs tried (queries, console lines, article files)', `${inputs} (${options.runs * COMMAND_NAMES.length}, ${options.lines}, ${options.files})`);
    figure('answers found / citations checked verbatim', `${found} / ${citations}`);
    figure('random files read as articles', articles);
    figure('crashes', crashes);
    figure('replies that could ping', pings);
    figure('inputs that broke a property', broken.length);
    figure(`answers slower than ${options.slowMs} ms`, slow.length);
    figure('seconds', ((performance.now() - started) / 1000).toFixed(1));
    for (const { command, ms, query } of slow.sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`slow: ${ms} ms ${command} ${JSON.stringify(query.slice(0, 200))}${query.length > 200 ? ` (${query.length} characters)` : ''}`);
    for (const { input, problems } of broken.slice(0, 20)) console.log(`broken: ${input.slice(0, 400)}\n  ${problems.join('\n  ')}`);
    return broken.length > 0 ? 1 : 0;
  } finally {
    corpus.remove();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 2;
  },
);
