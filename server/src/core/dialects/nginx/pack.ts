import * as path from 'node:path';
import type { DialectPack, IncludeReference, OutlineLabel } from '../pack';
import type { ConfigFile, Directive, Statement } from '../../model/types';
import { nginxReadingRules } from './buildModel';
import { nginxFormatRules } from './format';
import { walkDirectives } from '../../model/walk';
import { nginxNavigation } from './symbols';
import { nginxDirectiveChecks } from './checks';
import { nginxRequestExplainer } from './routing/explainer';

function argText(d: Directive): string {
  return d.args.map((a) => a.raw).join(' ');
}

function childDirectives(d: Directive, name: string): Directive[] {
  return (d.block?.children ?? []).filter((c): c is Directive => c.kind === 'directive' && c.name === name);
}

function outlineLabel(statement: Statement): OutlineLabel | undefined {
  if (statement.kind !== 'directive' || statement.isEntry || !statement.block) return undefined;
  const d = statement;
  switch (d.name) {
    case 'server': {
      const names = childDirectives(d, 'server_name').flatMap((s) => s.args.map((a) => a.raw));
      const listens = childDirectives(d, 'listen').map((l) => argText(l));
      return { name: names.length ? `server ${names.join(' ')}` : 'server', detail: listens.length ? `listen ${listens.join(', ')}` : undefined, category: 'server' };
    }
    case 'location':
      return { name: `location ${argText(d)}`, category: 'route' };
    case 'upstream':
      return { name: `upstream ${argText(d)}`, category: 'upstream' };
    case 'map':
    case 'geo':
    case 'split_clients':
      return { name: `${d.name} ${argText(d)}`, category: 'table' };
    case 'if':
    case 'limit_except':
      return { name: `${d.name} ${argText(d)}`, category: 'block' };
    default:
      return { name: d.args.length ? `${d.name} ${argText(d)}` : d.name, category: 'block' };
  }
}

export const nginxPack: DialectPack = {
  dialect: 'nginx',
  languageId: 'nginx',
  readingRules: nginxReadingRules,
  formatRules: nginxFormatRules,
  outlineLabel,
  navigation: nginxNavigation,
  directiveChecks: nginxDirectiveChecks,
  requestExplainer: nginxRequestExplainer,
  includeReferences(file: ConfigFile): IncludeReference[] {
    const refs: IncludeReference[] = [];
    walkDirectives(file.statements, (d) => {
      // `include` inside map/geo/types bodies is an entry and still includes a file.
      if (d.name === 'include' && d.args.length === 1) refs.push({ directive: d, pattern: d.args[0].value, importArgs: [] });
    });
    return refs;
  },
  isSnippetReference: () => false,
  includeBase(rootConfigPath: string): readonly string[] {
    // nginx resolves a relative include against the conf prefix: the main config's folder.
    return [path.dirname(rootConfigPath)];
  },
};
