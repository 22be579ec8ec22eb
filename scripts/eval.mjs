#!/usr/bin/env node
// Runs the shared answer-quality scorer over every gold set the project knows:
//   - the seed article      (shared/eval/seed.json against ./corpus)
//   - the public dev set    (shared/eval/dev.json against shared/eval/dev)
//   - each local fixture    (tests/fixtures/<slug>.gold.json against tests/fixtures/<slug>)
// and prints each set's score line and a summary table.
//
// Usage, from anywhere:
//   node scripts/eval.mjs [--min 0.8] [--verbose] [--only SUBSTRING] [--cli "CMD"]
//
//   --min N      a set fails when its `min` metric is below N (default 0)
//   --verbose    passed to the scorer: lists every miss
//   --only S     run only the sets whose label contains S (e.g. --only fixture)
//   --cli CMD    passed to the scorer: the command that answers queries
//                (default, the scorer's own: "npm run --silent ask --")
//
// The shared folder is ../shared beside the project root; PARLEY_SHARED overrides it
// (a relative PARLEY_SHARED is taken from the project root).
// Exit code: 0 when every set produced a score line with no unparsable answers and
// min >= --min; 1 otherwise; 2 on a usage error.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(projectRoot, process.env.PARLEY_SHARED || '../shared');
const scorer = join(sharedDir, 'eval', 'score.mjs');
const fixturesDir = join(projectRoot, 'tests', 'fixtures');

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  if (i + 1 >= args.length) usage(`${name} needs a value`);
  return args[i + 1];
};
function usage(message) {
  console.error(`eval: ${message}`);
  console.error('usage: node scripts/eval.mjs [--min 0.8] [--verbose] [--only SUBSTRING] [--cli "CMD"]');
  process.exit(2);
}
const minText = option('--min') ?? '0';
const threshold = Number(minText);
if (!Number.isFinite(threshold)) usage(`--min must be a number, got "${minText}"`);
const verbose = args.includes('--verbose');
const only = option('--only');
const cli = option('--cli');

if (!existsSync(scorer)) {
  console.error(`eval: scorer not found: ${scorer} (set PARLEY_SHARED to the shared folder)`);
  process.exit(2);
}

/** The gold sets to score: a label, the gold file and the corpus folder (relative to the project root). */
function goldSets() {
  const sets = [
    { label: 'seed', gold: join(sharedDir, 'eval', 'seed.json'), corpus: 'corpus' },
    { label: 'dev', gold: join(sharedDir, 'eval', 'dev.json'), corpus: join(sharedDir, 'eval', 'dev') },
  ];
  if (existsSync(fixturesDir)) {
    for (const file of readdirSync(fixturesDir).sort()) {
      if (!file.endsWith('.gold.json')) continue;
      const slug = file.slice(0, -'.gold.json'.length);
      sets.push({ label: `fixture ${slug}`, gold: join(fixturesDir, file), corpus: join('tests', 'fixtures', slug) });
    }
  }
  return only ? sets.filter((s) => s.label.includes(only)) : sets;
}

/** Runs the scorer on one set from the project root; resolves with its exit code and output. */
function score(set) {
  const scorerArgs = [scorer, '--gold', set.gold, '--corpus', set.corpus];
  if (verbose) scorerArgs.push('--verbose');
  if (cli) scorerArgs.push('--cli', cli);
  return new Promise((done) => {
    const child = spawn(process.execPath, scorerArgs, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (err) => done({ code: -1, stdout, stderr: stderr + String(err) }));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Reads the scorer's final line ("score: who 0.90 quoteP 1.00 ... min 0.75") into { who: 0.9, ... }. */
function parseScoreLine(line) {
  const metrics = {};
  for (const [, name, value] of line.matchAll(/(\w+) (\d+(?:\.\d+)?)/g)) metrics[name] = Number(value);
  return metrics;
}

const metricNames = ['who', 'quoteP', 'quoteR', 'outcome', 'askR3', 'askMRR', 'answer', 'verbatim', 'none', 'min'];
const results = [];
const sets = goldSets();
if (sets.length === 0) usage(`no gold set matches --only "${only}"`);

for (const set of sets) {
  console.log(`== ${set.label}`);
  const { code, stdout, stderr } = await score(set);
  const lines = stdout.split('\n').filter((l) => l.trim());
  const scoreLine = lines.findLast((l) => l.startsWith('score: '));
  const nameLine = lines.find((l) => / queries in [\d.]+ s, \d+ unparsable$/.test(l));
  const metrics = scoreLine && !scoreLine.startsWith('score: FAIL') ? parseScoreLine(scoreLine.slice(7)) : null;
  const unparsable = nameLine ? Number(nameLine.match(/(\d+) unparsable$/)[1]) : 0;

  if (verbose) console.log(lines.join('\n'));
  else {
    if (nameLine) console.log(nameLine);
    if (scoreLine) console.log(scoreLine);
  }
  let reason = '';
  if (!metrics || metrics.min === undefined) {
    reason = `no score (scorer exit ${code})`;
    // The scorer's stderr starts with its own diagnosis and ends with the CLI's last words.
    const said = [...lines.filter((l) => l !== scoreLine), ...stderr.trim().split('\n')].filter(Boolean);
    const excerpt = said.length > 8 ? [...said.slice(0, 2), '...', ...said.slice(-5)] : said;
    if (!verbose && excerpt.length) console.log(excerpt.map((l) => '  | ' + l).join('\n'));
  } else if (unparsable > 0) reason = `${unparsable} unparsable answers`;
  else if (metrics.min < threshold) reason = `min ${metrics.min.toFixed(2)} < ${threshold}`;
  results.push({ label: set.label, metrics, ok: !reason, reason });
  console.log();
}

// --- summary table -------------------------------------------------------------
const header = ['set', ...metricNames, 'status'];
const rows = results.map((r) => [
  r.label,
  ...metricNames.map((m) => (r.metrics && r.metrics[m] !== undefined ? r.metrics[m].toFixed(2) : '-')),
  r.ok ? 'ok' : `FAIL ${r.reason}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const format = (row) => row.map((cell, i) => (i === 0 || i === row.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
console.log(`summary (threshold: min >= ${threshold})`);
console.log(format(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(format(row));
const failed = results.filter((r) => !r.ok).length;
console.log(failed ? `${failed} of ${results.length} sets failed` : `all ${results.length} sets passed`);
process.exit(failed ? 1 : 0);
