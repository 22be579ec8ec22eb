import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BUNDLED = new URL('../corpus/', import.meta.url);
const DEV = `${process.env.PARLEY_SHARED ?? '../shared'}/eval/dev`;

/**
 * A fresh temporary folder whose `corpus/` holds the bundled article and the shared dev articles,
 * each dev article also `copies` more times under other names (to make a build take longer).
 */
export async function tempCorpus(prefix: string, copies = 0): Promise<{ dir: string; corpusDir: string }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const corpusDir = join(dir, 'corpus');
  await cp(BUNDLED, corpusDir, { recursive: true });
  for (const name of await readdir(DEV)) {
    const text = await readFile(join(DEV, name), 'utf8');
    for (let copy = 0; copy <= copies; copy++) await writeFile(join(corpusDir, copy === 0 ? name : `copy${copy}-${name}`), text);
  }
  return { dir, corpusDir };
}
