/**
 * nginx's regexes are PCRE2 10.42 patterns matched against bytes (no UTF, C-locale tables). Every
 * match case below was checked against libpcre2-8 10.42 itself (.work/h3/verify-pcre-cases.mjs).
 * Subjects are latin1 strings (one char per byte); patterns are config text (UTF-8 bytes).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileNginxRegex, isRegexError, RegexNotEvaluated, type CompiledRegex } from '../../server/src/core/dialects/nginx/routing/pcre';

interface MatchCase {
  readonly name: string;
  readonly pattern: string;
  readonly caseless?: boolean;
  readonly subject: string;
  /** Numbered captures as PCRE2 reports them ([0] whole match, null unset), or null for no match. */
  readonly expect: readonly (string | null)[] | null;
}

// cases:begin (read by .work/h3/verify-pcre-cases.mjs, which replays them against libpcre2-8)
const CASES: readonly MatchCase[] = [
  { name: '$ matches before a newline that ends the subject', pattern: '^/a$', subject: '/a\n', expect: ['/a'] },
  { name: '$ does not match before an inner newline', pattern: '^/a$', subject: '/a\nb', expect: null },
  { name: '\\z matches only at the very end', pattern: '^/a\\z', subject: '/a\n', expect: null },
  { name: '\\Z matches like $', pattern: '^/a\\Z', subject: '/a\n', expect: ['/a'] },
  { name: '\\A anchors at the start', pattern: '\\A/a', subject: 'x/a', expect: null },
  { name: '. matches a carriage return', pattern: '^a.b$', subject: 'a\rb', expect: ['a\rb'] },
  { name: '. does not match a newline', pattern: '^a.b$', subject: 'a\nb', expect: null },
  { name: '(?s) lets . match a newline', pattern: '(?s)^a.b$', subject: 'a\nb', expect: ['a\nb'] },
  { name: '\\s does not match a non-breaking space byte', pattern: '\\s', subject: '\xa0', expect: null },
  { name: '\\s matches a vertical tab', pattern: '\\s', subject: '\x0b', expect: ['\x0b'] },
  { name: '\\h matches a non-breaking space byte', pattern: '\\h', subject: '\xa0', expect: ['\xa0'] },
  { name: '\\w is ASCII only', pattern: '^\\w+', subject: 'ab\xe9c', expect: ['ab'] },
  { name: '\\d is ASCII digits only', pattern: '\\d+', subject: '\xb2 42', expect: ['42'] },
  { name: '[[:alpha:]] is ASCII only', pattern: '[[:alpha:]]+', subject: '\xe9ab', expect: ['ab'] },
  { name: '\\b treats bytes above 0x7f as non-word', pattern: '\\bx', subject: '\xe9x', expect: ['x'] },
  { name: 'caseless matching folds ASCII letters', pattern: '/abc', caseless: true, subject: '/ABC', expect: ['/ABC'] },
  { name: 'caseless matching does not fold bytes above 0x7f', pattern: '\\xe9', caseless: true, subject: '\xc9', expect: null },
  { name: 'caseless matching does not fold UTF-8 letters', pattern: 'é', caseless: true, subject: '\xc3\x89', expect: null },
  { name: 'a UTF-8 pattern matches its bytes', pattern: '^/café$', subject: '/caf\xc3\xa9', expect: ['/caf\xc3\xa9'] },
  { name: 'caseless character classes fold ASCII letters', pattern: '^[a-c]+$', caseless: true, subject: 'aBc', expect: ['aBc'] },
  { name: '(?i) at the start makes the pattern caseless', pattern: '(?i)^/abc', subject: '/AbC', expect: ['/AbC'] },
  { name: '(?i:...) is caseless only inside the group', pattern: '^(?i:a)b$', subject: 'AB', expect: null },
  { name: '(?i:...) applies inside the group', pattern: '^(?i:a)b$', subject: 'Ab', expect: ['Ab'] },
  { name: '(?-i) turns caseless off for the rest of the group', pattern: '^a(?-i)b$', caseless: true, subject: 'AB', expect: null },
  { name: 'an option change carries into later branches of the same group', pattern: '^(a(?i)b|c)$', subject: 'C', expect: ['C', 'C'] },
  { name: 'an option change ends with its group', pattern: '^(a(?i)b)c$', subject: 'aBC', expect: null },
  { name: '(?m) lets ^ match after an inner newline', pattern: '(?m)^b', subject: 'a\nb', expect: ['b'] },
  { name: '(?x) ignores whitespace and comments', pattern: '(?x) ^ a  b # comment', subject: 'ab', expect: ['ab'] },
  { name: 'numbered captures', pattern: '^/(\\w+)/(\\d+)$', subject: '/user/42', expect: ['/user/42', 'user', '42'] },
  { name: 'an unset group is reported unset', pattern: '^/(a)?(b)$', subject: '/b', expect: ['/b', null, 'b'] },
  { name: '(?<name>...) is a numbered group too', pattern: '^/(?<id>\\d+)', subject: '/7x', expect: ['/7', '7'] },
  { name: "(?P<name>...) and (?'name'...) are named groups", pattern: "^(?P<a>x)(?'b'y)$", subject: 'xy', expect: ['xy', 'x', 'y'] },
  { name: 'a back reference matches the same text', pattern: '^(a|b)\\1$', subject: 'bb', expect: ['bb', 'b'] },
  { name: 'a possessive quantifier gives nothing back', pattern: 'a++a', subject: 'aaaa', expect: null },
  { name: 'an atomic group gives nothing back', pattern: '(?>a+)b', subject: 'aaab', expect: ['aaab'] },
  { name: 'an atomic group is not re-entered', pattern: '^(?>a|ab)c', subject: 'abc', expect: null },
  { name: 'lazy quantifiers match as little as they can', pattern: '^/(.+?)/', subject: '/a/b/', expect: ['/a/', 'a'] },
  { name: '{,3} is a literal in PCRE2 10.42', pattern: 'a{,3}', subject: 'a{,3}', expect: ['a{,3}'] },
  { name: '\\x{..} and octal escapes are bytes', pattern: '\\x{41}\\102', subject: 'AB', expect: ['AB'] },
  { name: '\\Q...\\E quotes metacharacters', pattern: '\\Q.*\\E$', subject: 'a.*', expect: ['.*'] },
  { name: 'a negated class matches a newline', pattern: 'a[^b]c', subject: 'a\nc', expect: ['a\nc'] },
  { name: '\\R matches CRLF as one newline', pattern: '^a\\Rb$', subject: 'a\r\nb', expect: ['a\r\nb'] },
  { name: 'lookbehind works', pattern: '(?<=/a)/b', subject: '/a/b', expect: ['/b'] },
  { name: 'a nested repetition separated by a delimiter is evaluated', pattern: '^(/[^/]+)+$', subject: '/a/b/c', expect: ['/a/b/c', '/c'] },
  { name: 'a caseless back reference matches the other case', pattern: '^/([a-z])\\1', caseless: true, subject: '/aA', expect: ['/aA', 'a'] },
  { name: 'a caseless back reference still needs the same letter', pattern: '^/([a-z])\\1', caseless: true, subject: '/ab', expect: null },
  { name: 'a caseless back reference folds ASCII letters only', pattern: '(?i)([\\xe9\\xc9])\\1', subject: '\xe9\xc9\xe9\xe9', expect: ['\xe9\xe9', '\xe9'] },
  { name: 'a back reference is caseless where (?i) is in force', pattern: '^(\\w+)-(?i)\\1$', subject: 'Ab-aB', expect: ['Ab-aB', 'Ab'] },
  { name: 'a back reference before (?i) stays exact', pattern: '^(\\w+)-\\1(?i)$', subject: 'Ab-aB', expect: null },
  { name: 'a caseless named back reference', pattern: '^/(?<d>[a-z]+)/\\k<d>$', caseless: true, subject: '/Doc/dOC', expect: ['/Doc/dOC', 'Doc'] },
];
// cases:end

function compiled(pattern: string, caseless = false): CompiledRegex {
  const re = compileNginxRegex(pattern, caseless);
  if (isRegexError(re)) assert.fail(`${pattern}: ${re.error}`);
  return re;
}

for (const c of CASES) {
  test(c.name, () => {
    const match = compiled(c.pattern, c.caseless).exec(c.subject);
    assert.deepEqual(match ? match.numbered.map((v) => v ?? null) : null, c.expect);
  });
}

test('named captures are reported by name, unset ones as empty strings', () => {
  const match = compiled('^/(?<user>\\w+)(?:/(?<id>\\d+))?$').exec('/bob');
  assert.deepEqual(match?.named, { user: 'bob', id: '' });
});

test('the capture count and names are known after compiling', () => {
  const re = compiled('^/(a)(?<x>b)(?:c)');
  assert.equal(re.captureCount, 2);
  assert.deepEqual(re.names, [['x', 2]]);
});

test('a pattern PCRE2 rejects is an error naming PCRE2', () => {
  const re = compileNginxRegex('(a', false);
  assert.ok(isRegexError(re));
  assert.match(re.error, /^pcre2_compile\(\) failed: missing closing parenthesis/);
});

test('a lookbehind of varying length is rejected, as PCRE2 10.42 does', () => {
  const re = compileNginxRegex('(?<=a+)b', false);
  assert.ok(isRegexError(re));
  assert.match(re.error, /lookbehind assertion is not fixed length/);
});

test('patterns that may backtrack catastrophically are not evaluated', () => {
  for (const pattern of ['^(a+)+$', '(a|a)*b', '(.*)*x', '^(\\w+\\s?)*$']) {
    const re = compileNginxRegex(pattern, false);
    assert.ok(isRegexError(re), pattern);
    assert.match(re.error, /backtrack/);
  }
});

test('a group a repetition may skip is refused rather than answered wrongly', () => {
  // PCRE keeps a capture from an earlier iteration; JavaScript forgets it.
  const re = compileNginxRegex('^(?:(a)|b)+$', false);
  assert.ok(isRegexError(re));
  assert.match(re.error, /unsupported/);
});

test('each pattern is compiled once', () => {
  assert.equal(compileNginxRegex('^/cached$', true), compileNginxRegex('^/cached$', true));
  assert.notEqual(compileNginxRegex('^/cached$', true), compileNginxRegex('^/cached$', false));
});

test('a long subject is refused where backtracking could take minutes, never hangs', () => {
  const re = compiled('^/(.*)/(.*)/(.*)\\.php$');
  assert.deepEqual(re.exec('/a/b/c.php')?.numbered, ['/a/b/c.php', 'a', 'b', 'c']);
  const start = Date.now();
  assert.throws(() => re.exec('/' + 'a/'.repeat(2000) + 'x.html'), RegexNotEvaluated);
  assert.ok(Date.now() - start < 100);
});

test('a caseless back reference keeps the rest of the pattern case-sensitive', () => {
  const re = compiled('^/(?-i:x)([a-z])\\1$', true);
  assert.deepEqual(re.exec('/xqQ')?.numbered, ['/xqQ', 'q']);
  assert.equal(re.exec('/XqQ'), undefined);
});

test('a linear unanchored regex is evaluated on tens of kilobytes of args', () => {
  // `if ($args ~ "x=(\d+)")` after rewrite cycles doubled $args: nginx runs it, so must we.
  const re = compiled('x=(\\d+)');
  const args = 'a=1&'.repeat(16_000) + 'x=42';
  const start = Date.now();
  assert.deepEqual(re.exec(args)?.numbered, ['x=42', '42']);
  assert.equal(re.exec('x=&'.repeat(20_000)), undefined);
  assert.ok(Date.now() - start < 100);
});

test('an unanchored regex whose start no repeat can consume is evaluated on long subjects', () => {
  assert.deepEqual(compiled('/(\\d+)/').exec('/a'.repeat(10_000) + '/7/')?.numbered, ['/7/', '7']);
  assert.deepEqual(compiled('\\.(\\w+)$').exec('/' + 'a.'.repeat(10_000) + 'php')?.numbered, ['.php', 'php']);
});

test('an unanchored regex whose repeat can run over its own start is refused on long subjects', () => {
  // every start re-scans the rest of the subject: quadratic, seconds in V8 on tens of kilobytes
  assert.throws(() => compiled('(.+)\\.php$').exec('/' + 'a.ph'.repeat(4000)), RegexNotEvaluated);
});

test('patterns with one repeat stay evaluated on long subjects', () => {
  assert.equal(compiled('\\.php$').exec('/' + 'a'.repeat(8000)), undefined);
  assert.ok(compiled('^/static/(.*)$').exec('/static/' + 'a'.repeat(8000)));
});
