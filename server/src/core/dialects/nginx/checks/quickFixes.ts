import { directiveAt, insertAt, removeSpan, replaceSpan } from '../../../analysis/directiveChecks/textEdits';
import type { ProblemToFix, QuickFix } from '../../../analysis/directiveChecks/types';
import type { ConfigFile } from '../../../model/types';
import { LineIndex } from '../../../text/span';
import { uriPartStart, withoutUri } from './proxyPassRule';

/** The name a message proposes (`…; did you mean 'proxy_pass'?`, `… '$request_uri'?`). */
function suggestionIn(message: string | undefined): string | undefined {
  return message && /did you mean '\$?([\w.-]+)'\?/.exec(message)?.[1];
}

/**
 * Quick fixes for what the nginx checks and the syntax reader report, where the fix is clear.
 * Each is computed from the current text and model, so a stale problem gives no fix rather than a
 * wrong one.
 */
export function nginxQuickFixes(reported: ProblemToFix, file: ConfigFile, text: string): QuickFix[] {
  const problem = { ...reported, suggestion: reported.suggestion ?? suggestionIn(reported.message) };
  const lines = new LineIndex(text);
  const start = lines.indexAt(problem.start);
  const end = lines.indexAt(problem.end);
  switch (problem.code) {
    case 'syntax/missing-semicolon':
      return [{ title: "Insert ';'", edits: [insertAt(problem.end, ';')], preferred: true }];
    case 'nginx/unknown-directive': {
      const found = directiveAt(file, start);
      if (!problem.suggestion || !found || found.argument !== undefined) return [];
      return [{ title: `Change to '${problem.suggestion}'`, edits: [replaceSpan(found.directive.nameSpan, problem.suggestion)], preferred: true }];
    }
    case 'nginx/unknown-variable': {
      const written = text.slice(start, end);
      if (!problem.suggestion || !/^\$\{?\w+\}?$/.test(written)) return [];
      const replacement = written.startsWith('${') ? `\${${problem.suggestion}}` : `$${problem.suggestion}`;
      return [{ title: `Change to '$${problem.suggestion}'`, edits: [{ start: problem.start, end: problem.end, newText: replacement }], preferred: true }];
    }
    case 'nginx/duplicate-directive': {
      const found = directiveAt(file, start);
      if (!found || found.argument !== undefined) return [];
      return [{ title: `Remove the duplicate '${found.directive.name}'`, edits: [removeSpan(text, found.directive.span, lines)] }];
    }
    case 'nginx/proxy-pass-uri-in-regex-location': {
      const found = directiveAt(file, start);
      const arg = found?.argument !== undefined ? found.directive.args[found.argument] : undefined;
      const kept = arg && found?.directive.name === 'proxy_pass' ? withoutUri(arg) : undefined;
      if (!arg || kept === undefined) return [];
      const dropped = arg.value.slice(uriPartStart(arg.value));
      return [{ title: `Drop the URI part '${dropped}' from proxy_pass`, edits: [replaceSpan(arg.span, kept)], preferred: true }];
    }
    default:
      return [];
  }
}
