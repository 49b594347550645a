/**
 * Deterministic mistakes planted in nginx configs for the agreement test: each mutator lists the
 * places where its kind of mistake can go, and a seeded generator picks some. The same seed, base
 * text and kind always give the same mutations, whatever other bases are in the run.
 * Whether a mutation really is a mistake is for nginx to say; the test skips (and counts) those
 * nginx accepts.
 */
import { nginxKnowledge } from '../../server/src/core/dialects/nginx/knowledge';
import { statements, type ConfStatement, type ConfToken } from './nginxTokens';

/** Where a file is included (the shared corpus's `wrap_spec.context`). */
export type WrapContext = 'main' | 'http' | 'server' | 'location' | 'upstream' | 'stream' | 'stream-server' | 'mail' | 'mail-server';

/** Where a directive stands; `other` is a block with its own syntax (map, types, geo, lua …). */
export type PlaceContext =
  | 'main' | 'events' | 'http' | 'server' | 'location' | 'if' | 'limit_except' | 'upstream'
  | 'stream' | 'stream-server' | 'stream-upstream' | 'mail' | 'mail-server' | 'other';

export const MUTATION_KINDS = [
  'missing-semicolon',
  'missing-close-brace',
  'missing-open-brace',
  'misspelt-directive',
  'wrong-context',
  'extra-argument',
  'missing-argument',
  'bad-flag',
  'bad-enum',
  'duplicate-directive',
  'bad-location-modifier',
  'proxy-pass-uri-in-regex-location',
  'unknown-variable',
  'duplicate-default-server',
  'missing-include',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  readonly kind: MutationKind;
  /** What was changed, e.g. "removed ';' of 'listen' at line 12". */
  readonly label: string;
  readonly text: string;
  /** 1-based line of the planted mistake in the mutated text. */
  readonly line: number;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/** A change and the edit that is the mistake (its first line is the mistake's line). */
interface Change {
  readonly label: string;
  readonly edits: readonly Edit[];
  readonly mistake: number;
}

// ---- seeded randomness ------------------------------------------------------------------------

export type Random = () => number;

/** mulberry32: small, fast, and the same on every platform. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to derive one stream of randomness per (seed, base, kind). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)];
}

// ---- the base file as seen by the mutators ---------------------------------------------------

interface Site {
  readonly statement: ConfStatement;
  readonly context: PlaceContext;
  readonly depth: number;
}

/** A place to insert a new directive: on a new line after `offset`. */
interface Slot {
  readonly offset: number;
  readonly context: PlaceContext;
  readonly depth: number;
}

interface Base {
  readonly text: string;
  readonly sites: readonly Site[];
  readonly slots: readonly Slot[];
}

const SPECIAL_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match']);

function enter(context: PlaceContext, block: string): PlaceContext {
  if (context === 'other' || SPECIAL_BLOCKS.has(block) || block.endsWith('_by_lua_block') || block.endsWith('_lua_block')) return 'other';
  const table: Partial<Record<PlaceContext, Record<string, PlaceContext>>> = {
    main: { events: 'events', http: 'http', stream: 'stream', mail: 'mail' },
    http: { server: 'server', upstream: 'upstream' },
    server: { location: 'location', if: 'if' },
    location: { location: 'location', if: 'if', limit_except: 'limit_except' },
    stream: { server: 'stream-server', upstream: 'stream-upstream' },
    mail: { server: 'mail-server' },
  };
  return table[context]?.[block] ?? 'other';
}

function baseOf(text: string, wrap: WrapContext): Base {
  const sites: Site[] = [];
  const slots: Slot[] = [];
  const visit = (list: readonly ConfStatement[], context: PlaceContext, depth: number): void => {
    for (const statement of list) {
      sites.push({ statement, context, depth });
      const end = statement.block?.close ?? statement.terminator;
      if (end) slots.push({ offset: end.end, context, depth });
      if (statement.block) {
        const inner = enter(context, statement.name.text);
        slots.push({ offset: statement.block.open.end, context: inner, depth: depth + 1 });
        visit(statement.block.statements, inner, depth + 1);
      }
    }
  };
  visit(statements(text), wrap, 0);
  return { text, sites, slots };
}

// ---- applying changes -----------------------------------------------------------------------

function applyChange(text: string, change: Change): { text: string; line: number } {
  const order = change.edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start);
  let out = '';
  let at = 0;
  let mistakeOffset = 0;
  for (const { e, i } of order) {
    out += text.slice(at, e.start);
    // An inserted statement starts on the line after the "\n" it begins with.
    if (i === change.mistake) mistakeOffset = out.length + (e.insert.startsWith('\n') ? 1 : 0);
    out += e.insert;
    at = e.end;
  }
  out += text.slice(at);
  const line = out.slice(0, mistakeOffset).split('\n').length;
  return { text: out, line };
}

const indent = (depth: number): string => '    '.repeat(depth);
const insertAfter = (slot: Slot, snippet: string): Edit => ({ start: slot.offset, end: slot.offset, insert: `\n${indent(slot.depth)}${snippet}` });
const remove = (t: ConfToken): Edit => ({ start: t.start, end: t.end, insert: '' });
const replace = (t: ConfToken, insert: string): Edit => ({ start: t.start, end: t.end, insert });
const single = (label: string, edit: Edit): Change => ({ label, edits: [edit], mistake: 0 });
const known = (s: Site | Slot): boolean => s.context !== 'other';
const describe = (s: ConfStatement): string => `'${s.name.text}' at line ${s.name.line}`;

// ---- the mutators ---------------------------------------------------------------------------

/** Each mutator lists every change of its kind that fits the base (randomness picks details). */
type Mutator = (base: Base, random: Random) => (() => Change | undefined)[];

/** Directives that belong in few contexts, to move where they are not allowed. */
const MISPLACED: readonly { snippet: string; allowed: readonly PlaceContext[] }[] = [
  { snippet: 'worker_connections 512;', allowed: ['events'] },
  { snippet: 'worker_processes 2;', allowed: ['main'] },
  { snippet: 'proxy_pass http://127.0.0.1:9;', allowed: ['location', 'if', 'limit_except'] },
  { snippet: 'listen 127.0.0.1:8099;', allowed: ['server', 'stream-server', 'mail-server'] },
  { snippet: 'server_name moved.test;', allowed: ['server', 'mail', 'mail-server'] },
  { snippet: 'location /moved/ { return 204; }', allowed: ['server', 'location'] },
  { snippet: 'upstream moved_upstream { server 127.0.0.1:9; }', allowed: ['http', 'stream'] },
  { snippet: 'events { }', allowed: ['main'] },
  { snippet: 'gzip on;', allowed: ['http', 'server', 'location', 'if'] },
  { snippet: 'try_files $uri =404;', allowed: ['server', 'location'] },
  { snippet: 'if ($request_method = POST) { return 405; }', allowed: ['server', 'location'] },
];

const BAD_MODIFIERS = ['~~', '=~', '^~*', '!~'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz_';
const PASS_DIRECTIVES = /_pass$/;

function misspell(name: string, random: Random): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const at = Math.floor(random() * name.length);
    const letter = pick([...LETTERS], random);
    const op = Math.floor(random() * 4);
    const out =
      op === 0 ? name.slice(0, at) + letter + name.slice(at + 1)
      : op === 1 && name.length > 3 ? name.slice(0, at) + name.slice(at + 1)
      : op === 2 ? name.slice(0, at) + letter + name.slice(at)
      : at + 1 < name.length ? name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2)
      : name + letter;
    if (out !== name && nginxKnowledge.directive(out).length === 0) return out;
  }
  return `${name}x`;
}

const VARIABLE = /\$(\{?)([A-Za-z_][A-Za-z0-9_]*)/;
/** Arguments that define a variable rather than read one. */
const DEFINES_VARIABLE = new Set(['set', 'map', 'geo', 'split_clients', 'perl_set', 'js_set', 'set_by_lua', 'set_by_lua_file', 'set_by_lua_block']);

const mutators: Record<MutationKind, Mutator> = {
  'missing-semicolon': (base) =>
    base.sites.filter((s) => s.statement.terminator?.kind === 'semicolon').map((s) => () =>
      single(`removed ';' of ${describe(s.statement)}`, remove(s.statement.terminator!))),

  'missing-close-brace': (base) =>
    base.sites.filter((s) => s.statement.block?.close).map((s) => () =>
      single(`removed '}' closing ${describe(s.statement)} (line ${s.statement.block!.close!.line})`, remove(s.statement.block!.close!))),

  'missing-open-brace': (base) =>
    base.sites.filter((s) => s.statement.block).map((s) => () => single(`removed '{' of ${describe(s.statement)}`, remove(s.statement.block!.open))),

  'misspelt-directive': (base, random) =>
    base.sites.filter(known).map((s) => () => {
      const wrong = misspell(s.statement.name.text, random);
      return single(`misspelt ${describe(s.statement)} as '${wrong}'`, replace(s.statement.name, wrong));
    }),

  'wrong-context': (base, random) =>
    base.slots.filter(known).map((slot) => () => {
      const choices = MISPLACED.filter((m) => !m.allowed.includes(slot.context));
      if (!choices.length) return undefined;
      const m = pick(choices, random);
      return single(`inserted '${m.snippet}' in ${slot.context} context`, insertAfter(slot, m.snippet));
    }),

  'extra-argument': (base) =>
    base.sites.filter((s) => known(s) && s.statement.terminator?.kind === 'semicolon').map((s) => () => {
      const last = s.statement.args[s.statement.args.length - 1] ?? s.statement.name;
      const extra = s.statement.args.length ? last.text : 'extra';
      return single(`added argument '${extra}' to ${describe(s.statement)}`, { start: last.end, end: last.end, insert: ` ${extra}` });
    }),

  'missing-argument': (base, random) =>
    base.sites.filter((s) => known(s) && s.statement.args.length > 0).map((s) => () => {
      const args = s.statement.args;
      const i = random() < 0.5 ? args.length - 1 : Math.floor(random() * args.length);
      const from = i === 0 ? s.statement.name.end : args[i - 1].end;
      return single(`removed argument '${args[i].text}' of ${describe(s.statement)}`, { start: from, end: args[i].end, insert: '' });
    }),

  'bad-flag': (base) =>
    base.sites.filter(known).flatMap((s) =>
      s.statement.args.filter((a) => a.text === 'on' || a.text === 'off').map((a) => () =>
        single(`'${a.text}' → '${a.text === 'on' ? 'yes' : 'no'}' in ${describe(s.statement)}`, replace(a, a.text === 'on' ? 'yes' : 'no')))),

  'bad-enum': (base) =>
    base.sites.filter(known).flatMap((s) => {
      const values = new Set(nginxKnowledge.directive(s.statement.name.text).flatMap((f) => [...(f.enumValues ?? []), ...(f.bitmaskValues ?? [])]).map((v) => v.toLowerCase()));
      return s.statement.args.filter((a) => values.has(a.text.toLowerCase())).map((a) => () =>
        single(`'${a.text}' → 'bogus' in ${describe(s.statement)}`, replace(a, 'bogus')));
    }),

  'duplicate-directive': (base) =>
    base.sites.filter((s) => known(s) && s.statement.terminator?.kind === 'semicolon').map((s) => () => {
      const whole = base.text.slice(s.statement.name.start, s.statement.terminator!.end);
      if (whole.includes('\n')) return undefined;
      return single(`duplicated ${describe(s.statement)}`, insertAfter({ offset: s.statement.terminator!.end, context: s.context, depth: s.depth }, whole));
    }),

  'bad-location-modifier': (base, random) =>
    base.sites.filter((s) => known(s) && s.statement.name.text === 'location' && s.statement.args.length > 0).map((s) => () => {
      const bad = pick(BAD_MODIFIERS, random);
      const first = s.statement.args[0];
      const isModifier = ['=', '~', '~*', '^~'].includes(first.text) && s.statement.args.length > 1;
      const edit = isModifier ? replace(first, bad) : { start: first.start, end: first.start, insert: `${bad} ` };
      return single(`location modifier '${bad}' in ${describe(s.statement)}`, edit);
    }),

  'proxy-pass-uri-in-regex-location': (base) => {
    const inRegex = base.sites.filter((s) => {
      const b = s.statement.block;
      return known(s) && s.statement.name.text === 'location' && ['~', '~*'].includes(s.statement.args[0]?.text ?? '') && b &&
        !b.statements.some((c) => PASS_DIRECTIVES.test(c.name.text) || c.name.text === 'return');
    });
    const changes = inRegex.map((s) => () =>
      single(`proxy_pass with a URI inside regex ${describe(s.statement)}`,
        insertAfter({ offset: s.statement.block!.open.end, context: 'location', depth: s.depth + 1 }, 'proxy_pass http://127.0.0.1:9/agreement/;')));
    const servers = base.slots.filter((slot) => slot.context === 'server').map((slot) => () =>
      single('new regex location with a proxy_pass URI', insertAfter(slot, 'location ~ ^/agreement/ { proxy_pass http://127.0.0.1:9/agreement/; }')));
    return changes.length ? changes : servers;
  },

  'unknown-variable': (base) => {
    const reads = base.sites.filter((s) => known(s) && !DEFINES_VARIABLE.has(s.statement.name.text)).flatMap((s) =>
      s.statement.args.filter((a) => VARIABLE.test(a.text)).map((a) => () => {
        const m = VARIABLE.exec(a.text)!;
        const replaced = a.text.slice(0, m.index) + `$${m[1]}agreement_undefined` + a.text.slice(m.index + m[0].length);
        return single(`'$${m[2]}' → '$agreement_undefined' in ${describe(s.statement)}`, replace(a, replaced));
      }));
    const sets = base.slots.filter((slot) => ['server', 'location', 'if'].includes(slot.context)).map((slot) => () =>
      single(`inserted 'set' reading an undefined variable in ${slot.context} context`, insertAfter(slot, 'set $agreement_probe $agreement_undefined;')));
    return [...reads, ...sets];
  },

  'duplicate-default-server': (base) => {
    const listens = base.sites.filter((s) => s.context === 'server' && s.statement.name.text === 'listen' && s.statement.args.length > 0);
    const http = base.slots.filter((slot) => slot.context === 'http');
    return listens.flatMap((s) => {
      const server = base.sites.find((p) => p.statement.block?.statements.includes(s.statement));
      const after = server?.statement.block?.close;
      if (!server || !after) return [];
      return [() => {
        const address = s.statement.args[0].text;
        const already = s.statement.args.some((a) => a.text === 'default_server' || a.text === 'default');
        const copy = insertAfter({ offset: after.end, context: 'http', depth: server.depth }, `server { listen ${address} default_server; }`);
        const mark: Edit = { start: s.statement.args[0].end, end: s.statement.args[0].end, insert: ' default_server' };
        return { label: `second default_server for '${address}' (first: line ${s.statement.name.line})`, edits: already ? [copy] : [mark, copy], mistake: already ? 0 : 1 };
      }];
    }).concat(listens.length ? [] : http.map((slot) => () => ({
      label: 'two servers with default_server on 127.0.0.1:8098',
      edits: [insertAfter(slot, 'server { listen 127.0.0.1:8098 default_server; }\n' + indent(slot.depth) + 'server { listen 127.0.0.1:8098 default_server; }')],
      mistake: 0,
    })));
  },

  'missing-include': (base) =>
    base.slots.filter(known).map((slot) => () =>
      single(`include of a missing file in ${slot.context} context`, insertAfter(slot, 'include agreement-missing.conf;'))),
};

/**
 * Up to `perKind` mutations of each kind for one base text. `id` names the base in the seed, so a
 * base's mutations do not depend on which other bases are in the run.
 */
export function mutate(id: string, text: string, wrap: WrapContext, seed: number, perKind: number, kinds: readonly MutationKind[] = MUTATION_KINDS): Mutation[] {
  const base = baseOf(text, wrap);
  const out: Mutation[] = [];
  const seen = new Set<string>([text]);
  for (const kind of kinds) {
    const random = seededRandom(hashString(`${seed}:${id}:${kind}`));
    let made = 0;
    for (const candidate of shuffled(mutators[kind](base, random), random)) {
      if (made >= perKind) break;
      const change = candidate();
      if (!change) continue;
      const applied = applyChange(text, change);
      if (seen.has(applied.text)) continue;
      seen.add(applied.text);
      out.push({ kind, label: change.label, ...applied });
      made++;
    }
  }
  return out;
}
