/**
 * Facts about the machine nginx runs on that the configuration does not say: its prefix (`-p`),
 * its host name and how it resolves names at startup. The explainer models a stock Debian server
 * unless told otherwise, because the configuration being edited usually runs somewhere else.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { PrepareOptions } from '../core/analysis/explain';
import { hostsFileResolver } from '../core/dialects/nginx/routing/upstreams';

export interface MachineFactOptions {
  /** nginx's `-p` prefix; default Debian's `/usr/share/nginx/`. */
  readonly prefix?: string;
  /** `$hostname`; default this machine's name. */
  readonly hostname?: string;
  /** A hosts file to resolve upstream and listen names with; default: a stock Debian /etc/hosts. */
  readonly hostsFile?: string;
}

export class MachineFactError extends Error {}

export function machineFacts(options: MachineFactOptions = {}): PrepareOptions {
  let resolveHost: PrepareOptions['resolveHost'];
  if (options.hostsFile !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(options.hostsFile, 'latin1');
    } catch (error) {
      throw new MachineFactError(`cannot read hosts file ${options.hostsFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    resolveHost = hostsFileResolver(text);
  }
  const prefix = options.prefix === undefined ? undefined : options.prefix.endsWith('/') ? options.prefix : options.prefix + '/';
  return { prefix, hostname: options.hostname ?? os.hostname(), resolveHost };
}
