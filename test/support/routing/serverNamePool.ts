/**
 * server_name lists for generated servers: every kind of name nginx knows (exact, mixed case,
 * trailing dot, leading and trailing wildcards, regexes with captures, "", _), with Host values
 * that should and should not match each, and repeats across servers that nginx ignores.
 */
import type { Draw } from './random';

const LABELS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

export interface ServerName {
  readonly name: string;
  readonly hosts: readonly string[];
}

/** server_name lists for every server: each kind of name, and some names repeated across servers (nginx ignores the repeats). */
export function namePool(draw: Draw, serverCount: number): ServerName[][] {
  const kinds: (() => ServerName)[] = [
    () => { const l = draw.pick(LABELS); return { name: `${l}.test`, hosts: [`${l}.test`, `${l.toUpperCase()}.TEST`, `${l}.test.`, `${l}.test:${20001}`] }; },
    () => { const l = draw.pick(LABELS); return { name: `${l.toUpperCase()}.Test`, hosts: [`${l}.test`, `${l.toUpperCase()}.Test`] }; },
    () => { const l = draw.pick(LABELS); return { name: `${l}.test.`, hosts: [`${l}.test.`, `${l}.test`] }; },
    () => { const l = draw.pick(LABELS); return { name: `*.${l}.test`, hosts: [`w.${l}.test`, `x.y.${l}.test`, `${l}.test`, `W.${l.toUpperCase()}.test`] }; },
    () => { const l = draw.pick(LABELS); return { name: `.${l}.test`, hosts: [`${l}.test`, `q.${l}.test`, `${l}.test.`] }; },
    () => { const l = draw.pick(LABELS); return { name: `www.${l}.*`, hosts: [`www.${l}.org`, `www.${l}.co.uk`, `WWW.${l}.test`] }; },
    () => { const l = draw.pick(LABELS); return { name: `~^(?<sub>[a-z0-9]+)\\.${l}\\.test$`, hosts: [`foo.${l}.test`, `F1.${l}.test`, `a.b.${l}.test`] }; },
    () => { const l = draw.pick(LABELS); return { name: `~^${l}(\\d+)\\.test$`, hosts: [`${l}7.test`, `${l}42.test:20002`] }; },
    () => { const l = draw.pick(LABELS); return { name: `~^www\\d?\\.${l}\\.(?:test|org)$`, hosts: [`www.${l}.test`, `www2.${l}.org`, `WWW.${l}.TEST`] }; },
    () => ({ name: '', hosts: ['nohost.test'] }),
    () => ({ name: '_', hosts: ['_', 'other.test'] }),
    () => ({ name: 'localhost', hosts: ['localhost', 'LOCALHOST'] }),
  ];
  return Array.from({ length: serverCount }, () => {
    const names: ServerName[] = [];
    for (let i = draw.weighted([[1, 0], [4, 1], [3, 2], [2, 3]]); i > 0; i--) names.push(draw.pick(kinds)());
    return names;
  });
}
