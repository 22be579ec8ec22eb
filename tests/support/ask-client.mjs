// Stands in for `ask --corpus DIR --jsonl` where the scorer starts it, forwarding stdin and stdout
// to a warm ask-server: node ask-client.mjs SOCKET_PATH [--corpus DIR] --jsonl
import { connect } from 'node:net';
import { resolve } from 'node:path';

const [socketPath, ...args] = process.argv.slice(2);
const at = args.indexOf('--corpus');
const corpus = resolve(at >= 0 ? args[at + 1] : 'corpus');
const socket = connect(socketPath, () => {
  socket.write(JSON.stringify({ corpus }) + '\n');
  process.stdin.pipe(socket);
});
socket.pipe(process.stdout);
socket.on('error', (error) => {
  console.error(`ask-client: ${error.message}`);
  process.exitCode = 1;
});
