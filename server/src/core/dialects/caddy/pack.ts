import * as path from 'node:path';
import type { DialectPack, IncludeReference, OutlineLabel } from '../pack';
import type { ConfigFile, Statement } from '../../model/types';
import { caddyReadingRules } from './buildModel';
import { caddyFormatRules } from './format';
import { walkDirectives } from '../../model/walk';
import { caddyNavigation } from './symbols';

const ROUTE_DIRECTIVES = new Set(['handle', 'handle_path', 'route', 'handle_errors', 'reverse_proxy', 'file_server', 'php_fastcgi']);

function outlineLabel(statement: Statement): OutlineLabel | undefined {
  switch (statement.kind) {
    case 'global-options':
      return { name: 'global options', category: 'options' };
    case 'snippet':
      return { name: `(${statement.name})`, category: 'snippet' };
    case 'named-route':
      return { name: `&(${statement.name})`, category: 'snippet' };
    case 'site':
      return { name: statement.addresses.map((a) => a.raw).join(', ') || '(site)', category: 'server' };
    case 'matcher-definition':
      return { name: statement.name, category: 'matcher' };
    case 'directive': {
      if (!statement.block || !ROUTE_DIRECTIVES.has(statement.name)) return undefined;
      const parts = [statement.name, statement.matcher?.raw, ...statement.args.map((a) => a.raw)].filter(Boolean);
      return { name: parts.join(' '), category: 'route' };
    }
    default:
      return undefined;
  }
}

export const caddyPack: DialectPack = {
  dialect: 'caddy',
  languageId: 'caddyfile',
  readingRules: caddyReadingRules,
  formatRules: caddyFormatRules,
  outlineLabel,
  navigation: caddyNavigation,
  includeReferences(file: ConfigFile): IncludeReference[] {
    const refs: IncludeReference[] = [];
    walkDirectives(file.statements, (d) => {
      if (d.name === 'import' && d.args.length >= 1) {
        refs.push({ directive: d, pattern: d.args[0].value, importArgs: d.args.slice(1).map((a) => a.value) });
      }
    });
    return refs;
  },
  isSnippetReference: (pattern, snippetNames) => snippetNames.has(pattern),
  includeBase(_root: string, includingFilePath: string): readonly string[] {
    // Caddy resolves imports against the importing file's folder.
    return [path.dirname(includingFilePath)];
  },
};
