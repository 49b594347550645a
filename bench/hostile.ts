/** Inputs that must not crash or hang the parser and model builder (bench budgets: ≤ 2 s each). */
import type { Dialect } from '../server/src/core/model/types';
import { generateNginxConfig } from './generate';

export function hostileInputs(): [name: string, dialect: Dialect, text: string][] {
  return [
    ['10 MB nginx file', 'nginx', generateNginxConfig(400_000).slice(0, 10 * 1024 * 1024)],
    ['10,000 nested blocks', 'nginx', 'a {'.repeat(10_000) + '}'.repeat(10_000)],
    ['1 MB single line', 'nginx', 'http { ' + 'add_header X-A b; '.repeat(58_000) + '}'],
    ['1 MB random bytes (nginx)', 'nginx', randomText(1024 * 1024)],
    ['1 MB random bytes (caddy)', 'caddy', randomText(1024 * 1024)],
  ];
}

function randomText(length: number): string {
  let seed = 42;
  let text = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    text += String.fromCharCode(seed % 256);
  }
  return text;
}
