/**
 * One measured phase of the benchmark, run in a process of its own so that its peak memory is
 * its own: `tsx bench/phase.ts <phase> <work folder> <result file> [queries per command]`.
 * Phases: `parley` (load, extract and index, save, answer the mix), `minisearch` and `lunr` (the
 * same passages in a bare index, the same queries), `persisted` (start from the saved index),
 * `reload` (rebuild while questions keep coming).
 */
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { answer } from '../src/answer.js';
import { loadCorpus } from '../src/corpus.js';
import { buildKnowledge, type BuildStep } from '../src/knowledge.js';
import { LiveIndex, cacheFileFor } from '../src/live-index.js';
import { createLogger } from '../src/logger.js';
import { corpusChecksums, loadKnowledge, saveKnowledge } from '../src/persist.js';
import { COMMAND_NAMES, type CommandName } from '../src/types.js';
import { latency, peakRssMb, timeEach, type Latency } from './measure.js';
import { queryMix, type BenchQuery } from './queries.js';

/** A passage as the bare indexes get it: the sentence Parley indexes, with its article's title. */
interface Passage {
  id: number;
  text: string;
  title: string;
}

type PerCommand = Record<CommandName, Latency>;

const [phase, work, resultFile, perCommandArg] = process.argv.slice(2);
const corpusDir = join(work, 'corpus');
const passagesFile = join(work, 'passages.json');
const queriesFile = join(work, 'queries.json');
const answersFile = join(work, 'answers.json');
const cacheDir = join(work, 'cache');
const logger = createLogger({ level: 'warn' });
const ms = (since: number) => performance.now() - since;

async function runParley() {
  let started = performance.now();
  const { articles } = await loadCorpus(corpusDir);
  const loadMs = ms(started);
  started = performance.now();
  const steps: Partial<Record<BuildStep, number>> = {};
  const knowledge = buildKnowledge(articles, (step, took) => (steps[step] = took));
  const buildMs = ms(started);
  const buildEndedAt = performance.now();
  const heapAtEndMb = process.memoryUsage().heapUsed / 2 ** 20;
  const rssMb = peakRssMb();
  const passages: Passage[] = knowledge.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text, title: knowledge.articleById.get(sentence.article)!.title }));
  await writeFile(passagesFile, JSON.stringify(passages));
  const mix = queryMix(knowledge, Number(perCommandArg));
  await writeFile(queriesFile, JSON.stringify(mix));
  started = performance.now();
  const file = cacheFileFor(cacheDir, corpusDir);
  await saveKnowledge(knowledge, file);
  const saveMs = ms(started);
  const bytes = (await stat(file)).size;
  // Warm up: the first calls compile the answer code.
  for (const query of mix.slice(0, 20)) answer(knowledge, query.command, query.query);
  const timings = perCommand(mix, (query) => answer(knowledge, query.command, query.query));
  started = performance.now();
  answer(knowledge, 'outcome', '');
  const outcomeAllMs = ms(started);
  const sample = mix.filter((_, n) => n % 7 === 0).map((query) => JSON.stringify(answer(knowledge, query.command, query.query)));
  await writeFile(answersFile, JSON.stringify(sample));
  const found = Object.fromEntries(COMMAND_NAMES.map((command) => [command, mix.filter((q) => q.command === command && answer(knowledge, command, q.query).found).length]));
  return {
    loadMs,
    buildMs,
    steps,
    buildEndedAt,
    heapAtEndMb,
    rssMb,
    counts: { articles: articles.length, sentences: knowledge.sentences.length, people: knowledge.people.length, quotes: knowledge.quotes.length, outcomes: knowledge.outcomes.length, terms: knowledge.index.termCount },
    saveMs,
    bytes,
    timings,
    found,
    outcomeAllMs,
  };
}

function perCommand(mix: BenchQuery[], run: (query: BenchQuery) => unknown): PerCommand {
  return Object.fromEntries(
    COMMAND_NAMES.map((command) => {
      const queries = mix.filter((query) => query.command === command);
      return [command, latency(timeEach(queries, run))];
    }),
  ) as PerCommand;
}

async function readInputs(): Promise<{ passages: Passage[]; mix: BenchQuery[] }> {
  const passages = JSON.parse(await readFile(passagesFile, 'utf8')) as Passage[];
  const mix = JSON.parse(await readFile(queriesFile, 'utf8')) as BenchQuery[];
  return { passages, mix };
}

async function runMiniSearch() {
  const { passages, mix } = await readInputs();
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  const index = new MiniSearch<Passage>({ fields: ['text', 'title'] });
  index.addAll(passages);
  const buildMs = ms(started);
  const buildEndedAt = performance.now();
  const heapAtEndMb = process.memoryUsage().heapUsed / 2 ** 20;
  const rssMb = peakRssMb();
  for (const query of mix.slice(0, 20)) index.search(query.query);
  const timings = perCommand(mix, (query) => index.search(query.query));
  return { buildMs, buildEndedAt, heapAtEndMb, rssMb, rssBeforeMb, terms: index.termCount, timings };
}

async function runLunr() {
  const { passages, mix } = await readInputs();
  const started = performance.now();
  const index = lunr(function () {
    this.ref('id');
    this.field('text');
    this.field('title');
    for (const passage of passages) this.add(passage);
  });
  const buildMs = ms(started);
  const buildEndedAt = performance.now();
  const heapAtEndMb = process.memoryUsage().heapUsed / 2 ** 20;
  const rssMb = peakRssMb();
  // Lunr reads + - : ~ ^ * as query syntax; a user's words are searched as plain terms.
  const plain = (query: string) => query.replace(/[+\-:~^*]/g, ' ');
  for (const query of mix.slice(0, 20)) index.search(plain(query.query));
  const timings = perCommand(mix, (query) => index.search(plain(query.query)));
  return { buildMs, buildEndedAt, heapAtEndMb, rssMb, timings };
}

async function runPersisted() {
  const file = cacheFileFor(cacheDir, corpusDir);
  let started = performance.now();
  const { articles } = await loadCorpus(corpusDir);
  const corpusMs = ms(started);
  started = performance.now();
  const knowledge = await loadKnowledge(file, corpusChecksums(articles));
  const loadMs = ms(started);
  const buildEndedAt = performance.now();
  const heapAtEndMb = process.memoryUsage().heapUsed / 2 ** 20;
  const rssMb = peakRssMb();
  const mix = JSON.parse(await readFile(queriesFile, 'utf8')) as BenchQuery[];
  const expected = JSON.parse(await readFile(answersFile, 'utf8')) as string[];
  const actual = mix.filter((_, n) => n % 7 === 0).map((query) => JSON.stringify(answer(knowledge, query.command, query.query)));
  const same = actual.filter((text, n) => text === expected[n]).length;
  return { corpusMs, loadMs, buildEndedAt, heapAtEndMb, rssMb, sameAnswers: same, comparedAnswers: expected.length };
}

async function runReload() {
  let started = performance.now();
  const live = await LiveIndex.open({ corpusDir, logger, cacheDir });
  const openMs = ms(started);
  const mix = JSON.parse(await readFile(queriesFile, 'utf8')) as BenchQuery[];
  // The pace: a question every 10 ms, or at half the answering capacity when answers take longer,
  // since a bot asked more than it can answer only queues, and a reload would wait behind the queue.
  const service = timeEach(mix, (query) => answer(live.knowledge, query.command, query.query));
  const intervalMs = Math.max(10, (2 * service.reduce((sum, took) => sum + took, 0)) / service.length);
  // Idle: the same queries at the same pace, without a reload, for comparison.
  const idle = await underLoad(live, mix, intervalMs, () => new Promise((resolve) => setTimeout(resolve, 3000)));
  // A changed article makes the saved index stale, as an edit on disk would before /reload.
  await appendFile(join(corpusDir, 'brown-00001.md'), '\nThe committee agreed on Tuesday to meet again in March.\n');
  started = performance.now();
  const during = await underLoad(live, mix, intervalMs, () => live.reload());
  const reloadMs = ms(started);
  return { intervalMs, openMs, reloadMs, idle, during, articles: live.knowledge.articles.length };
}

/**
 * Sends a question every `intervalMs` (or as soon as the previous one is answered, when answering
 * takes longer) while `work` runs. Measures each answer's wait from when it was due, so that a held
 * event loop shows in the waits; the event-loop lag (monitorEventLoopDelay); and the lag that is
 * not answering: a 5 ms ticker's delays less the time spent answering in between, which is what
 * the reload itself holds the loop for.
 */
async function underLoad(live: LiveIndex, mix: BenchQuery[], intervalMs: number, work: () => Promise<unknown>) {
  const tickMs = 5;
  const lag = monitorEventLoopDelay({ resolution: 5 });
  const waits: number[] = [];
  const held: number[] = [];
  let answering = 0;
  let sent = 0;
  let done = false;
  let due = performance.now();
  const next = () => {
    if (done) return;
    const query = mix[sent % mix.length];
    sent++;
    const started = performance.now();
    answer(live.knowledge, query.command, query.query);
    const answered = performance.now();
    answering += answered - started;
    waits.push(answered - due);
    due = Math.max(due + intervalMs, answered);
    setTimeout(next, Math.max(0, due - answered));
  };
  let lastTick = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    held.push(Math.max(0, now - lastTick - tickMs - answering));
    answering = 0;
    lastTick = now;
  }, tickMs);
  lag.enable();
  setTimeout(next, 0);
  await work();
  done = true;
  clearInterval(ticker);
  lag.disable();
  return { queries: latency(waits), lagP99: lag.percentile(99) / 1e6, lagMax: lag.max / 1e6, heldP99: latency(held).p99, heldMax: latency(held).max };
}

const phases: Record<string, () => Promise<unknown>> = {
  parley: runParley,
  minisearch: runMiniSearch,
  lunr: runLunr,
  persisted: runPersisted,
  reload: runReload,
};

const run = phases[phase];
if (!run) throw new Error(`bench: unknown phase "${phase}" (one of ${Object.keys(phases).join(', ')})`);
await writeFile(resultFile, JSON.stringify(await run()));
process.exit(0);
