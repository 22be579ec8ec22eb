import { loadCorpus, type LoadReport, type SkippedFile } from './corpus.js';
import { buildKnowledge, knowledgeStats, type Knowledge } from './knowledge.js';
import type { Logger } from './logger.js';

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

  /** Loads the corpus and builds its knowledge. Throws when the folder cannot be read. */
  static async open(options: LiveIndexOptions): Promise<LiveIndex> {
    const { articles, report } = await loadCorpus(options.corpusDir, options.logger);
    if (articles.length === 0) options.logger.warn({ dir: options.corpusDir }, 'corpus: no articles to serve');
    return new LiveIndex(options, buildKnowledge(articles), report);
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
      const { articles, report } = await loadCorpus(corpusDir, logger);
      if (articles.length === 0)
        throw new Error(`reload: no article could be loaded from "${corpusDir}" (${report.skipped.length} file${report.skipped.length === 1 ? '' : 's'} skipped)`);
      const next = buildKnowledge(articles);
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
}
