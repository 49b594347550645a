/**
 * nginx's PCRE2 regular expressions for the explainer; the engine lives in ./pcre/ (parser, checks,
 * backtracking guard, JS emitter, caseless-back-reference matcher). This file keeps the import path.
 */
export {
  compileNginxRegex,
  isRegexError,
  RegexNotEvaluated,
  utf8Bytes,
  type Captures,
  type CompiledRegex,
  type RegexCompileResult,
} from './pcre/compile';
