import * as path from 'node:path';
import type { CheckFinding, CheckRule } from '../../../analysis/directiveChecks/types';
import type { Argument } from '../../../model/types';
import type { Span } from '../../../text/span';
import type { DirectiveVisit, NginxConfigView } from './configurationView';
import { IMPLICIT_LISTEN, parseListen, serverNameKeys, type ListenSpec } from './listenAddress';

interface AddressState {
  readonly servers: DirectiveVisit[];
  /** Some listen on this address has `ssl`: then nginx needs a certificate in its default server. */
  ssl?: { visit: DirectiveVisit; arg: Argument };
  defaultBy?: { visit: DirectiveVisit; arg: Argument };
  optionsBy?: { visit: DirectiveVisit; arg: Argument };
}

function at(first: { file: string; directive: { nameSpan: Span } }, from: string): string {
  const line = first.directive.nameSpan.start.line + 1;
  return first.file === from ? `line ${line}` : `${path.basename(first.file)}:${line}`;
}

/** http servers with the directives written directly in each (include files expanded). */
function httpServers(view: NginxConfigView): Map<DirectiveVisit, DirectiveVisit[]> {
  const servers = new Map<DirectiveVisit, DirectiveVisit[]>();
  for (const visit of view.visits) {
    if (visit.directive.name === 'server' && visit.context === 'http' && visit.directive.block) servers.set(visit, []);
    const scope = visit.scope;
    if ('directive' in scope && servers.has(scope)) servers.get(scope)?.push(visit);
  }
  return servers;
}

/** The directives written directly in each http block. */
function httpBlocks(view: NginxConfigView): Map<DirectiveVisit, DirectiveVisit[]> {
  const blocks = new Map<DirectiveVisit, DirectiveVisit[]>();
  for (const visit of view.visits) {
    if (visit.context === 'main' && visit.directive.name === 'http') blocks.set(visit, []);
    const scope = visit.scope;
    if ('directive' in scope && blocks.has(scope)) blocks.get(scope)?.push(visit);
  }
  return blocks;
}

/**
 * What nginx checks when it files http servers by address:port: one server listening twice on an
 * address, two default servers, socket options given twice, and server names that two servers on
 * one address both claim (a warning: nginx keeps the first and ignores the other).
 */
export const serverRule: CheckRule<NginxConfigView> = {
  codes: ['nginx/duplicate-listen', 'nginx/duplicate-default-server', 'nginx/duplicate-listen-options', 'nginx/conflicting-server-name', 'nginx/ssl-certificate-missing'],
  check(view, report) {
    const servers = httpServers(view);
    const addresses = new Map<string, AddressState>();
    const stateOf = (address: string): AddressState => {
      let state = addresses.get(address);
      if (!state) addresses.set(address, (state = { servers: [] }));
      return state;
    };

    const listens: { server: DirectiveVisit; visit: DirectiveVisit; spec: ListenSpec }[] = [];
    for (const [server, children] of servers) {
      for (const child of children) {
        const spec = child.directive.name === 'listen' ? parseListen(child.directive) : undefined;
        if (spec) listens.push({ server, visit: child, spec });
      }
    }
    // nginx files explicit listens as it reads them, then gives the servers without one `*:80`.
    for (const { server, visit, spec } of listens) {
      const state = stateOf(spec.address);
      if (state.servers.includes(server)) {
        report({ file: visit.file, span: spec.addressArg.span, severity: 'error', code: 'nginx/duplicate-listen', message: `a duplicate listen ${spec.address}: this server already listens there` });
        continue;
      }
      state.servers.push(server);
      if (spec.ssl && !state.ssl) state.ssl = { visit, arg: spec.addressArg };
      if (spec.socketOption) {
        if (state.optionsBy) {
          report({
            file: visit.file,
            span: spec.socketOption.span,
            severity: 'error',
            code: 'nginx/duplicate-listen-options',
            message: `duplicate listen options for ${spec.address}: socket options such as '${spec.socketOption.value}' may be given once per address (already at ${at(state.optionsBy.visit, visit.file)})`,
            related: [{ file: state.optionsBy.visit.file, span: state.optionsBy.arg.span, message: 'the options already given' }],
          });
        } else state.optionsBy = { visit, arg: spec.socketOption };
      }
      if (spec.defaultServer) {
        if (state.defaultBy) {
          report({
            file: visit.file,
            span: spec.defaultServer.span,
            severity: 'error',
            code: 'nginx/duplicate-default-server',
            message: `a duplicate default server for ${spec.address}: the server at ${at(state.defaultBy.visit, visit.file)} is already the default there`,
            related: [{ file: state.defaultBy.visit.file, span: state.defaultBy.arg.span, message: 'the first default server' }],
          });
        } else state.defaultBy = { visit, arg: spec.defaultServer };
      }
    }
    for (const [server, children] of servers) {
      if (!children.some((c) => c.directive.name === 'listen')) stateOf(IMPLICIT_LISTEN).servers.push(server);
    }

    for (const [address, state] of addresses) {
      if (state.servers.length >= 2) for (const finding of nameConflicts(address, state.servers, servers)) report(finding);
    }
    for (const finding of missingCertificates(view, addresses, servers)) report(finding);
  },
};

interface NameClaim {
  readonly server: DirectiveVisit;
  readonly file: string;
  readonly span: Span;
}

/** The server names on one address in nginx's order, with the first claim of every key kept. */
function nameConflicts(address: string, onAddress: readonly DirectiveVisit[], servers: Map<DirectiveVisit, DirectiveVisit[]>): CheckFinding[] {
  const claims = new Map<string, NameClaim>();
  const findings: CheckFinding[] = [];
  for (const server of onAddress) {
    const nameDirectives = (servers.get(server) ?? []).filter((c) => c.directive.name === 'server_name');
    // A server without server_name has the empty name "".
    const names = nameDirectives.length
      ? nameDirectives.flatMap((d) => d.directive.args.map((arg) => ({ name: arg.value, file: d.file, span: arg.span })))
      : [{ name: '', file: server.file, span: server.directive.nameSpan }];
    for (const { name, file, span } of names) {
      for (const key of serverNameKeys(name)) {
        const first = claims.get(key);
        if (!first) {
          claims.set(key, { server, file, span });
          continue;
        }
        const winner = first.server === server ? 'this server already names it' : `the server at ${at(first.server, file)} keeps it and handles these requests`;
        findings.push({
          file,
          span,
          severity: 'warning',
          code: 'nginx/conflicting-server-name',
          message: `conflicting server name "${name}" on ${address}, ignored: ${winner}` + (name === '' ? " (a server without 'server_name' has the empty name)" : ''),
          related: [{ file: first.file, span: first.span, message: 'the name nginx keeps' }],
        });
        break;
      }
    }
  }
  return findings;
}

/** The value a server block sees for a directive: its own, else its http block's (nginx merges down). */
function inherited(name: string, server: DirectiveVisit, servers: Map<DirectiveVisit, DirectiveVisit[]>, http: Map<DirectiveVisit, DirectiveVisit[]>): DirectiveVisit[] {
  const own = (servers.get(server) ?? []).filter((c) => c.directive.name === name);
  if (own.length) return own;
  const outer = server.scope;
  return 'directive' in outer ? (http.get(outer) ?? []).filter((c) => c.directive.name === name) : [];
}

function hasCertificate(server: DirectiveVisit, servers: Map<DirectiveVisit, DirectiveVisit[]>, http: Map<DirectiveVisit, DirectiveVisit[]>): boolean {
  return inherited('ssl_certificate', server, servers, http).length > 0;
}

function rejectsHandshake(server: DirectiveVisit, servers: Map<DirectiveVisit, DirectiveVisit[]>, http: Map<DirectiveVisit, DirectiveVisit[]>): boolean {
  const flags = inherited('ssl_reject_handshake', server, servers, http);
  return flags.length > 0 && flags[flags.length - 1].directive.args[0]?.value.toLowerCase() === 'on';
}

/**
 * An address with `listen … ssl` needs a certificate in its default server (or, when that one
 * rejects handshakes, in every server there). nginx -t reports it at the server block.
 */
function missingCertificates(view: NginxConfigView, addresses: Map<string, AddressState>, servers: Map<DirectiveVisit, DirectiveVisit[]>): CheckFinding[] {
  const http = httpBlocks(view);
  const findings: CheckFinding[] = [];
  const report = (server: DirectiveVisit, address: string, ssl: { visit: DirectiveVisit; arg: Argument }): void => {
    if (!server.start.complete) return;
    findings.push({
      file: server.file,
      span: server.directive.nameSpan,
      severity: 'error',
      code: 'nginx/ssl-certificate-missing',
      message: `no 'ssl_certificate' is defined for this server, the one nginx uses first for 'listen … ssl' on ${address}; add ssl_certificate and ssl_certificate_key (here or in http)`,
      related: [{ file: ssl.visit.file, span: ssl.arg.span, message: "the 'listen … ssl'" }],
    });
  };
  for (const [address, state] of addresses) {
    if (!state.ssl || state.servers.length === 0) continue;
    const defaultServer = state.defaultBy ? serverOf(state.defaultBy.visit) : state.servers[0];
    if (!defaultServer || hasCertificate(defaultServer, servers, http)) continue;
    if (!rejectsHandshake(defaultServer, servers, http)) {
      report(defaultServer, address, state.ssl);
      continue;
    }
    const lacking = state.servers.find((s) => !hasCertificate(s, servers, http) && !rejectsHandshake(s, servers, http));
    if (lacking) report(lacking, address, state.ssl);
  }
  return findings;
}

/** The server block a listen belongs to. */
function serverOf(listen: DirectiveVisit): DirectiveVisit | undefined {
  const scope = listen.scope;
  return 'directive' in scope ? scope : undefined;
}
