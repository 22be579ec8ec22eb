import 'dotenv/config';
import { createInterface } from 'node:readline';
import { loadCorpus } from '../corpus.js';
import { buildKnowledge } from '../knowledge.js';
import { answer, parseQueryLine } from '../answer.js';
import { answerLines } from './jsonl.js';
import { createLogger } from '../logger.js';
import { formatAnswerText } from '../format-text.js';

const USAGE = `usage: npm run ask -- [--corpus DIR] [--json] <who|quote|outcome|ask> [query]
       npm run --silent ask -- [--corpus DIR] --jsonl   (one query a line on stdin, one JSON answer a line on stdout)`;

/** The command line. In --jsonl mode stdout carries only the JSON answers, one a line; logs go to stderr. */
async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const flag = (name: string) => {
    const at = args.indexOf(name);
    if (at >= 0) args.splice(at, 1);
    return at >= 0;
  };
  const option = (name: string) => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const value = args[at + 1];
    args.splice(at, 2);
    return value;
  };
  const corpusDir = option('--corpus') ?? process.env.CORPUS_DIR ?? 'corpus';
  const jsonl = flag('--jsonl');
  const json = flag('--json');
  if (flag('--help') || flag('-h')) {
    console.log(USAGE);
    return 0;
  }
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const { articles } = await loadCorpus(corpusDir, logger);
  const knowledge = buildKnowledge(articles);
  if (jsonl) {
    await answerLines(knowledge, createInterface({ input: process.stdin, crlfDelay: Infinity }), (line) => process.stdout.write(line));
    return 0;
  }
  const parsed = parseQueryLine(args.join(' '));
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  const result = answer(knowledge, parsed.command, parsed.query);
  console.log(json ? JSON.stringify(result) : formatAnswerText(result));
  return 0;
}

// A reader that stops early (`npm run ask -- --jsonl | head -1`) closes the pipe: stop quietly, as other
// command-line tools do, rather than die on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`ask: ${error.message}`);
    process.exitCode = 1;
  },
);
