import * as path from 'node:path';
import type { CompletionEntry, HoverResult, SignatureResult } from '../../server/src/core/analysis/assist';
import { completionsAt } from '../../server/src/core/analysis/completion';
import { readCursor, type CursorContext } from '../../server/src/core/analysis/cursorContext';
import { hoverAt } from '../../server/src/core/analysis/hover';
import { signatureAt } from '../../server/src/core/analysis/signatureHelp';
import { buildWorkspaceView, type WorkspaceView } from '../../server/src/core/analysis/workspaceView';
import { nginxAssist } from '../../server/src/core/dialects/nginx/assist';
import { packs } from '../../server/src/core/dialects/registry';
import { configLoader } from '../../server/src/core/workspace/loadConfigs';
import { fileSystemSource } from '../../server/src/node/fileSource';
import { fixturesDir, parseText, wasmParsers } from './parse';

/** The fixture configuration: nginx.conf including conf.d/*.conf in http, snippets in a server. */
export const assistRoot = path.join(fixturesDir, 'nginx-assist', 'etc', 'nginx');

/** Marks the cursor in test texts (`|` is too common in nginx regexes). */
export const CURSOR = '‸';

/** A file no configuration includes and whose folder says nothing. */
export const LONE_FILE = '/virtual/fragments/test.conf';

export interface Probe {
  readonly view: WorkspaceView;
  readonly index: number;
}

/** The document at `filePath` holding `text` (with the cursor marked), in its workspace on disk. */
export async function probe(text: string, filePath = LONE_FILE): Promise<Probe> {
  const index = text.indexOf(CURSOR);
  if (index === -1) throw new Error(`no ${CURSOR} in the test text`);
  const clean = text.slice(0, index) + text.slice(index + CURSOR.length);
  const file = await parseText('nginx', clean, filePath);
  const load = configLoader(await wasmParsers(), packs.nginx, fileSystemSource);
  const view = buildWorkspaceView(file, clean, { pack: packs.nginx, assist: nginxAssist, load, source: fileSystemSource });
  return { view, index };
}

export async function cursorIn(text: string, filePath?: string): Promise<CursorContext> {
  const { view, index } = await probe(text, filePath);
  return readCursor(view, index, nginxAssist);
}

/** Completion entries, best-ranked first. */
export async function complete(text: string, filePath?: string, triggerCharacter?: string): Promise<CompletionEntry[]> {
  const { view, index } = await probe(text, filePath);
  return [...completionsAt({ view, index, assist: nginxAssist, triggerCharacter }).entries].sort((a, b) => a.rank - b.rank);
}

export async function labelsAt(text: string, filePath?: string, triggerCharacter?: string): Promise<string[]> {
  return (await complete(text, filePath, triggerCharacter)).map((e) => e.label);
}

export async function hoverOn(text: string, filePath?: string): Promise<HoverResult | undefined> {
  const { view, index } = await probe(text, filePath);
  return hoverAt(view, index, nginxAssist);
}

export async function signatureOn(text: string, filePath?: string): Promise<SignatureResult | undefined> {
  const { view, index } = await probe(text, filePath);
  return signatureAt(view, index, nginxAssist);
}

/** The active parameter's text in the active signature. */
export function activeParameterText(result: SignatureResult): string | undefined {
  const signature = result.signatures[result.activeSignature];
  const range = signature.parameters[result.activeParameter];
  return range ? signature.label.slice(range[0], range[1]) : undefined;
}

export const fixture = (...parts: string[]): string => path.join(assistRoot, ...parts);
