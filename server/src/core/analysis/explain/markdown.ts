/**
 * The human form of an explanation: Markdown a terminal, a hover or a preview can show. Every
 * decision becomes one numbered step naming its config line, so a reader can check each one.
 */
import * as path from 'node:path';
import type { ConfigRef, EffectiveDirective, Explanation, HandlerInfo, HttpRequest, UpstreamInfo } from './types';

export interface MarkdownOptions {
  /** Files under this folder are shown relative to it (the working directory, the workspace folder). */
  readonly baseFolder?: string;
}

/**
 * One line of Markdown from any text: line breaks become spaces and other control bytes are
 * written as `\xNN`, so a message can neither end its list item nor send escapes to a terminal.
 */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n|[\r\n]/g, ' ').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).replace(/\t/g, ' ');
}

/** Inline code that survives backticks in the text (a fence longer than any run inside). */
export function code(raw: string): string {
  const text = oneLine(raw);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = text.startsWith('`') || text.endsWith('`') || text === '' ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}

/** Bytes above 0x7F (one latin1 char each) shown as `%XX`, so a raw target reads unambiguously. */
function printable(latin1: string): string {
  // eslint-disable-next-line no-control-regex
  return latin1.replace(/[\x00-\x1f\x7f-\xff]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function fileName(file: string, options: MarkdownOptions): string {
  if (!options.baseFolder || !path.isAbsolute(file)) return file;
  const relative = path.relative(options.baseFolder, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** `file:line` then the statement as written: where a step's rule comes from. */
export function where(at: ConfigRef, options: MarkdownOptions): string {
  return `${code(`${fileName(at.file, options)}:${at.line}`)} ${code(at.text)}`;
}

/** A table cell: no line breaks, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function requestLine(request: HttpRequest): string {
  return `${printable(request.method)} ${printable(request.target)} ${request.version}`;
}

function requestSummary(request: HttpRequest): string {
  const arrival = request.address.includes(':') ? `[${request.address}]:${request.port}` : `${request.address}:${request.port}`;
  const host = request.host === null ? 'no Host header' : request.host === '' ? 'an empty Host header' : `Host ${code(printable(request.host))}`;
  const files = { exist: 'files assumed to exist', missing: 'files assumed missing', fs: 'files looked up on this machine' }[request.files];
  const headers = request.headers.length ? `; headers ${request.headers.map(([n, v]) => code(`${n}: ${printable(v)}`)).join(', ')}` : '';
  return `${code(requestLine(request))} arriving on ${code(`${request.scheme}://${arrival}`)} with ${host}, from ${code(request.clientAddress)}${headers}; ${files}.`;
}

const HANDLER_NAMES: Readonly<Record<HandlerInfo['kind'], string>> = {
  return: '`return`',
  proxy: 'proxied (`proxy_pass`)',
  fastcgi: 'FastCGI (`fastcgi_pass`)',
  uwsgi: 'uwsgi (`uwsgi_pass`)',
  scgi: 'SCGI (`scgi_pass`)',
  grpc: 'gRPC (`grpc_pass`)',
  memcached: 'memcached (`memcached_pass`)',
  static: 'static file',
  error: 'rejected before any handler',
  unknown: 'a module Switchyard does not model',
};

function handlerSection(explanation: Explanation, options: MarkdownOptions): string[] {
  const { handler } = explanation;
  const lines = [`- Handler: ${HANDLER_NAMES[handler.kind]}${handler.at ? ` — ${where(handler.at, options)}` : ''}`];
  if (explanation.server) lines.push(`- Server: ${where(explanation.server, options)}`);
  if (explanation.location) lines.push(`- Location: ${where(explanation.location, options)}`);
  if (handler.file !== undefined) lines.push(`- File: ${code(printable(handler.file))}`);
  return lines;
}

function upstreamSection(upstream: UpstreamInfo, options: MarkdownOptions): string[] {
  const lines = [`- URL: ${code(printable(upstream.url))}`, `- Request target sent upstream: ${code(printable(upstream.uri))}`];
  if (upstream.group) lines.push(`- Group: ${code(upstream.group.name)} — ${where(upstream.group, options)}`);
  if (upstream.addresses.length) lines.push(`- Dials: ${upstream.addresses.map(code).join(', ')}`);
  return lines;
}

/** Who decides the status when the configuration alone does not. */
function undecidedStatus(explanation: Explanation): string {
  if (explanation.upstream) return 'decided by the upstream';
  switch (explanation.handler.kind) {
    case 'static':
      return 'decided by the file system';
    case 'unknown':
      return 'decided by the module that handles the request';
    default:
      return 'none predicted (see the steps)';
  }
}

function responseSection(explanation: Explanation): string[] {
  const { response } = explanation;
  const lines: string[] = [];
  if (response.status !== undefined) lines.push(`- Status: ${response.status}`);
  else lines.push(`- Status: ${undecidedStatus(explanation)}`);
  if (response.location !== undefined) lines.push(`- Location: ${code(printable(response.location))}`);
  if (response.body !== undefined) {
    const fence = '`'.repeat(Math.max(3, ...(response.body.match(/`{3,}/g) ?? []).map((run) => run.length + 1)));
    lines.push('- Body:', '', `  ${fence}`, ...response.body.replace(/\n$/, '').split('\n').map((l) => `  ${l}`), `  ${fence}`);
  }
  return lines;
}

function effectiveTable(effective: readonly EffectiveDirective[], options: MarkdownOptions): string[] {
  const rows = effective.map((d) => {
    const value = d.args.length ? code(d.args.join(' ')) : '';
    const place = `${fileName(d.at.file, options)}:${d.at.line}`;
    return `| ${cell(code(d.name))} | ${cell(value)} | ${cell(code(place))} | ${d.inherited ? 'inherited' : 'own block'} |`;
  });
  return ['| directive | value | where | inherited |', '|---|---|---|---|', ...rows];
}

/** The whole explanation as one Markdown document. */
export function explanationMarkdown(explanation: Explanation, options: MarkdownOptions = {}): string {
  const { request } = explanation;
  const out: string[] = [`# ${code(`${printable(request.method)} ${printable(request.target)}`)}${request.host ? ` on ${code(printable(request.host))}` : ''}`, '', requestSummary(request), ''];

  // What is likely to surprise comes first. A warning is also a step at its place below, where
  // it is referred to by its label rather than repeated.
  const labels = new Map<string, string>();
  explanation.warnings.forEach((w, i) => labels.set(w, `W${i + 1}`));
  if (explanation.warnings.length) out.push('## Warnings', '', ...explanation.warnings.map((w, i) => `- ⚠ **W${i + 1}** ${oneLine(w)}`), '');

  out.push('## Steps', '');
  if (explanation.steps.length === 0) out.push('_No decisions recorded._');
  explanation.steps.forEach((step, i) => {
    const label = step.kind === 'warning' ? labels.get(step.message) : undefined;
    const text = label ? `⚠ Warning **${label}** (above) applies here.` : `${step.kind === 'warning' ? '⚠ ' : ''}${oneLine(step.message)}`;
    out.push(`${i + 1}. ${text}${step.at ? ` — ${where(step.at, options)}` : ''}`);
  });

  out.push('', '## Handler', '', ...handlerSection(explanation, options));
  if (explanation.upstream) out.push('', '## Upstream', '', ...upstreamSection(explanation.upstream, options));
  out.push('', '## Response', '', ...responseSection(explanation));
  if (explanation.effective.length) out.push('', '## Effective configuration', '', ...effectiveTable(explanation.effective, options));
  return out.join('\n') + '\n';
}
