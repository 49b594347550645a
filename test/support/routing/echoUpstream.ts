/**
 * Loopback echo servers standing in for proxy_pass targets: each answers every request with its own
 * port and the request target it received (in the body, and as port + journal id in headers, which
 * survive HEAD), so the harness learns exactly which upstream nginx dialled and which URI it sent.
 */
import * as net from 'node:net';

export interface EchoAddress {
  readonly host: string;
  readonly port: number;
}

/** Fixed for a worker's life; the config generator points proxy_pass and upstream groups here. */
export const ECHO_UPSTREAMS: readonly EchoAddress[] = [
  { host: '127.0.0.1', port: 29001 },
  { host: '127.0.0.1', port: 29002 },
  { host: '127.0.0.1', port: 29003 },
  { host: '::1', port: 29004 },
];

export const ECHO_PORT_HEADER = 'x-echo-port';
export const ECHO_TARGET_HEADER = 'x-echo-target';
/** Long targets do not fit in a response header nginx accepts (502 "too big header"): the echo sends an id, the worker fills the target in. */
export const ECHO_ID_HEADER = 'x-echo-id';

/** Every target the worker's echo upstreams received, by the id they answered with. */
export class EchoJournal {
  private readonly targets = new Map<number, string>();
  private next = 1;

  record(target: string): number {
    const id = this.next++;
    this.targets.set(id, target);
    return id;
  }

  /** The target for an id, forgotten once read (a worker lives for thousands of cases). */
  take(id: number): string | undefined {
    const target = this.targets.get(id);
    this.targets.delete(id);
    return target;
  }
}

/** The body an echo upstream answers with: `U<port> <target>`. */
export function echoBody(port: number, target: string): string {
  return `U${port} ${target}`;
}

export function startEchoUpstream(address: EchoAddress, journal: EchoJournal): Promise<net.Server> {
  const server = net.createServer((socket) => {
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n');
      if (end < 0 || !head.includes('\r\n\r\n')) return;
      const line = head.slice(0, end);
      // The target may hold spaces only if nginx sent them raw: take everything between method and version.
      const target = line.slice(line.indexOf(' ') + 1, line.lastIndexOf(' '));
      const body = echoBody(address.port, target);
      socket.end(Buffer.from([
        'HTTP/1.0 200 OK',
        'Content-Type: text/plain',
        `X-Echo-Port: ${address.port}`,
        `X-Echo-Id: ${journal.record(target)}`,
        `Content-Length: ${Buffer.byteLength(body, 'latin1')}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'), 'latin1'));
      head = '';
    });
    socket.on('error', () => socket.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(address.port, address.host, () => resolve(server));
  });
}
