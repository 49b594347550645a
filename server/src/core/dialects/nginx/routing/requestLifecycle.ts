/**
 * What nginx 1.22 does with an accepted request, phase by phase (ngx_http_core_module.c): server
 * rewrite → find location (internal, client_max_body_size, auto redirect) → location rewrite →
 * post rewrite (back to find location when the URI changed, at most 10 times) → access → try_files
 * → content; then finalizing: error_page and the built-in pages. Internal redirects (try_files,
 * index, error_page) start over at server rewrite, named locations at location rewrite; both count
 * against the same limit. Every loop is bounded.
 */
import type { ExplainStep, FileProbe, HandlerInfo, PredictedResponse, UpstreamInfo } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { checkAccess, limitExceptFor } from './accessPhase';
import { builtinPage } from './builtinPages';
import { directiveInForce, flagInForce, ownDirectivesNamed } from './configIndex';
import { absoluteLocation, bodyLimitExceeded, errorPagesInForce, serverTokensInForce, type ErrorPage } from './lifecycleConfig';
import { isMsieOrChrome } from './requestHeaders';
import { hasScript, scriptOf, type ScriptProgram } from './rewriteProgram';
import { isRedirectStatus, runScript, type ScriptEnvironment, type ScriptOutcome } from './rewriteScript';
import { runTryFiles, tryFilesDirective } from './tryFiles';
import { code } from './stepText';
import { escapeUri } from './uriEscape';
import type { LifecycleModules, LifecycleResult } from './lifecycleTypes';
import { expandTracked, recordCaptures, type RequestState } from './variables';

/** r->uri_changes starts at NGX_HTTP_MAX_URI_CHANGES + 1: the 11th change is refused with 500. */
const URI_CHANGES = 11;
/** Phase transitions one request can take before we call it a loop (nginx's own limit is far below). */
const MAX_TRANSITIONS = 500;

type Phase = 'server-rewrite' | 'find-config' | 'rewrite' | 'post-rewrite' | 'access' | 'try-files' | 'content';
type Next = { readonly phase: Phase } | { readonly done: LifecycleResult };

interface Finalization {
  readonly status: number;
  readonly location?: string;
  readonly locationUnknown?: boolean;
  readonly body?: string;
  /** The response was already sent (return with text / a code below 400): error_page does not apply. */
  readonly sent?: boolean;
  readonly handler?: HandlerInfo;
}

export class RequestLifecycle {
  private uriChanges = URI_CHANGES;
  /** r->error_page: set when an error_page was used and recursive_error_pages is off. */
  private errorPageUsed = false;
  private locationHeader: string | undefined;
  /** The Location header depends on a variable the request does not determine. */
  private locationUnknown = false;
  private locations: readonly ConfigNode[] = [];
  private readonly warnings: string[] = [];
  private readonly serverChain: readonly ConfigNode[];

  constructor(
    private readonly state: RequestState,
    http: ConfigNode,
    private readonly modules: LifecycleModules,
    private readonly steps: ExplainStep[],
    private readonly probe: FileProbe | undefined,
  ) {
    this.serverChain = [http, state.server];
    state.chain = this.serverChain;
  }

  run(): LifecycleResult {
    return this.drive({ phase: 'server-rewrite' });
  }

  /** Reception refused the request with `status`: the server's error_page may still apply. */
  reject(status: number): LifecycleResult {
    return this.drive(this.finalize({ status }));
  }

  private drive(first: Next): LifecycleResult {
    let next = first;
    for (let i = 0; i < MAX_TRANSITIONS; i++) {
      if ('done' in next) return next.done;
      next = this.runPhase(next.phase);
    }
    return 'done' in next ? next.done : this.undecided('the request loops through more phases than nginx allows').done;
  }

  private runPhase(phase: Phase): Next {
    switch (phase) {
      case 'server-rewrite':
        return this.serverRewrite();
      case 'find-config':
        return this.findConfig();
      case 'rewrite':
        return this.locationRewrite();
      case 'post-rewrite':
        return this.postRewrite();
      case 'access':
        return this.access();
      case 'try-files':
        return this.tryFiles();
      case 'content':
        return this.content();
    }
  }

  private serverRewrite(): Next {
    const server = this.state.server;
    if (!hasScript(server, 'server')) return { phase: 'find-config' };
    return this.afterScript(runScript(this.program(server, 'server'), this.scriptEnvironment(undefined)), 'find-config');
  }

  private findConfig(): Next {
    const state = this.state;
    state.uriChanged = false;
    const found = this.modules.findLocation(state.server, state.uri);
    this.steps.push(...found.steps);
    if (found.undetermined) return this.undecided(found.undetermined);
    this.locations = found.chain;
    state.chain = this.withLimitExcept([...this.serverChain, ...found.chain]);
    if (found.captures) recordCaptures(state, found.captures);
    const final = found.chain[found.chain.length - 1];
    // `internal` is inherited by nested locations (ngx_conf_merge_value).
    const internalIn = found.chain.find((block) => ownDirectivesNamed(block, 'internal') !== undefined);
    if (final && internalIn && !state.internal) {
      this.steps.push({ kind: 'access', message: `\`internal\`: \`${internalIn.at.text}\` only serves internal redirects; an external request gets 404.`, at: internalIn.at });
      return this.finalize({ status: 404 });
    }
    // The location's own limit, even when a limit_except block takes over for this method.
    if (this.bodyTooLarge([...this.serverChain, ...found.chain])) return this.finalize({ status: 413 });
    if (found.autoRedirect && final) {
      const name = final.args[final.args.length - 1] ?? '';
      const target = (found.redirectTarget ?? escapeUri(name)) + (state.args.length ? `?${state.args}` : '');
      this.steps.push({ kind: 'redirect', message: `\`${final.at.text}\` passes requests on and the URI lacks its trailing slash: 301 to ${code(target)}.`, at: final.at });
      return this.finalize({ status: 301, location: target });
    }
    return { phase: 'rewrite' };
  }

  private locationRewrite(): Next {
    const final = this.locations[this.locations.length - 1];
    // nginx skips the location rewrite phase when no location matched (the server's null location),
    // and a `limit_except` block in force has no rewrite directives of its own (none are inherited).
    const inForce = this.state.chain[this.state.chain.length - 1];
    if (!final || inForce !== final || !hasScript(final, 'location')) return { phase: 'post-rewrite' };
    const env = this.scriptEnvironment(this.state.chain);
    return this.afterScript(runScript(this.program(final, 'location'), env), 'post-rewrite');
  }

  private postRewrite(): Next {
    const state = this.state;
    if (!state.uriChanged) return { phase: 'access' };
    this.uriChanges--;
    if (this.uriChanges === 0) {
      this.steps.push({ kind: 'rewrite', message: 'Rewrite or internal redirection cycle: nginx allows 10 URI changes and answers 500 on the next one.' });
      return this.finalize({ status: 500 });
    }
    state.chain = this.serverChain;
    return { phase: 'find-config' };
  }

  private access(): Next {
    const verdict = checkAccess(this.state.chain, this.state.request, this.steps);
    if (verdict.kind === 'deny') return this.finalize({ status: verdict.status });
    if (verdict.kind === 'undecided') return this.undecided(verdict.reason);
    return { phase: 'try-files' };
  }

  private tryFiles(): Next {
    const node = tryFilesDirective(this.state.chain);
    if (!node) return { phase: 'content' };
    const outcome = runTryFiles(node, this.state, this.state.request.files, this.probe, this.steps);
    switch (outcome.kind) {
      case 'none':
        return { phase: 'content' };
      case 'found':
        this.state.uri = outcome.uri;
        if (outcome.addUriToAlias) this.state.addUriToAlias = true;
        return { phase: 'content' };
      case 'status':
        return this.finalize({ status: outcome.status });
      case 'named':
        return this.namedLocation(outcome.name);
      case 'redirect':
        return this.internalRedirect(outcome.uri, outcome.args);
      case 'error':
        this.steps.push({ kind: 'try_files', message: outcome.reason, at: node.at });
        return this.finalize({ status: 500 });
      case 'undecided':
        return this.undecided(outcome.reason);
    }
  }

  private content(): Next {
    const outcome = this.modules.content(this.state.chain, this.state, this.state.request.files, this.probe);
    this.steps.push(...outcome.steps);
    // Trap warnings arrive as warning steps (static, alias) and, for handlers, as a list too: keep one copy.
    for (const step of outcome.steps) if (step.kind === 'warning') this.warn(step.message);
    switch (outcome.kind) {
      case 'handler':
        for (const warning of outcome.warnings) this.warn(warning);
        // The upstream decides the status, unless an error_page redirect keeps the error's.
        return this.done(this.state.errStatus ? { status: this.state.errStatus } : {}, outcome.handler, outcome.upstream);
      case 'response':
        if (outcome.status >= 300 || outcome.status === 201 || outcome.status === 204) {
          return this.finalize({ status: outcome.status, location: outcome.location, handler: outcome.handler });
        }
        return this.done({ status: this.state.errStatus || outcome.status }, outcome.handler);
      case 'internal-redirect':
        // The index module keeps the arguments.
        return this.internalRedirect(outcome.uri, this.state.args);
      case 'error':
        return this.finalize({ status: outcome.status });
      case 'unknown':
        return this.done({}, outcome.handler);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Redirects and finalizing

  private internalRedirect(uri: string, args: string): Next {
    this.uriChanges--;
    if (this.uriChanges === 0) {
      this.steps.push({ kind: 'redirect', message: `Rewrite or internal redirection cycle while internally redirecting to ${code(uri)}: nginx allows 10 and answers 500.` });
      return this.finalize({ status: 500 });
    }
    const state = this.state;
    state.uri = uri;
    state.args = args;
    state.internal = true;
    state.unparsedUriValid = false;
    state.locationValid = true;
    state.addUriToAlias = false;
    state.chain = this.serverChain;
    this.locations = [];
    this.steps.push({ kind: 'redirect', message: `Internal redirect to ${code(uri + (args ? `?${args}` : ''))}: the request starts over with the server's rewrite directives and a new location search.` });
    return { phase: 'server-rewrite' };
  }

  private namedLocation(name: string): Next {
    this.uriChanges--;
    if (this.uriChanges === 0) {
      this.steps.push({ kind: 'redirect', message: `Rewrite or internal redirection cycle while redirecting to \`${name}\`: nginx allows 10 and answers 500.` });
      return this.finalize({ status: 500 });
    }
    const state = this.state;
    const node = this.modules.findNamedLocation(state.server, name);
    if (!node || state.uri.length === 0) {
      this.steps.push({ kind: 'redirect', message: state.uri.length === 0 ? `The request has no URI to pass to \`${name}\`: 500.` : `No named location \`${name}\` in this server: 500.` });
      return this.finalize({ status: 500 });
    }
    state.internal = true;
    state.uriChanged = false;
    state.chain = this.withLimitExcept([...this.serverChain, node]);
    this.locations = [node];
    this.steps.push({ kind: 'location', message: `The named location \`${name}\` takes over (no location search; its rewrite directives run first).`, at: node.at });
    return { phase: 'rewrite' };
  }

  private afterScript(outcome: ScriptOutcome, next: Phase): Next {
    switch (outcome.kind) {
      case 'continue':
      case 'stop':
        return { phase: next };
      case 'finalize':
        return this.finalize({ status: outcome.status, location: outcome.location, locationUnknown: outcome.locationUnknown, body: outcome.body, sent: outcome.sent, handler: { kind: 'return', at: outcome.at.at } });
      case 'undecided':
        return this.undecided(outcome.reason);
    }
  }

  private finalize(f: Finalization): Next {
    const handler = f.handler ?? { kind: 'error' as const };
    if (f.status === 444) {
      this.steps.push({ kind: 'response', message: '`444`: nginx closes the connection without a response.' });
      return this.done({ closed: true }, handler);
    }
    if (!f.sent && f.status < 300 && f.status !== 201 && f.status !== 204) {
      // ngx_http_finalize_request sends nothing for such a code: the connection is just closed.
      this.steps.push({ kind: 'response', message: `Finishing the request with status ${f.status} sends no response: nginx closes the connection.` });
      return this.done({ closed: true }, handler);
    }
    if (f.sent) {
      const status = this.state.errStatus || f.status;
      const body = this.state.method === 'HEAD' ? '' : f.body;
      return this.done(body === undefined ? { status } : { status, body }, handler);
    }
    if (f.locationUnknown) this.locationUnknown = true;
    return this.specialResponse(f.status, f.location, handler);
  }

  /** ngx_http_special_response_handler: error_page if one applies, else nginx's own page. */
  private specialResponse(status: number, location: string | undefined, handler: HandlerInfo): Next {
    if (location !== undefined) this.locationHeader = location;
    this.state.errStatus = status;
    const chain = this.state.chain;
    const pages = errorPagesInForce(chain);
    if (!this.errorPageUsed && pages.length > 0 && this.uriChanges !== 0) {
      if (!flagInForce(chain, 'recursive_error_pages', false)) this.errorPageUsed = true;
      const page = pages.find((p) => p.codes.includes(status));
      if (page) return this.sendErrorPage(page, status);
    }
    const finalStatus = status >= 494 && status <= 497 ? 400 : status;
    const padded = flagInForce(chain, 'msie_padding', true) && isMsieOrChrome(this.state.headers);
    const body = this.state.method === 'HEAD' ? '' : builtinPage(status, serverTokensInForce(chain), padded);
    const header = this.absoluteLocation();
    const response: PredictedResponse = header === undefined ? { status: finalStatus, body } : { status: finalStatus, body, location: header };
    const why = this.errorPageUsed && pages.some((p) => p.codes.includes(status))
      ? 'A second error while an error page is served (`recursive_error_pages` is off)'
      : 'No `error_page` applies';
    this.steps.push({ kind: 'response', message: `${why}: nginx answers ${finalStatus} with its built-in page.` });
    return this.done(response, handler);
  }

  private sendErrorPage(page: ErrorPage, status: number): Next {
    this.steps.push({ kind: 'error_page', message: `\`${page.node.at.text}\` handles status ${status}.`, at: page.node.at });
    if (page.overwrite >= 0) this.state.errStatus = page.overwrite;
    const { text: target, determined } = expandTracked(page.target, this.state);
    if (!determined) return this.undecided(`the target of \`${page.node.at.text}\` uses a variable the request does not determine`);
    if (target.startsWith('/')) {
      const q = target.indexOf('?');
      if (this.state.method !== 'HEAD') this.state.method = 'GET';
      return this.internalRedirect(q < 0 ? target : target.slice(0, q), q < 0 ? '' : target.slice(q + 1));
    }
    if (target.startsWith('@')) return this.namedLocation(target);
    const redirectStatus = isRedirectStatus(page.overwrite) ? page.overwrite : 302;
    this.state.errStatus = redirectStatus;
    this.locationHeader = target;
    const body = this.state.method === 'HEAD' ? '' : builtinPage(redirectStatus, serverTokensInForce(this.state.chain));
    return this.done({ status: redirectStatus, body, location: this.absoluteLocation() }, { kind: 'error' });
  }

  /** The Location header as the header filter writes it: a URI starting with '/' becomes absolute. */
  private absoluteLocation(): string | undefined {
    if (this.locationUnknown) return undefined;
    return this.locationHeader === undefined ? undefined : absoluteLocation(this.locationHeader, this.state);
  }

  /** ngx_http_update_location_config: a method `limit_except` does not list uses its block's configuration. */
  private withLimitExcept(chain: ConfigNode[]): ConfigNode[] {
    const final = chain[chain.length - 1];
    if (final === undefined || final.name !== 'location') return chain;
    const limit = limitExceptFor(final, this.state.method);
    if (!limit) return chain;
    this.steps.push({ kind: 'access', message: `\`${limit.at.text}\` does not list \`${this.state.method}\`: its block's rules apply.`, at: limit.at });
    return [...chain, limit];
  }

  private bodyTooLarge(chain: readonly ConfigNode[]): boolean {
    const excess = bodyLimitExceeded(chain, this.state.request);
    if (excess === undefined) return false;
    const limit = directiveInForce(chain, 'client_max_body_size');
    const written = limit ? `\`client_max_body_size ${limit.args[0]}\`` : 'the default `client_max_body_size 1m`';
    this.steps.push({
      kind: 'access',
      message: `The request announces a body of ${excess} bytes (Content-Length), more than ${written} allows, so nginx answers 413 without reading it.`,
      ...(limit ? { at: limit.at } : {}),
    });
    return true;
  }

  private warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  /** A block's rewrite program; its compile problems become warnings (once). */
  private program(block: ConfigNode, level: 'server' | 'location'): ScriptProgram {
    const program = scriptOf(block, level);
    for (const problem of program.problems) this.warn(problem);
    return program;
  }

  private scriptEnvironment(locationChain: readonly ConfigNode[] | undefined): ScriptEnvironment {
    return { state: this.state, steps: this.steps, files: this.state.request.files, probe: this.probe, locationChain };
  }

  private undecided(reason: string): { done: LifecycleResult } {
    // The same text as the warning, so a rendering can point at the warning instead of repeating it.
    const message = `The explanation stops here: ${reason}.`;
    this.warnings.push(message);
    this.steps.push({ kind: 'warning', message });
    return this.done({}, { kind: 'unknown' });
  }

  private done(response: PredictedResponse, handler: HandlerInfo, upstream?: UpstreamInfo): { done: LifecycleResult } {
    const undetermined = [...this.state.undetermined];
    if (undetermined.length) {
      this.warnings.push(`Depends on ${undetermined.map((v) => `\`$${v}\``).join(', ')}, which the request alone does not determine.`);
    }
    // headers_out.location survives internal redirects (error_page): every answer carries it.
    const location = this.absoluteLocation();
    if (location !== undefined && response.location === undefined && !response.closed) response = { ...response, location };
    return { done: { chain: this.state.chain, locations: this.locations, handler, upstream, response, warnings: this.warnings } };
  }
}
