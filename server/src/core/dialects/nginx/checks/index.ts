import { reportedFindings, type NotedFinding } from '../../../analysis/directiveChecks/notedFindings';
import type { DirectiveChecks } from '../../../analysis/directiveChecks/types';
import { readConfiguration } from './configurationReader';
import { directiveUseRule } from './directiveUseRule';
import { duplicateRule } from './duplicateRule';
import { entryShapeRule } from './entryShapeRule';
import { ifConditionRule } from './ifConditionRule';
import { logFormatRule } from './logFormatRule';
import { parameterRule } from './parameterRule';
import { locationRule } from './locationRule';
import { proxyPassRule } from './proxyPassRule';
import { refererRule } from './refererRule';
import { nginxQuickFixes } from './quickFixes';
import { partsOf, type NginxRule } from './ruleTypes';
import { serverRule } from './serverRule';
import { upstreamPortRule } from './upstreamPortRule';
import { valueRule } from './valueRule';
import { variableRule } from './variableRule';

/** The nginx rules, one module per family; each reports only what `nginx -t` rejects (or warns about). */
export const nginxRules: readonly NginxRule[] = [
  directiveUseRule,
  valueRule,
  parameterRule,
  entryShapeRule,
  duplicateRule,
  locationRule,
  ifConditionRule,
  proxyPassRule,
  refererRule,
  upstreamPortRule,
  serverRule,
  logFormatRule,
  variableRule,
];

const parts = partsOf(nginxRules);

export const nginxDirectiveChecks: DirectiveChecks = {
  run(request) {
    const reading = readConfiguration(request, parts);
    const noted: NotedFinding[] = reading.noted;
    nginxRules.forEach((rule, rank) => rule.configuration?.(reading.facts, (finding) => noted.push({ rank, file: finding.file, finding })));
    const wanted = request.reportFiles;
    return reportedFindings(noted, wanted ? (file) => wanted.has(file) : undefined, reading.revisited);
  },
  quickFixes: nginxQuickFixes,
};
