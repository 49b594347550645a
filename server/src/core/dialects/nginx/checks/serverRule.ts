import * as path from 'node:path';
import type { CheckFinding } from '../../../analysis/directiveChecks/types';
import type { Argument } from '../../../model/types';
import type { Span } from '../../../text/span';
import { factsOf, type HttpServer, type NameClaim, type SslSettings } from './configurationFacts';
import { IMPLICIT_LISTEN, parseListen, serverNameKeys, type ListenSpec } from './listenAddress';
import type { BlockCheck, NginxRule } from './ruleTypes';
import type { DirectiveVisit } from './visit';

/** The servers on one address (each read of a server block is one server for nginx). */
interface AddressState {
  readonly servers: HttpServer[];
  /** Some listen on this address has `ssl`: then nginx needs a certificate in its default server. */
  ssl?: { visit: DirectiveVisit; arg: Argument };
  defaultBy?: { server: HttpServer; visit: DirectiveVisit; arg: Argument };
  optionsBy?: { visit: DirectiveVisit; arg: Argument };
}

function at(first: { file: string; directive: { nameSpan: Span } }, from: string): string {
  const line = first.directive.nameSpan.start.line + 1;
  return first.file === from ? `line ${line}` : `${path.basename(first.file)}:${line}`;
}

/** Notes the SSL setting a block's own directive makes. */
function noteSsl(ssl: SslSettings, visit: DirectiveVisit): void {
  if (visit.directive.name === 'ssl_certificate') ssl.certificate = true;
  else if (visit.directive.name === 'ssl_reject_handshake') ssl.rejectHandshake = visit.directive.args[0]?.value.toLowerCase() === 'on';
}

/** An http server's own listens, names and SSL settings (included files' included), told to the block around it. */
function serverBlock(server: DirectiveVisit): BlockCheck {
  const listens: { visit: DirectiveVisit; spec: ListenSpec }[] = [];
  const nameDirectives: DirectiveVisit[] = [];
  const ssl: SslSettings = { certificate: false, rejectHandshake: undefined };
  let hasListen = false;
  return {
    statement(visit) {
      const name = visit.directive.name;
      if (name === 'listen') {
        hasListen = true;
        const spec = parseListen(visit.directive);
        if (spec) listens.push({ visit, spec });
      } else if (name === 'server_name') nameDirectives.push(visit);
      else noteSsl(ssl, visit);
    },
    end(out) {
      // A server without server_name has the empty name "".
      const names: NameClaim[] = nameDirectives.length
        ? nameDirectives.flatMap((d) => d.directive.args.map((arg) => ({ name: arg.value, file: d.file, span: arg.span })))
        : [{ name: '', file: server.file, span: server.directive.nameSpan }];
      out.summarise({ server, listens, hasListen, names, ssl });
    },
  };
}

/**
 * The servers of an http block (or of a walk's top level read in http context), with the SSL
 * settings they inherit: those of an http block in the main context, none at a walk's top level.
 * The block's settings are complete once its check ends, before any configuration-wide part reads them.
 */
function httpBlock(owner: DirectiveVisit | undefined): BlockCheck {
  const http: SslSettings | undefined = owner?.directive.name === 'http' && owner.context === 'main' ? { certificate: false, rejectHandshake: undefined } : undefined;
  return {
    statement(visit, summary, out) {
      if (summary) out.fact({ kind: 'http-server', summary, http });
      else if (http) noteSsl(http, visit);
    },
  };
}

/**
 * What nginx checks when it files http servers by address:port: one server listening twice on an
 * address, two default servers, socket options given twice, and server names that two servers on
 * one address both claim (a warning: nginx keeps the first and ignores the other).
 */
export const serverRule: NginxRule = {
  codes: ['nginx/duplicate-listen', 'nginx/duplicate-default-server', 'nginx/duplicate-listen-options', 'nginx/conflicting-server-name', 'nginx/ssl-certificate-missing'],
  block(owner, inner) {
    if (inner.context === 'http') return httpBlock(owner);
    return owner && inner.context === 'server' && owner.directive.name === 'server' ? serverBlock(owner) : undefined;
  },
  configuration(facts, report) {
    // A file included twice gives the same server block twice (its memoised fact, twice): nginx
    // files two servers, so every occurrence is a server of its own.
    const servers = factsOf(facts, 'http-server').map((server): HttpServer => ({ ...server }));
    const addresses = new Map<string, AddressState>();
    const stateOf = (address: string): AddressState => {
      let state = addresses.get(address);
      if (!state) addresses.set(address, (state = { servers: [] }));
      return state;
    };

    // nginx files explicit listens as it reads them, then gives the servers without one `*:80`.
    for (const server of servers) {
      for (const { visit, spec } of server.summary.listens) {
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
          } else state.defaultBy = { server, visit, arg: spec.defaultServer };
        }
      }
    }
    for (const server of servers) if (!server.summary.hasListen) stateOf(IMPLICIT_LISTEN).servers.push(server);

    for (const [address, state] of addresses) {
      if (state.servers.length >= 2) for (const finding of nameConflicts(address, state.servers)) report(finding);
    }
    for (const finding of missingCertificates(addresses)) report(finding);
  },
};

/** The server names on one address in nginx's order, with the first claim of every key kept. */
function nameConflicts(address: string, onAddress: readonly HttpServer[]): CheckFinding[] {
  const claims = new Map<string, NameClaim & { readonly server: HttpServer }>();
  const findings: CheckFinding[] = [];
  for (const server of onAddress) {
    for (const { name, file, span } of server.summary.names) {
      for (const key of serverNameKeys(name)) {
        const first = claims.get(key);
        if (!first) {
          claims.set(key, { name, file, span, server });
          continue;
        }
        const winner = first.server === server ? 'this server already names it' : `the server at ${at(first.server.summary.server, file)} keeps it and handles these requests`;
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

/** The SSL settings a server sees: its own, else its http block's (nginx merges down). */
function hasCertificate({ summary, http }: HttpServer): boolean {
  return summary.ssl.certificate || (http?.certificate ?? false);
}

function rejectsHandshake({ summary, http }: HttpServer): boolean {
  return (summary.ssl.rejectHandshake ?? http?.rejectHandshake) === true;
}

/**
 * An address with `listen … ssl` needs a certificate in its default server (or, when that one
 * rejects handshakes, in every server there). nginx -t reports it at the server block.
 */
function missingCertificates(addresses: Map<string, AddressState>): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const report = ({ summary: { server } }: HttpServer, address: string, ssl: { visit: DirectiveVisit; arg: Argument }): void => {
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
    const defaultServer = state.defaultBy ? state.defaultBy.server : state.servers[0];
    if (hasCertificate(defaultServer)) continue;
    if (!rejectsHandshake(defaultServer)) {
      report(defaultServer, address, state.ssl);
      continue;
    }
    const lacking = state.servers.find((s) => !hasCertificate(s) && !rejectsHandshake(s));
    if (lacking) report(lacking, address, state.ssl);
  }
  return findings;
}
