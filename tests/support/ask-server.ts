import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { answerLines } from '../../src/cli/jsonl.js';
import { loadCorpus } from '../../src/corpus.js';
import { buildKnowledge } from '../../src/knowledge.js';

/*
 * The batch command line kept warm for the answer-quality tests: one process answers many gold sets
 * in turn, so each set skips the start-up (loading the language model and WordNet's index) that a
 * fresh `ask --jsonl` pays. A connection sends the corpus folder as JSON on its first line, then
 * query lines; it gets the same answer lines as `ask --corpus DIR --jsonl` prints, from the same code.
 * Usage: node ask-server.mjs SOCKET_PATH; prints "ready" once it listens.
 */
const server = createServer({ allowHalfOpen: true }, async (socket) => {
  const lines = createInterface({ input: socket, crlfDelay: Infinity })[Symbol.asyncIterator]();
  try {
    const first = await lines.next();
    const { corpus } = JSON.parse(String(first.value)) as { corpus: string };
    const { articles } = await loadCorpus(corpus);
    await answerLines(buildKnowledge(articles), { [Symbol.asyncIterator]: () => lines }, (line) => socket.write(line));
  } catch (error) {
    process.stderr.write(`ask-server: ${(error as Error).message}\n`);
  }
  socket.end();
});

server.listen(process.argv[2], () => process.stdout.write('ready\n'));
