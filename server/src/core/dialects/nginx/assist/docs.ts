/**
 * Markdown documentation of directives and variables: the facts (syntax, default, contexts,
 * module and how Debian ships it, since-version, nginx.org link) followed by Switchyard's own
 * summary, pitfall and example.
 */
import { nginxKnowledge, type DirectiveFact, type HoverDoc, type VariableFact } from '../knowledge';
import { documentationOf } from './knowledge';

function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text}${fence}`;
}

function contextLabel(context: string): string {
  return context === 'any' ? 'any' : context.replace(/-/g, ' ');
}

/** How the module reaches a Debian system. */
function moduleLine(fact: DirectiveFact): string {
  switch (fact.moduleKind) {
    case 'core':
      return `**Module:** ${fact.module} (built into Debian's nginx)`;
    case 'dynamic': {
      const load = fact.soFile ? `; loaded by ${code(`load_module modules/${fact.soFile};`)}` : '';
      return `**Module:** ${fact.module}, dynamic: needs the Debian package ${code(fact.debianPackage ?? 'libnginx-mod-…')}${load}`;
    }
    default:
      return `**Module:** ${fact.module} (not built in Debian's nginx packages)`;
  }
}

function hoverTexts(doc: HoverDoc | undefined): string[] {
  if (!doc) return [];
  return [doc.summary, `**Pitfall:** ${doc.pitfall}`, `**Example:** ${code(doc.example)}`];
}

/** The syntax lines of a definition as nginx.org writes them, e.g. `proxy_pass URL;`. */
export function syntaxLines(fact: DirectiveFact): string[] {
  const syntax = documentationOf(fact)?.syntax;
  if (!syntax || syntax.length === 0) return [];
  return syntax.map((line) => (line.endsWith('{ ... }') ? `${fact.name} ${line}` : `${fact.name} ${line};`.replace(/ ;$/, ';')));
}

/** One definition of a directive, fully documented. */
function definitionMarkdown(fact: DirectiveFact): string {
  const documentation = documentationOf(fact);
  const parts: string[] = [];
  const syntax = syntaxLines(fact);
  if (syntax.length) parts.push('```nginx\n' + syntax.join('\n') + '\n```');
  else parts.push(`**${fact.name}**`);
  const facts: string[] = [];
  if (documentation?.default !== undefined && documentation.default !== null && documentation.default !== '') facts.push(`**Default:** ${code(`${fact.name} ${documentation.default};`)}`);
  facts.push(`**Context:** ${fact.contexts.map(contextLabel).join(', ')}`);
  facts.push(moduleLine(fact));
  if (documentation?.since) facts.push(`**Since:** nginx ${documentation.since}`);
  const deprecated = fact.deprecated as { insteadUse?: string } | undefined;
  if (deprecated) facts.push(`**Deprecated**${deprecated.insteadUse ? `: use ${code(deprecated.insteadUse)}` : ''}`);
  parts.push(facts.join('  \n'));
  parts.push(...hoverTexts(nginxKnowledge.hoverDoc(fact)));
  if (documentation?.url) parts.push(`[nginx.org: ${fact.name}](${documentation.url})`);
  return parts.join('\n\n');
}

/** Every given definition of a directive (one per module), separated by rules. */
export function directiveMarkdown(facts: readonly DirectiveFact[]): string {
  return facts.map(definitionMarkdown).join('\n\n---\n\n');
}

/** A built-in variable, `$http_user_agent` style family members included. */
export function builtinVariableMarkdown(name: string, fact: VariableFact): string {
  const member = name.slice(fact.name.length);
  const family = !fact.prefix ? '' : member ? ` (the ${code(`$${fact.name}*`)} family: ${familyMeaning(fact.name, member)})` : ` family: ${code(`$${fact.name}<name>`)}`;
  const parts = [`**$${name}**${family}`, `**Module:** ${fact.module}`];
  parts.push(...hoverTexts(nginxKnowledge.variableDoc(fact)));
  return parts.join('\n\n');
}

/** `http_x_real_ip` → the request header `X-Real-Ip`. */
function familyMeaning(prefix: string, rest: string): string {
  const header = rest
    .split('_')
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('-');
  switch (prefix) {
    case 'http_':
      return `request header ${code(header)}`;
    case 'sent_http_':
      return `response header ${code(header)}`;
    case 'upstream_http_':
      return `upstream response header ${code(header)}`;
    case 'sent_trailer_':
    case 'upstream_trailer_':
      return `trailer ${code(header)}`;
    case 'arg_':
      return `query argument ${code(rest)}`;
    case 'cookie_':
    case 'upstream_cookie_':
      return `cookie ${code(rest)}`;
    default:
      return code(rest);
  }
}
