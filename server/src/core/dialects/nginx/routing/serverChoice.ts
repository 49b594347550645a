/**
 * Which server nginx 1.22 hands a request to: the listening address the connection lands on
 * (a specific address:port, else the port's wildcard) with its default server, then the
 * `server_name` lookup among the servers listening there (ngx_http_find_virtual_server). Each
 * decision comes with the explanation step that tells why.
 */
import type { ExplainStep, HttpRequest } from '../../../analysis/explain/types';
import { parseLocalAddress } from './listen';
import type { Captures } from './pcre';
import { findServerByName, type NameMatch } from './serverNames';
import { portKey, type ListenAddress, type ServerTable, type VirtualServer } from './virtualServers';

/** Requests come from a handful of local addresses: parse each once. */
const localAddresses = new Map<string, ReturnType<typeof parseLocalAddress>>();

/** The listening address a connection to `localAddress:port` lands on; undefined: refused. */
export function findListenAddress(table: ServerTable, localAddress: string, port: number): ListenAddress | undefined {
  let local = localAddresses.get(localAddress);
  if (local === undefined && !localAddresses.has(localAddress)) {
    if (localAddresses.size > 1000) localAddresses.clear();
    local = parseLocalAddress(localAddress);
    localAddresses.set(localAddress, local);
  }
  if (!local) return undefined;
  const sameFamily = table.ports.get(portKey(local.family, port));
  if (sameFamily) {
    const found = sameFamily.specific.get(local.key) ?? sameFamily.wildcard;
    if (found) return found;
  }
  // An IPv4 connection reaches `[::]:port ipv6only=off` when no IPv4 socket holds the port.
  if (local.family === 4 && !sameFamily) {
    const v6 = table.ports.get(portKey(6, port))?.wildcard;
    if (v6 && !v6.ipv6only) return v6;
  }
  return undefined;
}

/** `address:port`, IPv6 in brackets, as the explanation shows it. */
export function endpoint(address: string, port: number): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address}]:${port}` : `${address}:${port}`;
}

/** Why this listening address, and which of its servers is the default. */
export function listenStep(address: ListenAddress, request: HttpRequest): ExplainStep {
  const listen = address.defaultListen;
  const target = endpoint(request.address, request.port);
  const how = address.wildcard ? `the wildcard \`${address.text}\` (no \`listen\` names \`${target}\` itself)` : `\`${address.text}\``;
  const count = address.servers.length === 1 ? 'one server listens there' : `${address.servers.length} servers listen there`;
  const why = listen.defaultServer ? 'it is marked `default_server`' : address.servers.length > 1 ? 'it is the first server to listen there' : 'it is the only one';
  return {
    kind: 'listen',
    message: `The connection to \`${target}\` is taken by ${how}; ${count}. The server of this \`listen\` is the default server for it: ${why}.`,
    at: listen.at,
  };
}

/** The server for `host` on `address`: by `server_name`, else the default server. */
export function chooseServer(
  address: ListenAddress,
  host: string,
  source: string,
): { server: VirtualServer; captures?: Captures; steps: ExplainStep[] } {
  const fallback = address.defaultServer;
  const defaultWhy = `${describeServer(fallback)}, ${address.defaultListen.defaultServer ? 'marked `default_server`' : 'the first server listening there'}`;
  const shown = host === '' ? 'the empty name' : `\`${host}\``;
  if (!address.names) {
    return {
      server: fallback,
      steps: [{ kind: 'server', message: `Only one server listens on \`${address.text}\`, ${describeServer(fallback)}: it handles ${shown} from ${source} without comparing names.`, at: fallback.node.at }],
    };
  }
  const match: NameMatch<VirtualServer> | undefined = findServerByName(address.names, host);
  if (!match) {
    return {
      server: fallback,
      steps: [{ kind: 'server', message: `No \`server_name\` on \`${address.text}\` matches ${shown} (from ${source}): it goes to the default server, ${defaultWhy}.`, at: fallback.node.at }],
    };
  }
  const { server, name } = match.entry;
  const at = name.at;
  const shadowed = address.names.ignored.get(match.entry) ?? [];
  const conflictNote = shadowed.length
    ? ` The same name in ${shadowed.map((e) => `the server at line ${e.server.node.at.line}`).join(' and ')} is ignored ("conflicting server name": the first one on \`${address.text}\` wins).`
    : '';
  switch (match.kind) {
    case 'exact':
      return { server, steps: [{ kind: 'server', message: `${cap(shown)} (from ${source}) matches the exact name \`${name.text === '' ? '""' : name.text}\`; exact names are checked first.${conflictNote}`, at }] };
    case 'headWildcard':
      return { server, steps: [{ kind: 'server', message: `${cap(shown)} (from ${source}) matches the wildcard \`${name.text}\` (no exact name matched; the longest leading wildcard wins).${conflictNote}`, at }] };
    case 'tailWildcard':
      return { server, steps: [{ kind: 'server', message: `${cap(shown)} (from ${source}) matches the wildcard \`${name.text}\` (no exact name or leading wildcard matched; the longest trailing wildcard wins).${conflictNote}`, at }] };
    case 'regex':
      return {
        server,
        captures: match.captures,
        steps: [{ kind: 'server', message: `${cap(shown)} (from ${source}) matches the regex \`${name.text}\`, the first matching regex in configuration order (no exact or wildcard name matched).`, at }],
      };
    case 'unknown':
      return {
        server: fallback,
        steps: [{ kind: 'warning', message: `The regex \`${name.text}\` cannot be evaluated here (${name.regexError ?? 'unsupported'}): whether it matches ${shown} is unknown; assuming the default server.`, at }],
      };
  }
}

/** "the server at line 12 (`server_name a.test b.test`)". */
function describeServer(server: VirtualServer): string {
  const names = server.names.filter((n) => n !== '');
  const shown = names.length === 0 ? 'no `server_name`' : `\`server_name ${names.slice(0, 3).join(' ')}${names.length > 3 ? ' …' : ''}\``;
  return `the server at line ${server.node.at.line} (${shown})`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
