import dns from 'node:dns';
import net from 'node:net';

/**
 * Test-mode socket guard: any attempt to open a network connection or resolve a host name
 * throws, so a test that reaches for the network fails loudly instead of leaking.
 * Local IPC sockets (paths) stay allowed; Playwright talks to Chromium over a pipe.
 */
const refuse = (what: string): never => {
  throw new Error(`Network access is forbidden in Dossier tests (${what}).`);
};

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const isPath = typeof first === 'string' || (typeof first === 'object' && first !== null && 'path' in first);
  if (!isPath) refuse('socket connect');
  return Reflect.apply(originalConnect, this, args) as net.Socket;
};

dns.lookup = ((..._args: unknown[]) => refuse('dns.lookup')) as unknown as typeof dns.lookup;
dns.promises.lookup = (() =>
  Promise.reject(new Error('Network access is forbidden in Dossier tests (dns.promises.lookup).'))) as typeof dns.promises.lookup;
