import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const core = sourceFiles('src').filter((path) => !path.startsWith(join('src', 'discord')));

describe('the core', () => {
  it('imports nothing from discord.js outside src/discord', () => {
    const offenders = core.filter((path) => /from ['"]discord\.js['"]|import\(['"]discord\.js['"]\)/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('names no person, place or phrase of the bundled article: answers come from the text', () => {
    const article = readFileSync('corpus/istanbul-talks-2025-05-16.md', 'utf8');
    // Every capitalised word of the article that is not an ordinary sentence opener.
    const names = new Set((article.match(/\b[A-Z][a-z]{3,}\b/g) ?? []).filter((word) => !/^(The|This|That|After|Such|During|From|Despite|But|When|Friday|Thursday|President|Secretary|State|Minister|Cardinal|Pope|Kremlin|White|House|Holy|See|News|York|Times|Europeans|Americans|Western)$/.test(word)));
    const found: string[] = [];
    for (const path of core) {
      const code = readFileSync(path, 'utf8');
      for (const name of names) if (new RegExp(`\\b${name}\\b`).test(code)) found.push(`${path}: ${name}`);
    }
    expect(found).toEqual([]);
  });
});
