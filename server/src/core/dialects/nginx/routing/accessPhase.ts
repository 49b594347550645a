/**
 * The access phase as far as a request decides it: `allow`/`deny` (ngx_http_access_module: the
 * rules of the innermost block that has any, first rule matching the client address wins) and
 * `auth_basic` without credentials (401). Anything needing a password check is undecided.
 */
import type { ExplainStep, HttpRequest } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { directiveInForce, ownDirectivesNamed } from './configIndex';
import { addressBytes, unmapIPv4 } from './ipAddress';

export type AccessVerdict =
  | { readonly kind: 'pass' }
  | { readonly kind: 'deny'; readonly status: 401 | 403; readonly at: ConfigNode }
  | { readonly kind: 'undecided'; readonly reason: string };

export function checkAccess(chain: readonly ConfigNode[], request: HttpRequest, steps: ExplainStep[]): AccessVerdict {
  const rules = accessRulesInForce(chain);
  let denied: ConfigNode | undefined;
  for (const rule of rules) {
    const match = addressMatches(rule.args[0] ?? '', request.clientAddress);
    if (match === undefined) return { kind: 'undecided', reason: `\`${rule.at.text}\` cannot be evaluated` };
    if (!match) continue;
    if (rule.name === 'deny') denied = rule;
    else steps.push({ kind: 'access', message: `\`${rule.at.text}\` allows client \`${request.clientAddress}\`.`, at: rule.at });
    break;
  }
  const authRequest = directiveInForce(chain, 'auth_request');
  if (authRequest && authRequest.args[0] !== undefined && authRequest.args[0].toLowerCase() !== 'off') {
    return { kind: 'undecided', reason: `\`${authRequest.at.text}\`: a subrequest decides whether the request is allowed` };
  }
  const satisfyAny = directiveInForce(chain, 'satisfy')?.args[0]?.toLowerCase() === 'any';
  const auth = directiveInForce(chain, 'auth_basic');
  const authOn = auth !== undefined && auth.args[0] !== undefined && auth.args[0].toLowerCase() !== 'off';
  const hasCredentials = request.headers.some(([name]) => name.toLowerCase() === 'authorization');
  if (satisfyAny && authOn && auth) {
    // Any module that allows lets the request through; otherwise 401 wins over 403.
    if (rules.length > 0 && !denied) return { kind: 'pass' };
    if (hasCredentials) return { kind: 'undecided', reason: '`satisfy any` with `auth_basic`: the outcome depends on the credentials' };
    steps.push({ kind: 'access', message: `\`satisfy any\`: no rule allows the client and \`${auth.at.text}\` gets no credentials: 401.`, at: auth.at });
    return { kind: 'deny', status: 401, at: auth };
  }
  if (denied) {
    steps.push({ kind: 'access', message: `\`${denied.at.text}\` denies client \`${request.clientAddress}\`: 403.`, at: denied.at });
    return { kind: 'deny', status: 403, at: denied };
  }
  if (authOn && auth) {
    if (!hasCredentials) {
      steps.push({ kind: 'access', message: `\`${auth.at.text}\` asks for credentials the request does not send: 401.`, at: auth.at });
      return { kind: 'deny', status: 401, at: auth };
    }
    return { kind: 'undecided', reason: '`auth_basic`: whether the credentials are accepted depends on the password file' };
  }
  return { kind: 'pass' };
}

/**
 * The `limit_except` block whose configuration applies to `method` in `location`, if any: every
 * method it does not list (unknown ones too) is limited, and listing GET allows HEAD.
 */
export function limitExceptFor(location: ConfigNode, method: string): ConfigNode | undefined {
  const block = ownDirectivesNamed(location, 'limit_except')?.[0];
  if (!block) return undefined;
  const allowed = new Set(block.args.map((m) => m.toUpperCase()));
  if (allowed.has('GET')) allowed.add('HEAD');
  return allowed.has(method) ? undefined : block;
}

function accessRulesInForce(chain: readonly ConfigNode[]): readonly ConfigNode[] {
  for (let i = chain.length - 1; i >= 0; i--) {
    const block = chain[i];
    if (!ownDirectivesNamed(block, 'allow') && !ownDirectivesNamed(block, 'deny')) continue;
    // Both kinds, in the order written: the first matching rule decides.
    return (block.children ?? []).filter((c) => c.name === 'allow' || c.name === 'deny');
  }
  return [];
}

/** Whether an allow/deny argument (`all`, an address, a CIDR, `unix:`) covers the client. */
function addressMatches(rule: string, client: string): boolean | undefined {
  if (rule === 'all') return true;
  if (rule === 'unix:') return false;
  const slash = rule.indexOf('/');
  const address = slash < 0 ? rule : rule.slice(0, slash);
  const bitsText = slash < 0 ? undefined : rule.slice(slash + 1);
  const ruleBytes = addressBytes(unbracketed(address));
  if (!ruleBytes) return undefined;
  let clientBytes = addressBytes(unbracketed(client));
  if (!clientBytes) return undefined;
  // An IPv4-mapped IPv6 client is checked against IPv4 rules (ngx_http_access_handler).
  if (ruleBytes.length === 4) clientBytes = unmapIPv4(clientBytes);
  if (ruleBytes.length !== clientBytes.length) return false;
  const bits = bitsText === undefined ? ruleBytes.length * 8 : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > ruleBytes.length * 8) return undefined;
  for (let bit = 0; bit < bits; bit++) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if ((ruleBytes[byte] & mask) !== (clientBytes[byte] & mask)) return false;
  }
  return true;
}

function unbracketed(address: string): string {
  return address.replace(/^\[(.*)\]$/, '$1');
}
