// A ProxyCommand for tests: logs the host and port ssh asked for, then joins stdin and
// stdout to the loopback sshd, the only way to that name (as a jump host would be).
import { appendFileSync } from 'node:fs';
import { connect } from 'node:net';

const [host, port, target, log] = process.argv.slice(2);
appendFileSync(log, `${host} ${port}\n`);
const socket = connect(Number(target), '127.0.0.1');
process.stdin.pipe(socket);
socket.pipe(process.stdout);
socket.on('error', () => process.exit(1));
socket.on('close', () => process.exit(0));
