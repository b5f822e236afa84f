import { fillTemplate, type CoreLocale } from "./i18n"
import type { CheckSettings, Draft, PolicyRef, Severity } from "./types"

/**
 * How a rule plugs into the engine. A built-in rule is one folder under
 * `rules/<id>/` (folder name = rule id): `index.ts` (its code and metadata, made
 * with `defineRule`), `messages.ts` (its words in English and French, made with
 * `defineMessages`) and its table tests. It is listed once, in `rules/registry.ts`;
 * the panel, the options page, the defaults, the managed schema, the popup and
 * the CLI all read it from there.
 *
 * Rules see NORMALISED text (see text/normalize.ts) and report offsets relative
 * to the text they were given; the engine maps them to the original.
 */

export interface Range {
  start: number
  end: number
}

/**
 * A fix as a rule states it, in the coordinates of the text the rule was given.
 * One kind per way of changing the draft; build them with the `fix` helpers.
 * `range` defaults to the finding's own range.
 */
export type RawFix =
  /** Replace `range` with this literal text ("" removes it). */
  | { kind: "replace"; label: string; replacement: string; range?: Range }
  /**
   * Replace `range` with the ORIGINAL text behind the `keep` sub-range, e.g.
   * "keep the first name" keeps "Zoë" with its accent although the rule matched
   * the folded "Zoe".
   */
  | { kind: "keep"; label: string; keep: Range; range?: Range }
  /** Add this text at the end of the draft. */
  | { kind: "append"; label: string; text: string }
  /** Advice only: nothing to apply ("Post after the trip"). */
  | { kind: "advice"; label: string }
  /** Make a copy of attached photo `photo` (attachment index) with its faces blurred. */
  | { kind: "blur-faces"; label: string; photo: number }

/** textlint-style fixer helpers: `fix.keep(label, given)`, `fix.remove(label, range)`… */
export const fix = {
  replace: (label: string, replacement: string, range?: Range): RawFix => ({
    kind: "replace",
    label,
    replacement,
    ...(range ? { range } : {})
  }),
  remove: (label: string, range?: Range): RawFix => fix.replace(label, "", range),
  keep: (label: string, keep: Range, range?: Range): RawFix => ({
    kind: "keep",
    label,
    keep,
    ...(range ? { range } : {})
  }),
  append: (label: string, text: string): RawFix => ({ kind: "append", label, text }),
  advice: (label: string): RawFix => ({ kind: "advice", label }),
  blurFaces: (label: string, photo: number): RawFix => ({ kind: "blur-faces", label, photo })
}

/** The same fix moved by `by` characters (a sentence's fix placed in its paragraph). */
export function shiftFix(f: RawFix, by: number): RawFix {
  const move = (r: Range) => ({ start: r.start + by, end: r.end + by })
  switch (f.kind) {
    case "replace":
      return f.range ? { ...f, range: move(f.range) } : f
    case "keep":
      return { ...f, keep: move(f.keep), ...(f.range ? { range: move(f.range) } : {}) }
    default:
      return f
  }
}

export interface RawFinding {
  start: number
  end: number
  message: string
  fixes?: RawFix[]
  /** Items the panel lists under the message (the photo checklist). */
  checklist?: string[]
  /** Known for certain (a class-list match), not guessed: copied to `Finding.certain`. */
  certain?: true
  /** Override the rule's effective severity (rarely: custom rules carry their own). */
  severity?: Severity
  /**
   * About one attached photo (its attachment index): the finding is shown under
   * "Photo N" with that photo's other findings, and keeps its photo fixes.
   */
  photo?: number
  /** Rule id override, for the custom-rule runner that reports `custom:<id>`. */
  rule?: string
  /** Title override, for the custom-rule runner. */
  title?: string
  policyRef?: PolicyRef
}

/** A rule's words. `title` and `description` name it in the panel, the options page and the policy schema. */
export interface RuleWords {
  title: string
  description: string
  [key: string]: string
}

/** English and French words of one rule, with the same keys (a missing French key is a type error). */
export interface RuleMessages<E extends RuleWords = RuleWords> {
  en: E
  fr: { [K in keyof E]: string }
}

export function defineMessages<const E extends RuleWords>(
  en: E,
  fr: { [K in keyof E]: string }
): RuleMessages<E> {
  return { en, fr }
}

/** Words in the check's language, `{param}` placeholders filled. */
export type Say<E extends RuleWords> = (
  key: keyof E & string,
  params?: Record<string, string | number>
) => string

export interface RuleInput<E extends RuleWords = RuleWords> {
  /** Normalised text of the unit being checked (a sentence, a paragraph or the whole draft). */
  text: string
  /** The draft as the teacher wrote it (account, site, original text), for context beyond the unit. */
  draft: Draft
  settings: CheckSettings
  /** This rule's words in the language of the check (settings.locale). */
  say: Say<E>
}

export interface RuleDefinition<Id extends string, E extends RuleWords> {
  /** Public: division policy refers to it. Never rename one. */
  id: Id
  messages: RuleMessages<E>
  policyRef: PolicyRef
  defaultSeverity: Severity
  /**
   * What text the rule is given. "sentence" and "paragraph" results are cached by
   * the segment's original text (and the settings), so a one-character edit re-runs
   * only the segment that changed; "document" rules run on every check and must be cheap.
   */
  scope: "sentence" | "paragraph" | "document"
  /**
   * About the post as a whole (the disclaimer, the photo reminder), not about
   * words in it: not run again on text read from a photo, and its finding may
   * point at no words (an empty range at the end of the post).
   */
  aboutWholePost?: boolean
  /**
   * The teacher may dismiss a finding into their own "not a student" list: only
   * for rules that read that list (else the finding would come straight back).
   */
  dismissible?: boolean
  /** Default of `enforcement.postAnyway.<id>`: true unless the rule says otherwise. */
  postAnywayByDefault?: boolean
  /**
   * A few sentences (English and French) on which the rule finds something, so that
   * they run its long patterns. The checker runs them when the service worker wakes
   * (warm-up.ts): V8 first interprets a regular expression and compiles it only once
   * it has run, separately for each string width, which made the first check of a
   * long post in a fresh worker pay for every pattern at once. A test checks that each
   * sample is found by its own rule, so the samples keep reaching the patterns.
   */
  warmUp?: readonly string[]
  check(input: RuleInput<E>): RawFinding[]
}

/**
 * A rule as the engine and the registry see it (its words' keys erased). `say`
 * may be left out (tests, tools): the rule then speaks `settings.locale`.
 */
export interface Rule<Id extends string = string> extends Omit<
  RuleDefinition<Id, RuleWords>,
  "check"
> {
  check(input: Omit<RuleInput, "say"> & { say?: Say<RuleWords> }): RawFinding[]
}

export function defineRule<const Id extends string, E extends RuleWords>(
  def: RuleDefinition<Id, E>
): Rule<Id> {
  const rule: Rule<Id> = {
    ...(def as unknown as Rule<Id>),
    check: (input) =>
      def.check({
        ...input,
        say: (input.say ?? ruleSay(rule, input.settings.locale)) as Say<E>
      })
  }
  return rule
}

/** A rule's words in one language (English when the language or the key is missing). */
export function ruleSay(
  rule: Pick<Rule, "messages">,
  locale: CoreLocale | undefined
): Say<RuleWords> {
  const words = rule.messages[locale ?? "en"] ?? rule.messages.en
  return (key, params = {}) => fillTemplate(words[key] ?? rule.messages.en[key] ?? key, params)
}
