import { Writable } from 'node:stream';
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CorpusError, loadCorpus, type LoadReport } from './corpus.js';
import { buildKnowledge, type Knowledge } from './knowledge.js';
import { createLogger, type Logger } from './logger.js';
import { knowledgeFromLines, knowledgeLines, writeKnowledgeLines } from './persist.js';

/** What {@link buildKnowledgeInWorker} needs. */
export interface WorkerBuildOptions {
  corpusDir: string;
  /** Where the worker also saves the built knowledge (see `persist.ts`). Default: not saved. */
  cacheFile?: string;
  /** Receives the worker's log lines (a skipped file, the corpus loaded) as if logged here. */
  logger: Logger;
  /**
   * Longest stretch, in milliseconds, that taking in the built knowledge holds the event loop
   * before it lets waiting work (questions) run. Default: 5.
   */
  yieldEveryMs?: number;
}

/** A build's result: the knowledge, or no article to build from, and what the load found. */
export type WorkerBuildResult = { knowledge: Knowledge; report: LoadReport } | { knowledge: undefined; report: LoadReport };

/** The worker itself failed (it could not start, or crashed), as opposed to the build it ran. */
export class KnowledgeWorkerError extends Error {
  override name = 'KnowledgeWorkerError';
}

const TASK = 'parley.build-knowledge';
// Lines are sent in batches of about this many characters: fewer messages, none too large to take in at once.
const BATCH_CHARS = 512 * 1024;

type ToMain =
  | { type: 'log'; line: string }
  | { type: 'lines'; lines: string[] }
  | { type: 'done'; report: LoadReport; built: boolean }
  | { type: 'failed'; name: string; message: string; stack?: string };

interface Task {
  task: typeof TASK;
  corpusDir: string;
  cacheFile?: string;
  logLevel: string;
}

/**
 * Loads the corpus and builds its knowledge in a worker thread, so that the event loop keeps
 * answering meanwhile. The worker sends the knowledge back in its saved form (see `persist.ts`),
 * which is taken in a slice at a time; it also saves it when `cacheFile` is given. A corpus error
 * (the folder cannot be read) is thrown as a {@link CorpusError}; a worker that could not start
 * or crashed as a {@link KnowledgeWorkerError}.
 */
export async function buildKnowledgeInWorker(options: WorkerBuildOptions): Promise<WorkerBuildResult> {
  const { logger } = options;
  const task: Task = { task: TASK, corpusDir: options.corpusDir, cacheFile: options.cacheFile, logLevel: logger.level };
  const worker = startWorker(task);
  const lines = new LineQueue();
  let report: LoadReport | undefined;
  let built = false;
  let failure: Error | undefined;
  worker.on('message', (message: ToMain) => {
    if (message.type === 'log') relog(logger, message.line);
    else if (message.type === 'lines') lines.push(message.lines);
    else if (message.type === 'done') {
      report = message.report;
      built = message.built;
      lines.end();
    } else {
      const error = message.name === 'CorpusError' ? new CorpusError(message.message) : new Error(message.message);
      if (message.stack) error.stack = message.stack;
      failure = error;
      lines.end();
    }
  });
  worker.on('error', (error) => {
    failure ??= new KnowledgeWorkerError(`knowledge worker: ${error.message}`, { cause: error });
    lines.end();
  });
  worker.on('exit', (code) => {
    if (!report && !failure) failure = new KnowledgeWorkerError(`knowledge worker: stopped (exit code ${code}) before it finished`);
    lines.end();
  });
  try {
    const knowledge = await knowledgeFromLines(lines, undefined, { yieldEveryMs: options.yieldEveryMs ?? 5 }).catch((error: unknown) => {
      // A worker that failed sends no lines; its own error says more than an empty read.
      throw failure ?? error;
    });
    if (failure) throw failure;
    return { knowledge, report: report! };
  } catch (error) {
    if (failure) throw failure;
    if (report && !built) return { knowledge: undefined, report };
    throw error;
  } finally {
    await worker.terminate();
  }
}

function startWorker(task: Task): Worker {
  const self = import.meta.url;
  // A heap as large as this thread's: a large corpus needs the same room here as there.
  const resourceLimits = { maxOldGenerationSizeMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20) };
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: task, resourceLimits });
  // Run from TypeScript (tsx, vitest): the worker registers tsx's loader before it imports this file,
  // since Node 20 does not pass an `--import` loader on to a worker's entry module.
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(self)}); });`;
  return new Worker(boot, { eval: true, workerData: task, resourceLimits });
}

/** Lines arriving in batches, read with `for await`. */
class LineQueue implements AsyncIterable<string> {
  #batches: string[][] = [];
  #ended = false;
  #wake: (() => void) | undefined;

  push(lines: string[]): void {
    this.#batches.push(lines);
    this.#wake?.();
  }

  end(): void {
    this.#ended = true;
    this.#wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    for (;;) {
      const batch = this.#batches.shift();
      if (batch) {
        yield* batch;
        continue;
      }
      if (this.#ended) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = undefined;
    }
  }
}

const LOG_FIELDS_SET_BY_PINO = new Set(['level', 'time', 'pid', 'hostname', 'msg']);

function relog(logger: Logger, line: string): void {
  try {
    const record = JSON.parse(line) as Record<string, unknown>;
    const level = logger.levels.labels[Number(record.level)] ?? 'info';
    const fields = Object.fromEntries(Object.entries(record).filter(([key]) => !LOG_FIELDS_SET_BY_PINO.has(key)));
    (logger[level as 'info'] ?? logger.info).call(logger, fields, String(record.msg ?? ''));
  } catch {
    logger.info(line.trim());
  }
}

async function runWorker(task: Task): Promise<void> {
  const port = parentPort!;
  const send = (message: ToMain) => port.postMessage(message);
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      send({ type: 'log', line: chunk.toString() });
      done();
    },
  });
  const logger = createLogger({ level: task.logLevel, destination });
  try {
    const { articles, report } = await loadCorpus(task.corpusDir, logger);
    if (articles.length === 0) {
      send({ type: 'done', report, built: false });
      return;
    }
    const knowledge = buildKnowledge(articles);
    const lines = knowledgeLines(knowledge);
    let batch: string[] = [];
    let size = 0;
    const add = (line: string) => {
      batch.push(line);
      size += line.length;
      if (size < BATCH_CHARS) return;
      send({ type: 'lines', lines: batch });
      batch = [];
      size = 0;
    };
    // Stepped by hand, so that a failed save stops the file but not the lines the main thread waits for.
    function* sentAlong(): Generator<string> {
      for (let next = lines.next(); !next.done; next = lines.next()) {
        add(next.value);
        yield next.value;
      }
    }
    if (task.cacheFile) {
      try {
        await writeKnowledgeLines(sentAlong(), task.cacheFile);
      } catch (error) {
        logger.warn({ err: error, file: task.cacheFile }, 'persist: could not save the index');
      }
    }
    for (let next = lines.next(); !next.done; next = lines.next()) add(next.value);
    if (batch.length > 0) send({ type: 'lines', lines: batch });
    send({ type: 'done', report, built: true });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    send({ type: 'failed', name: failure.name, message: failure.message, stack: failure.stack });
  }
}

if (!isMainThread && (workerData as Partial<Task> | null)?.task === TASK) void runWorker(workerData as Task);
