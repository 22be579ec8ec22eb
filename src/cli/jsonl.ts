import { answer, parseQueryLine } from '../answer.js';
import type { Knowledge } from '../knowledge.js';

/**
 * Batch answering: each non-blank line a query, each answer one line of JSON. A line that names no
 * command is taken as a question for `ask`.
 */
export async function answerLines(knowledge: Knowledge, lines: AsyncIterable<string>, write: (line: string) => void): Promise<void> {
  for await (const line of lines) {
    if (!line.trim()) continue;
    const parsed = parseQueryLine(line) ?? { command: 'ask' as const, query: line.trim() };
    write(JSON.stringify(answer(knowledge, parsed.command, parsed.query)) + '\n');
  }
}
