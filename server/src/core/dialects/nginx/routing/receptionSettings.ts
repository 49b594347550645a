/**
 * The server-level settings nginx 1.22 uses while it reads a request, before any location is
 * chosen (merge_slashes, header buffers, header-name rules): read from `http`, then each `server`.
 */
import type { ConfigNode } from './configTree';

/** Server-level settings that act while nginx reads the request (before a location is chosen). */
export interface ReceptionSettings {
  readonly mergeSlashes: boolean;
  readonly ignoreInvalidHeaders: boolean;
  readonly underscoresInHeaders: boolean;
  readonly clientHeaderBufferSize: number;
  readonly largeClientHeaderBufferSize: number;
  readonly largeClientHeaderBufferCount: number;
  readonly connectionPoolSize: number;
}

/** nginx's defaults, in force where no block sets them. */
export const DEFAULT_SETTINGS: ReceptionSettings = {
  mergeSlashes: true,
  ignoreInvalidHeaders: true,
  underscoresInHeaders: false,
  clientHeaderBufferSize: 1024,
  largeClientHeaderBufferSize: 8192,
  largeClientHeaderBufferCount: 4,
  connectionPoolSize: 512,
};

/** The settings in force in a block: its own directives over the inherited ones. */
export function readSettings(children: readonly ConfigNode[], inherited: ReceptionSettings): ReceptionSettings {
  let settings = inherited;
  for (const node of children) {
    const [first, second] = node.args;
    switch (node.name) {
      case 'merge_slashes':
        settings = { ...settings, mergeSlashes: first === 'on' };
        break;
      case 'ignore_invalid_headers':
        settings = { ...settings, ignoreInvalidHeaders: first === 'on' };
        break;
      case 'underscores_in_headers':
        settings = { ...settings, underscoresInHeaders: first === 'on' };
        break;
      case 'client_header_buffer_size': {
        const size = parseSize(first);
        if (size !== undefined) settings = { ...settings, clientHeaderBufferSize: size };
        break;
      }
      case 'connection_pool_size': {
        const size = parseSize(first);
        if (size !== undefined) settings = { ...settings, connectionPoolSize: size };
        break;
      }
      case 'large_client_header_buffers': {
        const size = parseSize(second);
        const count = /^[0-9]+$/.test(first ?? '') ? Number(first) : undefined;
        if (size !== undefined && count !== undefined) settings = { ...settings, largeClientHeaderBufferSize: size, largeClientHeaderBufferCount: count };
        break;
      }
    }
  }
  return settings;
}

/**
 * A size or offset (ngx_parse_size, ngx_parse_offset): digits with an optional k, m or g suffix.
 * nginx refuses `g` where only a size is allowed, so accepting it everywhere changes no answer.
 */
export function parseSize(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /^([0-9]+)([kKmMgG]?)$/.exec(text);
  if (!m) return undefined;
  const scale = { '': 1, k: 1024, m: 1024 * 1024, g: 1024 * 1024 * 1024 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * scale;
}
