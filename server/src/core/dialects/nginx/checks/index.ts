import { runRules } from '../../../analysis/directiveChecks/runRules';
import type { CheckRule, DirectiveChecks } from '../../../analysis/directiveChecks/types';
import { buildConfigView, type NginxConfigView } from './configurationView';
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
import { serverRule } from './serverRule';
import { upstreamPortRule } from './upstreamPortRule';
import { valueRule } from './valueRule';
import { variableRule } from './variableRule';

/** The nginx rules, one module per family; each reports only what `nginx -t` rejects (or warns about). */
export const nginxRules: readonly CheckRule<NginxConfigView>[] = [
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

export const nginxDirectiveChecks: DirectiveChecks = {
  run(request) {
    const view = buildConfigView(request);
    const wanted = request.reportFiles;
    return runRules(nginxRules, view, wanted ? (file) => wanted.has(file) : undefined, view.revisited);
  },
  quickFixes: nginxQuickFixes,
};
