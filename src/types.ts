/** The four questions Parley answers. */
export type CommandName = 'who' | 'quote' | 'outcome' | 'ask';

export const COMMAND_NAMES: readonly CommandName[] = ['who', 'quote', 'outcome', 'ask'];

/** One blank-line-separated block of an article's body. */
export interface Paragraph {
  /** 1-based position among the body's non-empty blocks, as a reader counts them. */
  number: number;
  text: string;
  /** False for a photo caption, byline, dateline-only or boilerplate block: never offered as an answer. */
  isStory: boolean;
}

/** An article as loaded from the corpus folder. */
export interface Article {
  /** The file name without its extension. */
  id: string;
  title: string;
  date?: string;
  source?: string;
  authors?: string;
  url?: string;
  paragraphs: Paragraph[];
  /** Checksum of the file's bytes, to tell a changed article from an unchanged one. */
  checksum: string;
}

/** Where an answer comes from: a verbatim piece of one paragraph. */
export interface Citation {
  article: string;
  title: string;
  paragraph: number;
  /** Copied verbatim from the paragraph (a quote's snippet is the quoted words themselves). */
  snippet: string;
  speaker?: string;
  /** For /outcome: which group the fact belongs to. */
  group?: OutcomeGroup;
  url?: string;
}

export type OutcomeGroup = 'agreed' | 'not agreed' | 'next';

/** What every command returns, whoever asked (console, command line or Discord). */
export interface Answer {
  command: CommandName;
  query: string;
  /** False when the articles hold no answer: the bot says so instead of guessing. */
  found: boolean;
  /** A short statement, or a helpful message when nothing was found. */
  answer: string;
  citations: Citation[];
  /** Close names or topics to try when nothing was found. */
  suggestions?: string[];
}
