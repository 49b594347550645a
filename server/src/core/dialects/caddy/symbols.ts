import type { Argument, ConfigFile, Statement } from '../../model/types';
import type { Span } from '../../text/span';
import { walkStatements } from '../../model/walk';
import type { NameCheck, NavigationRules, SymbolKind, SymbolMention, SymbolRole, SymbolScope } from '../../analysis/symbols/types';
import { spanWithin } from '../../analysis/symbols/spans';

const GLOBAL: SymbolScope = { kind: 'global' };

/**
 * Snippets and named routes are global to the configuration. A named matcher belongs to the site
 * (or named route) that defines it; inside a snippet it belongs to the sites importing the snippet,
 * since Caddy pastes the snippet's tokens there.
 */
function scopeAt(kind: SymbolKind, ancestors: readonly Statement[]): SymbolScope {
  if (kind !== 'matcher') return GLOBAL;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    if (a.kind === 'site' || a.kind === 'named-route') return { kind: 'block', block: a };
    if (a.kind === 'snippet') return { kind: 'snippet', snippet: a };
  }
  return { kind: 'file' };
}

/** `text` is what `span` covers; the name sits after `prefix` and before `suffix`. */
function named(kind: SymbolKind, role: SymbolRole, name: string, text: string, span: Span, prefix: string, scope: SymbolScope): SymbolMention | undefined {
  if (span.endIndex - span.startIndex !== text.length || !text.startsWith(prefix + name)) return undefined;
  return { kind, role, name, span: spanWithin(span, text, prefix.length, prefix.length + name.length), sigilLength: prefix.length, scope };
}

/** A plain word argument naming something (`import common`, `invoke app`). */
function wordReference(kind: SymbolKind, argument: Argument | undefined, scope: SymbolScope): SymbolMention | undefined {
  if (!argument || argument.kind !== 'word') return undefined;
  return named(kind, 'reference', argument.value, argument.raw, argument.span, '', scope);
}

function statementMentions(s: Statement, ancestors: readonly Statement[]): (SymbolMention | undefined)[] {
  switch (s.kind) {
    case 'snippet':
      return [named('snippet', 'definition', s.name, `(${s.name})`, s.nameSpan, '(', GLOBAL)];
    case 'named-route':
      return [named('named-route', 'definition', s.name, `&(${s.name})`, s.nameSpan, '&(', GLOBAL)];
    case 'matcher-definition':
      return [named('matcher', 'definition', s.name.slice(1), s.name, s.nameSpan, '@', scopeAt('matcher', ancestors))];
    case 'directive': {
      const found: (SymbolMention | undefined)[] = [];
      const matcher = s.matcher;
      if (matcher?.kind === 'word' && matcher.value.startsWith('@')) found.push(named('matcher', 'reference', matcher.value.slice(1), matcher.raw, matcher.span, '@', scopeAt('matcher', ancestors)));
      // `import name` may name a snippet or a file; it only resolves when a snippet of that name exists.
      if (s.name === 'import') found.push(wordReference('snippet', s.args[0], GLOBAL));
      if (s.name === 'invoke') found.push(wordReference('named-route', s.args[0], GLOBAL));
      return found;
    }
    default:
      return [];
  }
}

/** `tls cert key` (not `tls email` or `tls internal`), and the client-auth CA and leaf certificate files. */
function certificateArguments(file: ConfigFile): Argument[] {
  const found: Argument[] = [];
  walkStatements(file.statements, (s) => {
    if (s.kind !== 'directive') return;
    const plain = s.args.filter((a) => a.kind !== 'expression');
    if (s.name === 'tls' && s.args.length === 2 && plain.length === 2) found.push(...plain);
    if ((s.name === 'trusted_ca_cert_file' || s.name === 'trusted_leaf_cert_file') && plain.length >= 1) found.push(...plain);
  });
  return found;
}

const SNIPPET_NAME = /^[^\s(){}"'`]+$/;
const MATCHER_NAME = /^[^\s{}"'`@]+$/;

function checkName(kind: SymbolKind, name: string): NameCheck {
  const pattern = kind === 'matcher' ? MATCHER_NAME : SNIPPET_NAME;
  return pattern.test(name) ? { ok: true } : { ok: false, reason: `'${name}' is not a usable ${kind} name: no spaces, quotes or braces` };
}

export const caddyNavigation: NavigationRules = {
  mentions(file: ConfigFile): SymbolMention[] {
    const mentions: SymbolMention[] = [];
    walkStatements(file.statements, (s, ancestors) => {
      for (const m of statementMentions(s, ancestors)) if (m) mentions.push(m);
    });
    return mentions;
  },
  scopeAt,
  isBuiltin: () => false,
  checkName,
  display(kind, name) {
    if (kind === 'snippet') return `(${name})`;
    if (kind === 'named-route') return `&(${name})`;
    if (kind === 'matcher') return `@${name}`;
    return name;
  },
  fileArguments: certificateArguments,
};
