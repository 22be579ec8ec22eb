import type { Answer } from './types.js';
import type { LoadReport } from './corpus.js';

/** Lays out an answer for a terminal: the answer, then each citation with its paragraph. */
export function formatAnswerText(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.suggestions?.length && !answer.answer.includes(answer.suggestions[0])) lines.push(`Try: ${answer.suggestions.join(', ')}`);
  for (const [k, citation] of answer.citations.entries()) {
    const who = citation.speaker ? `${citation.speaker}: ` : '';
    const group = citation.group ? `[${citation.group}] ` : '';
    lines.push(`  [${k + 1}] ${group}${who}“${citation.snippet}”`);
    lines.push(`      — ${citation.title}, ¶${citation.paragraph}${citation.url ? ` <${citation.url}>` : ''}`);
  }
  return lines.join('\n');
}

/** One line per skipped file, after the counts. */
export function formatLoadReport(report: LoadReport): string {
  const lines = [`${report.articles} article${report.articles === 1 ? '' : 's'}, ${report.paragraphs} paragraphs`];
  for (const skipped of report.skipped) lines.push(`  skipped "${skipped.file}": ${skipped.reason}`);
  return lines.join('\n');
}
