import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectVerbatim, knowledgeOf } from './helpers.js';
import type { Answer } from '../../src/types.js';

const TSX = 'node_modules/.bin/tsx';
/** The same entry point bundled once, beside the packages it imports: each run then skips the TypeScript loader. */
const BUNDLE = 'node_modules/.cache/parley-cli-test/ask.mjs';

beforeAll(async () => {
  await build({ entryPoints: ['src/cli/ask.ts'], outfile: BUNDLE, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
});

/** Runs the command line as `npm run ask` does (through tsx) when `asTyped`, else its bundle. */
function runAsk(args: string[], input?: string, asTyped = false) {
  const [command, entry] = asTyped ? [TSX, 'src/cli/ask.ts'] : [process.execPath, BUNDLE];
  return spawnSync(command, [entry, ...args], { input, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'info' } });
}

describe('ask --jsonl (the contract the shared scorer reads)', () => {
  it('writes exactly one JSON answer per query line on stdout, and nothing else', async () => {
    const queries = ['who Medinsky', 'quote Umerov', 'outcome', 'outcome ceasefire', 'ask How long did the talks last?', '', 'who Nobody', 'just a question with no command', 'who @everyone <@123>'];
    const run = runAsk(['--jsonl'], queries.join('\n') + '\n', true);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').filter(Boolean);
    // The blank line is no query; every other line gets one answer, in order.
    expect(lines).toHaveLength(queries.filter(Boolean).length);
    const answers = lines.map((line) => JSON.parse(line) as Answer);
    expect(answers.map((answer) => answer.command)).toEqual(['who', 'quote', 'outcome', 'outcome', 'ask', 'who', 'ask', 'who']);
    for (const answer of answers) {
      expect(Object.keys(answer)).toEqual(expect.arrayContaining(['command', 'query', 'found', 'answer', 'citations']));
      expectVerbatim(await knowledgeOf('corpus'), answer);
    }
    expect(answers[5].found).toBe(false);
    // Logs go to stderr, so stdout stays parseable.
    expect(run.stderr).toContain('corpus loaded');
  });

  it('takes another corpus folder with --corpus', () => {
    const run = runAsk(['--corpus', 'tests/fixtures/talbot-brewery-sale', '--jsonl'], 'who Talbot\n');
    const answer = JSON.parse(run.stdout) as Answer;
    expect(answer.answer).toContain('Rosamund Talbot');
    expect(answer.answer).toContain('Jasper Talbot');
  });
});

describe('ask for people', () => {
  it('prints a readable answer with its citations', () => {
    const run = runAsk(['who', 'Medinsky']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Vladimir Medinsky — the Kremlin aide leading the Russian delegation');
    expect(run.stdout).toMatch(/¶11/);
  });

  it('prints one JSON object with --json', () => {
    const run = runAsk(['--json', 'who', 'Medinsky']);
    expect(JSON.parse(run.stdout)).toMatchObject({ command: 'who', found: true });
  });

  it('explains its usage when no command is given', () => {
    const run = runAsk(['frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run ask');
  });
});
