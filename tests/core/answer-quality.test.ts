import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SHARED } from './helpers.js';

const run = promisify(execFile);

/**
 * Each gold set with the lowest metric it must keep (the scorer's `min`). The floors are the
 * scores measured when they were set: a change that lowers one is a regression to look at.
 * Targets are higher (0.95); see the README's table for where each set stands.
 */
const SETS: { name: string; gold: string; corpus: string; floor: number }[] = [
  { name: 'seed', gold: `${SHARED}/eval/seed.json`, corpus: 'corpus', floor: 0.95 },
  { name: 'dev', gold: `${SHARED}/eval/dev.json`, corpus: `${SHARED}/eval/dev`, floor: 0.96 },
  { name: 'carrach-ferry-vote', gold: 'tests/fixtures/carrach-ferry-vote.gold.json', corpus: 'tests/fixtures/carrach-ferry-vote', floor: 0.83 },
  { name: 'coral-basin-summit', gold: 'tests/fixtures/coral-basin-summit.gold.json', corpus: 'tests/fixtures/coral-basin-summit', floor: 0.83 },
  { name: 'dockworkers-strike-deal', gold: 'tests/fixtures/dockworkers-strike-deal.gold.json', corpus: 'tests/fixtures/dockworkers-strike-deal', floor: 0.88 },
  { name: 'dravena-ceasefire', gold: 'tests/fixtures/dravena-ceasefire.gold.json', corpus: 'tests/fixtures/dravena-ceasefire', floor: 0.83 },
  { name: 'harlan-river-ruling', gold: 'tests/fixtures/harlan-river-ruling.gold.json', corpus: 'tests/fixtures/harlan-river-ruling', floor: 0.83 },
  { name: 'rural-hospital-rescue', gold: 'tests/fixtures/rural-hospital-rescue.gold.json', corpus: 'tests/fixtures/rural-hospital-rescue', floor: 0.83 },
  { name: 'talbot-brewery-sale', gold: 'tests/fixtures/talbot-brewery-sale.gold.json', corpus: 'tests/fixtures/talbot-brewery-sale', floor: 0.88 },
  // Written after the rules above, and scored before any rule was changed for them.
  { name: 'boreal-summit-communique', gold: 'tests/fixtures/boreal-summit-communique.gold.json', corpus: 'tests/fixtures/boreal-summit-communique', floor: 0.8 },
  { name: 'halloway-school-closure-vote', gold: 'tests/fixtures/halloway-school-closure-vote.gold.json', corpus: 'tests/fixtures/halloway-school-closure-vote', floor: 0.95 },
  { name: 'orrery-antitrust-settlement', gold: 'tests/fixtures/orrery-antitrust-settlement.gold.json', corpus: 'tests/fixtures/orrery-antitrust-settlement', floor: 0.83 },
  { name: 'paredes-contract-extension', gold: 'tests/fixtures/paredes-contract-extension.gold.json', corpus: 'tests/fixtures/paredes-contract-extension', floor: 0.6 },
  { name: 'veln-bridge-prisoner-swap', gold: 'tests/fixtures/veln-bridge-prisoner-swap.gold.json', corpus: 'tests/fixtures/veln-bridge-prisoner-swap', floor: 0.6 },
];

describe.concurrent('answer quality on the gold sets (shared scorer)', () => {
  for (const set of SETS)
    it.skipIf(!existsSync(set.gold))(`${set.name} keeps every metric at or above ${set.floor}`, async () => {
      const { stdout } = await run('node', [`${SHARED}/eval/score.mjs`, '--gold', set.gold, '--corpus', set.corpus], { timeout: 60_000 }).catch(
        (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
      );
      const score = /^score: (.*)$/m.exec(stdout)?.[1] ?? '';
      const metrics = Object.fromEntries([...score.matchAll(/(\w+) (\d\.\d\d)/g)].map((match) => [match[1], Number(match[2])]));
      expect(stdout).toContain(', 0 unparsable');
      expect(metrics.verbatim, score).toBe(1);
      expect(metrics.min, score).toBeGreaterThanOrEqual(set.floor);
    });
});
