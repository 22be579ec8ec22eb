import { createInterface } from 'node:readline';
import type { LiveIndex } from './live-index.js';
import type { Logger } from './logger.js';
import { answer, parseQueryLine } from './answer.js';
import { formatAnswerText, formatLoadReport } from './format-text.js';
import { listSources } from './sources.js';

/** Options for {@link runConsole}. */
export interface ConsoleOptions {
  live: LiveIndex;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  logger: Logger;
}

export const CONSOLE_HELP = `Parley answers from the articles in the corpus, citing article, paragraph and the exact words.
  /who <name>                 who a person is: full name and role
  /quote <speaker or topic>   what someone said, word for word
  /outcome [topic]            what was agreed, what was not, what comes next
  /ask <question>             any question about the articles
  /sources                    the articles loaded
  /reload                     read the corpus folder again
  /help                       this list
  /quit                       leave
A line without a command is asked as a question.`;

/**
 * The offline console: the same commands and answers as on Discord, laid out for a terminal.
 * It runs when no Discord token is set, and ends when the input ends or on /quit.
 */
export async function runConsole({ live, input, output, logger }: ConsoleOptions): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  let outputClosed = false;
  // A reader that stops early (`npm start | head`) closes the pipe: end the session quietly rather than
  // die on an unhandled EPIPE with a stack trace.
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') logger.error({ err: error }, 'console output failed');
    outputClosed = true;
    lines.close();
  };
  output.on('error', onOutputError);
  const print = (text: string) => !outputClosed && output.write(text + '\n');
  const interactive = 'isTTY' in input && Boolean((input as NodeJS.ReadStream).isTTY);
  const prompt = () => interactive && !outputClosed && output.write('parley> ');
  print(`Parley offline console — ${formatLoadReport(live.loadReport).split('\n')[0]} from "${live.corpusDir}". Type /help for commands.`);
  prompt();
  for await (const raw of lines) {
    if (outputClosed) break;
    const line = raw.trim();
    if (line) {
      if (/^\/?(quit|exit)$/i.test(line)) break;
      try {
        print(await consoleReply(live, line));
      } catch (error) {
        logger.error({ err: error, line }, 'console command failed');
        print('Sorry, something went wrong with that command. It has been logged.');
      }
    }
    prompt();
  }
  lines.close();
}

/** The reply to one console line. */
export async function consoleReply(live: LiveIndex, line: string): Promise<string> {
  const word = /^\/?(\w+)/.exec(line)?.[1]?.toLowerCase();
  if (word === 'help' && /^\/?help\s*$/i.test(line)) return CONSOLE_HELP;
  if (word === 'sources' && /^\/?sources\s*$/i.test(line)) {
    const sources = listSources(live.knowledge);
    if (sources.length === 0) return `No articles are loaded. Put .md or .txt files in "${live.corpusDir}" and /reload.`;
    return sources
      .map((source, k) => `${k + 1}. ${source.title}${source.date ? ` (${source.date})` : ''}${source.source ? ` — ${source.source}` : ''}, ${source.paragraphs} paragraphs [${source.id}]${source.url ? ` <${source.url}>` : ''}`)
      .join('\n');
  }
  if (word === 'reload' && /^\/?reload\s*$/i.test(line)) {
    try {
      const report = await live.reload();
      const changes = [
        report.added.length ? `added ${report.added.join(', ')}` : '',
        report.removed.length ? `removed ${report.removed.join(', ')}` : '',
        report.changed.length ? `changed ${report.changed.join(', ')}` : '',
      ].filter(Boolean);
      const skipped = report.skipped.map((file) => `  skipped "${file.file}": ${file.reason}`);
      return [
        `Reloaded in ${report.ms} ms: ${report.before.articles} → ${report.after.articles} articles, ${report.before.passages} → ${report.after.passages} paragraphs.`,
        changes.length ? changes.join('; ') + '.' : 'No article changed.',
        ...skipped,
      ].join('\n');
    } catch (error) {
      return `Reload failed: ${(error as Error).message}. The previous articles are still being served.`;
    }
  }
  const parsed = parseQueryLine(line) ?? (line.startsWith('/') ? null : { command: 'ask' as const, query: line });
  if (!parsed) return `Unknown command "${line.split(/\s/)[0]}". Type /help for the list.`;
  return formatAnswerText(answer(live.knowledge, parsed.command, parsed.query));
}
