import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type LoadReport, type SkippedFile } from './corpus.js';
import { buildKnowledge, knowledgeStats, type Knowledge } from './knowledge.js';
import { buildKnowledgeInWorker, KnowledgeWorkerError } from './knowledge-worker.js';
import type { Logger } from './logger.js';
import { corpusChecksums, loadKnowledge, PersistError, saveKnowledge } from './persist.js';

/** Articles and story paragraphs, before or after a reload. */
export interface IndexStats {
  articles: number;
  passages: number;
}

/** What a reload changed. */
export interface ReloadReport {
  before: IndexStats;
  after: IndexStats;
  /** Article ids new in the corpus, gone from it, or changed in place. */
  added: string[];
  removed: string[];
  changed: string[];
  skipped: SkippedFile[];
  ms: number;
}

/** Options for {@link LiveIndex.open}. */
export interface LiveIndexOptions {
  corpusDir: string;
  logger: Logger;
  /**
   * Folder of saved indexes (one file per corpus folder), read on start-up when the corpus is
   * unchanged and written after each build; `false` keeps nothing on disk.
   * Default: {@link DEFAULT_CACHE_DIR}.
   */
  cacheDir?: string | false;
  /**
   * Where a reload builds: `'worker'` (a worker thread, so the bot keeps answering meanwhile) or
   * `'main'` (this thread, blocking it for the length of the build). Default: `'worker'`.
   */
  reloadIn?: 'worker' | 'main';
}

/** `.parley-cache/` in the project root. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../.parley-cache/', import.meta.url));

/** The saved-index file of a corpus folder in a cache folder: one per folder, named by its path. */
export function cacheFileFor(cacheDir: string, corpusDir: string): string {
  const digest = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(cacheDir, `knowledge-${digest}.jsonl`);
}

/**
 * The knowledge the bot serves, swapped whole on reload: a reload builds the new knowledge to the
 * side and replaces the old one only when it succeeded, so a failed reload leaves the old one
 * serving. Reloads asked for while one runs share its result.
 */
export class LiveIndex {
  #knowledge: Knowledge;
  #report: LoadReport;
  #reloading: Promise<ReloadReport> | undefined;

  private constructor(
    private readonly options: LiveIndexOptions,
    knowledge: Knowledge,
    report: LoadReport,
  ) {
    this.#knowledge = knowledge;
    this.#report = report;
  }

  /**
   * Loads the corpus and its knowledge: the saved index when it was built from these very
   * articles (same ids and checksums), else a fresh build, which is then saved. A saved index
   * that cannot be used is logged with the reason (`persist: rebuilding: …`). Throws when the
   * folder cannot be read.
   */
  static async open(options: LiveIndexOptions): Promise<LiveIndex> {
    const { logger, corpusDir } = options;
    const { articles, report } = await loadCorpus(corpusDir, logger);
    if (articles.length === 0) logger.warn({ dir: corpusDir }, 'corpus: no articles to serve');
    const file = cacheFile(options);
    if (file) {
      const started = performance.now();
      try {
        const knowledge = await loadKnowledge(file, corpusChecksums(articles));
        logger.info({ file, articles: knowledge.articles.length, ms: Math.round(performance.now() - started) }, 'persist: loaded the saved index');
        return new LiveIndex(options, knowledge, report);
      } catch (error) {
        if (!(error instanceof PersistError)) throw error;
        const reason = error.message.replace(/^persist: /, '');
        logger[error.problem === 'corrupt' || error.problem === 'version' ? 'warn' : 'info']({ file, problem: error.problem }, `persist: rebuilding: ${reason}`);
      }
    }
    const knowledge = buildKnowledge(articles);
    if (file) await save(knowledge, file, logger);
    return new LiveIndex(options, knowledge, report);
  }

  /** The knowledge being served now. */
  get knowledge(): Knowledge {
    return this.#knowledge;
  }

  /** What the last successful load found. */
  get loadReport(): LoadReport {
    return this.#report;
  }

  /** The folder the articles come from. */
  get corpusDir(): string {
    return this.options.corpusDir;
  }

  /**
   * Reads the corpus again and swaps the new knowledge in. Throws, keeping the old knowledge,
   * when the folder cannot be read or no article in it can be loaded.
   */
  reload(): Promise<ReloadReport> {
    this.#reloading ??= this.#rebuild().finally(() => (this.#reloading = undefined));
    return this.#reloading;
  }

  async #rebuild(): Promise<ReloadReport> {
    const started = performance.now();
    const { logger, corpusDir } = this.options;
    try {
      const { knowledge: next, report } = await this.#build();
      if (!next)
        throw new Error(`reload: no article could be loaded from "${corpusDir}" (${report.skipped.length} file${report.skipped.length === 1 ? '' : 's'} skipped)`);
      const articles = next.articles;
      const previous = this.#knowledge;
      const oldChecksums = new Map(previous.articles.map((article) => [article.id, article.checksum]));
      const newIds = new Set(articles.map((article) => article.id));
      const result: ReloadReport = {
        before: knowledgeStats(previous),
        after: knowledgeStats(next),
        added: articles.filter((article) => !oldChecksums.has(article.id)).map((article) => article.id),
        removed: previous.articles.filter((article) => !newIds.has(article.id)).map((article) => article.id),
        changed: articles.filter((article) => oldChecksums.has(article.id) && oldChecksums.get(article.id) !== article.checksum).map((article) => article.id),
        skipped: report.skipped,
        ms: Math.round(performance.now() - started),
      };
      this.#knowledge = next;
      this.#report = report;
      logger.info({ ...result, skipped: result.skipped.length }, 'reloaded');
      return result;
    } catch (error) {
      logger.error({ err: error }, 'reload failed; the previous index keeps serving');
      throw error;
    }
  }

  /** Loads and builds the corpus where the options say; saves the result when there is a cache. */
  async #build(): Promise<{ knowledge: Knowledge | undefined; report: LoadReport }> {
    const { logger, corpusDir } = this.options;
    const file = cacheFile(this.options);
    if ((this.options.reloadIn ?? 'worker') === 'worker') {
      try {
        return await buildKnowledgeInWorker({ corpusDir, logger, cacheFile: file });
      } catch (error) {
        if (!(error instanceof KnowledgeWorkerError)) throw error;
        logger.warn({ err: error }, 'reload: the worker failed; building on the main thread');
      }
    }
    const { articles, report } = await loadCorpus(corpusDir, logger);
    if (articles.length === 0) return { knowledge: undefined, report };
    const knowledge = buildKnowledge(articles);
    if (file) await save(knowledge, file, logger);
    return { knowledge, report };
  }
}

function cacheFile(options: LiveIndexOptions): string | undefined {
  const dir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  return dir === false ? undefined : cacheFileFor(dir, options.corpusDir);
}

/** Saves a built knowledge; a failure is logged, never thrown: the bot serves without a saved index. */
async function save(knowledge: Knowledge, file: string, logger: Logger): Promise<void> {
  const started = performance.now();
  try {
    await saveKnowledge(knowledge, file);
    logger.info({ file, ms: Math.round(performance.now() - started) }, 'persist: saved the index');
  } catch (error) {
    logger.warn({ err: error, file }, 'persist: could not save the index');
  }
}
