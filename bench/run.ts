/**
 * `npm run bench` (`-- --quick` for 100 articles only; `--sizes=100,1000` to choose; `--resume` to
 * keep the corpus, code copy and phase results a stopped run left in the temp folder): builds a
 * corpus of real English from the Brown corpus at each size, and measures Parley against a bare
 * MiniSearch index and lunr on the same passages, the saved index against a rebuild, and a reload
 * while questions keep coming. Writes the tables to bench/results.md (a partial run to
 * bench/results-partial.md) and prints them.
 */
import { spawn } from 'node:child_process';
import { access, cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBrown } from './brown.js';
import { PARAGRAPHS_PER_ARTICLE, sampleArticles, writeArticles } from './generate.js';
import { peakHeapFromTrace, type Latency } from './measure.js';
import { COMMAND_NAMES, type CommandName } from '../src/types.js';

const args = process.argv.slice(2);
const sizesArg = args.find((arg) => arg.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : args.includes('--quick') ? [100] : [100, 1000, 10000];
/** Queries per command at each size: fewer at the large size, where one /ask takes long. */
const queriesFor = (size: number) => (size <= 100 ? 100 : size <= 1000 ? 50 : 20);
/** Lunr builds about 7× slower than MiniSearch; above this size it would take most of the run. */
const resume = args.includes('--resume');
const LUNR_UP_TO = Number(args.find((arg) => arg.startsWith('--lunr-up-to='))?.split('=')[1] ?? 1000);
// A partial run (--quick, --sizes) writes beside the full run's tables, not over them.
const fullRun = sizes.join(',') === '100,1000,10000';
const resultsFile = fileURLToPath(new URL(fullRun ? './results.md' : './results-partial.md', import.meta.url));
const projectDir = fileURLToPath(new URL('../', import.meta.url));
/** The copy of src/ and bench/ every phase runs from (see {@link snapshotCode}). */
const codeDir = join(tmpdir(), 'parley-bench-code');
const phaseFile = join(codeDir, 'bench', 'phase.ts');

/**
 * Copies src/ and bench/ aside, so that every phase of the run measures the same code even when
 * the working tree changes meanwhile (the saved index also refuses code other than its own).
 */
async function snapshotCode(): Promise<void> {
  if (resume && (await exists(phaseFile))) return;
  await rm(codeDir, { recursive: true, force: true });
  await mkdir(codeDir, { recursive: true });
  for (const dir of ['src', 'bench']) await cp(join(projectDir, dir), join(codeDir, dir), { recursive: true });
  await cp(join(projectDir, 'package.json'), join(codeDir, 'package.json'));
  await symlink(join(projectDir, 'node_modules'), join(codeDir, 'node_modules'), 'dir');
}

type PerCommand = Record<CommandName, Latency>;
interface Measured {
  buildMs: number;
  buildEndedAt: number;
  rssMb: number;
  heapMb: number;
}
interface ParleyResult extends Measured {
  loadMs: number;
  steps: Record<string, number>;
  counts: Record<string, number>;
  saveMs: number;
  bytes: number;
  timings: PerCommand;
  found: Record<CommandName, number>;
  outcomeAllMs: number;
}
interface IndexResult extends Measured {
  timings: PerCommand;
}
interface PersistedResult extends Measured {
  corpusMs: number;
  loadMs: number;
  sameAnswers: number;
  comparedAnswers: number;
}
interface UnderLoad {
  queries: Latency;
  lagP99: number;
  lagMax: number;
  heldP99: number;
  heldMax: number;
}
interface ReloadResult {
  intervalMs: number;
  openMs: number;
  reloadMs: number;
  idle: UnderLoad;
  during: UnderLoad;
}

const exists = (path: string) => access(path).then(
  () => true,
  () => false,
);

/** Runs one phase in a child process with `--trace-gc`, and reads its peak heap from the trace. */
async function runPhase<T>(phase: string, work: string, perCommand: number): Promise<T & { heapMb: number }> {
  const resultFile = join(work, `${phase}.result.json`);
  const heapFile = join(work, `${phase}.heap.json`);
  if (resume && (await exists(resultFile)) && (await exists(heapFile)))
    return { ...(JSON.parse(await readFile(resultFile, 'utf8')) as T), heapMb: JSON.parse(await readFile(heapFile, 'utf8')) as number };
  const child = spawn(process.execPath, ['--import', 'tsx', '--trace-gc', '--max-old-space-size=20000', phaseFile, phase, work, resultFile, String(perCommand)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let trace = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (trace += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`bench: phase "${phase}" in ${work} exited with code ${code}`);
  const result = JSON.parse(await readFile(resultFile, 'utf8')) as T & { buildEndedAt?: number; heapAtEndMb?: number };
  const heapMb = Math.max(result.heapAtEndMb ?? 0, peakHeapFromTrace(trace, result.buildEndedAt ?? Infinity));
  await writeFile(heapFile, JSON.stringify(heapMb));
  return { ...result, heapMb };
}

const f0 = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const f1 = (n: number) => (Number.isFinite(n) ? (n >= 100 ? f0(n) : n.toFixed(n >= 10 ? 1 : 2)) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×` : '–');
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

function report(size: number, perCommand: number, parley: ParleyResult, mini: IndexResult, lunrResult: IndexResult | undefined, persisted: PersistedResult, reload: ReloadResult): string {
  const c = parley.counts;
  const total = parley.loadMs + parley.buildMs;
  const lines = [
    `## ${size.toLocaleString('en-US')} articles`,
    '',
    `${c.articles.toLocaleString('en-US')} articles, ${c.sentences.toLocaleString('en-US')} indexed sentences (passages), ${c.terms.toLocaleString('en-US')} index terms; ` +
      `${c.people.toLocaleString('en-US')} people, ${c.quotes.toLocaleString('en-US')} quotes, ${c.outcomes.toLocaleString('en-US')} outcome sentences extracted.`,
    '',
    '### Build',
    '',
    '| | time (ms) | peak heap (MiB) | peak RSS (MiB) |',
    '|---|---:|---:|---:|',
    `| Parley: load + extraction + index | ${f0(total)} | ${f0(parley.heapMb)} | ${f0(parley.rssMb)} |`,
    `| raw MiniSearch \`addAll\`, same passages | ${f0(mini.buildMs)} | ${f0(mini.heapMb)} | ${f0(mini.rssMb)} |`,
    lunrResult ? `| lunr, same passages | ${f0(lunrResult.buildMs)} | ${f0(lunrResult.heapMb)} | ${f0(lunrResult.rssMb)} |` : `| lunr | not run above ${LUNR_UP_TO.toLocaleString('en-US')} articles | | |`,
    `| **Parley / raw MiniSearch** | **${ratio(total, mini.buildMs)}** (target ≤ 1.3×: ${mark(total <= 1.3 * mini.buildMs)}) | ${ratio(parley.heapMb, mini.heapMb)} | **${ratio(parley.rssMb, mini.rssMb)}** (target ≤ 1.5×: ${mark(parley.rssMb <= 1.5 * mini.rssMb)}) |`,
    '',
    `Parley's build by step (ms): load ${f0(parley.loadMs)}, ` + Object.entries(parley.steps).map(([step, took]) => `${step} ${f0(took)}`).join(', ') + '.',
    '',
    `### Answers (${perCommand} queries per command; p50 / p99 in ms)`,
    '',
    '| command | Parley p50 | Parley p99 | raw MiniSearch p50 | raw MiniSearch p99 | lunr p50 | lunr p99 | Parley / MiniSearch (p99) | MiniSearch / lunr (p99) | answered |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const command of COMMAND_NAMES) {
    const p = parley.timings[command];
    const m = mini.timings[command];
    const l = lunrResult?.timings[command];
    lines.push(
      `| ${command} | ${f1(p.p50)} | ${f1(p.p99)} | ${f1(m.p50)} | ${f1(m.p99)} | ${l ? f1(l.p50) : '–'} | ${l ? f1(l.p99) : '–'} | ${ratio(p.p99, m.p99)} (${mark(p.p99 <= 1.5 * m.p99)}) | ${l ? ratio(m.p99, l.p99) : '–'} | ${parley.found[command]}/${p.count} |`,
    );
  }
  lines.push(
    '',
    `\`/outcome\` with no topic (every article): ${f0(parley.outcomeAllMs)} ms, once.`,
    '',
    '### Saved index',
    '',
    '| | time (ms) |',
    '|---|---:|',
    `| rebuild: load corpus + buildKnowledge | ${f0(total)} |`,
    `| start from the saved index: load corpus + loadKnowledge | ${f0(persisted.corpusMs + persisted.loadMs)} |`,
    `| of which loadKnowledge | ${f0(persisted.loadMs)} |`,
    `| save | ${f0(parley.saveMs)} |`,
    `| **rebuild / saved start** | **${ratio(total, persisted.corpusMs + persisted.loadMs)}** (target ≥ 5×: ${mark(total >= 5 * (persisted.corpusMs + persisted.loadMs))}) |`,
    '',
    `Size on disk ${f1(parley.bytes / 2 ** 20)} MiB; peak heap ${f0(persisted.heapMb)} MiB, peak RSS ${f0(persisted.rssMb)} MiB while loading; ` +
      `${persisted.sameAnswers} of ${persisted.comparedAnswers} sampled answers identical to the rebuilt index's.`,
    '',
    `### Reload under load (a question every ${f0(reload.intervalMs)} ms; the reload builds in a worker thread)`,
    '',
    '| | answer wait p50 (ms) | answer wait p99 (ms) | event-loop lag p99 (ms) | lag max (ms) | lag not spent answering, p99 (ms) | same, max (ms) | questions |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    `| idle, 3 s | ${f1(reload.idle.queries.p50)} | ${f1(reload.idle.queries.p99)} | ${f1(reload.idle.lagP99)} | ${f1(reload.idle.lagMax)} | ${f1(reload.idle.heldP99)} | ${f1(reload.idle.heldMax)} | ${reload.idle.queries.count} |`,
    `| during the reload (${f0(reload.reloadMs)} ms) | ${f1(reload.during.queries.p50)} | ${f1(reload.during.queries.p99)} | ${f1(reload.during.lagP99)} | ${f1(reload.during.lagMax)} | **${f1(reload.during.heldP99)}** (target < 50: ${mark(reload.during.heldP99 < 50)}) | ${f1(reload.during.heldMax)} | ${reload.during.queries.count} |`,
    '',
    'The wait counts from when a question was due, so it includes answering it and any question queued before it. The event-loop ' +
      'lag includes the answers themselves (one slow /ask holds the loop as long as it runs); the lag not spent answering is what ' +
      `the reload adds, and the target is read on it. Questions come every 10 ms, or twice the mean answer time when answering ` +
      `takes longer, so the bot is never asked more than it can answer. Start-up from the saved index took ${f0(reload.openMs)} ms.`,
    '',
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  await snapshotCode();
  const texts = readBrown();
  const sections: string[] = [];
  for (const size of sizes) {
    const work = join(tmpdir(), `parley-bench-${size}`);
    if (!resume || !(await exists(join(work, 'queries.json')))) {
      await rm(work, { recursive: true, force: true });
      await mkdir(work, { recursive: true });
      await writeArticles(join(work, 'corpus'), sampleArticles(texts, size));
    }
    const perCommand = queriesFor(size);
    const log = (what: string) => process.stderr.write(`bench: ${size} articles: ${what} (${Math.round((performance.now() - started) / 1000)} s)\n`);
    log('parley');
    const parley = await runPhase<ParleyResult>('parley', work, perCommand);
    log('minisearch');
    const mini = await runPhase<IndexResult>('minisearch', work, perCommand);
    let lunrResult: IndexResult | undefined;
    if (size <= LUNR_UP_TO) {
      log('lunr');
      lunrResult = await runPhase<IndexResult>('lunr', work, perCommand);
    }
    log('persisted');
    const persisted = await runPhase<PersistedResult>('persisted', work, perCommand);
    log('reload');
    const reload = await runPhase<ReloadResult>('reload', work, perCommand);
    const section = report(size, perCommand, parley, mini, lunrResult, persisted, reload);
    process.stdout.write(section + '\n');
    sections.push(section);
    await rm(work, { recursive: true, force: true });
    // Written after each size, so that a long run stopped part-way keeps what it measured.
    await writeResults(sections, started);
  }
  await rm(codeDir, { recursive: true, force: true });
  process.stderr.write(`bench: wrote ${resultsFile}\n`);
}

async function writeResults(sections: string[], started: number): Promise<void> {
  const header = [
    '# Parley benchmark',
    '',
    `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}; ` +
      `the run took ${Math.round((performance.now() - started) / 1000)} s (sizes ${sizes.join(', ')}).`,
    '',
    `Corpus: articles of ${PARAGRAPHS_PER_ARTICLE} consecutive paragraphs of the Brown corpus (all 15 genres, tags stripped), ` +
      'sampled with a seeded PRNG, so every run reads the same text. Each phase runs in its own process; peak heap is read from ' +
      "`--trace-gc`, peak RSS from the process's maxRSS. Raw MiniSearch indexes the same sentences and titles with its default " +
      'options and answers the same query strings with `search()`; lunr likewise with its default pipeline.',
    '',
  ];
  await writeFile(resultsFile, [...header, ...sections].join('\n'));
}

await main();
