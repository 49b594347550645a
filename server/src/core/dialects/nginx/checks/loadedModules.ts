import * as path from 'node:path';
import { nginxKnowledge, type DirectiveFact } from '../knowledge';

/**
 * Which of Debian's dynamic modules a configuration loads. Built-in modules are always there; a
 * dynamic one only after `load_module` (or when the user says it is loaded elsewhere); a module
 * Debian does not build never is. When no main configuration is in view nobody knows what it
 * loads, and every packaged module counts as loaded.
 */
export class LoadedModules {
  private readonly soFiles: ReadonlySet<string>;

  constructor(
    soFiles: Iterable<string>,
    /** False when no main configuration is in view. */
    readonly known: boolean,
  ) {
    this.soFiles = new Set(soFiles);
  }

  provides(fact: DirectiveFact): boolean {
    if (fact.moduleKind === 'core') return true;
    if (fact.moduleKind === 'unbuilt') return false;
    return !this.known || (fact.soFile !== undefined && this.soFiles.has(fact.soFile));
  }

  /** The facts of a name that nginx has with these modules loaded. */
  available(name: string): readonly DirectiveFact[] {
    return nginxKnowledge.directive(name).filter((f) => this.provides(f));
  }
}

const interned = new Map<string, LoadedModules>();
/** Past this many module sets, interning starts over (results memoised per set are then computed again). */
const MAX_INTERNED = 64;

/**
 * The modules object for a set of `.so` files: one object per set, so that what depends on the
 * modules (a directive's resolution, a memoised check result) can be kept per object.
 */
export function loadedModulesOf(soFiles: Iterable<string>, known: boolean): LoadedModules {
  const sorted = [...new Set(soFiles)].sort();
  const key = `${known}\0${sorted.join('\0')}`;
  let modules = interned.get(key);
  if (!modules) {
    if (interned.size >= MAX_INTERNED) interned.clear();
    modules = new LoadedModules(sorted, known);
    interned.set(key, modules);
  }
  return modules;
}

/** What a walk that does not start at a main configuration assumes: every packaged module may be loaded. */
export const ANY_MODULES = new LoadedModules([], false);

/** The `.so` file a `load_module` path names (`modules/ngx_stream_module.so` → `ngx_stream_module.so`). */
export function soFileOfPath(modulePath: string): string {
  return path.basename(modulePath);
}

let soFileByModuleName: Map<string, string> | undefined;

/**
 * The `.so` file of a module the user names: a module name (`ngx_http_lua_module`), a `.so` file
 * name with or without the extension, or a Debian package (`libnginx-mod-http-lua`).
 */
export function soFileOfModuleName(name: string): string | undefined {
  if (!soFileByModuleName) {
    soFileByModuleName = new Map();
    for (const fact of nginxKnowledge.allDirectives()) {
      if (!fact.soFile) continue;
      soFileByModuleName.set(fact.module, fact.soFile);
      soFileByModuleName.set(fact.soFile, fact.soFile);
      soFileByModuleName.set(fact.soFile.replace(/\.so$/, ''), fact.soFile);
      if (fact.debianPackage) soFileByModuleName.set(fact.debianPackage, fact.soFile);
    }
  }
  return soFileByModuleName.get(name) ?? soFileByModuleName.get(path.basename(name));
}
