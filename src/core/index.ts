// Public surface of the checker: pure, DOM-free, runs in Node and in the extension.
export { check, createChecker, type Checker } from "./checker"
export { builtinRules, BUILTIN_RULE_IDS, type BuiltinRuleId } from "./rules/registry"
export { POLICY } from "./policy"
export * from "./types"
