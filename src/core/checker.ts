import { ruleSay, type RawFinding, type RawFix, type Rule, type RuleWords, type Say } from "./rule"
import { builtinRules } from "./rules/registry"
import { compileCustomRules } from "./rules/custom"
import { normalize, toOriginalRange, type NormalizedText } from "./text/normalize"
import { paragraphs, sentences, type Segment } from "./text/segment"
import type {
  CheckResult,
  CheckSettings,
  Draft,
  Finding,
  Fix,
  RuleId,
  SettingsProblem
} from "./types"

/**
 * The checker engine: normalises the draft, splits it into segments, runs each
 * enabled rule at its scope, maps ranges back to the original text and applies
 * the effective severity.
 *
 * A Checker is bound to one settings object. It caches sentence- and
 * paragraph-scoped results by the segment's original text, so re-checking after a
 * one-character edit of a long draft only re-runs the segment that changed. Make a
 * new Checker when settings change (the cache is only valid for one settings value).
 */
export interface Checker {
  check(draft: Draft): CheckResult
  /** Problems found in the settings themselves (bad custom patterns, …). */
  problems: SettingsProblem[]
}

const CACHE_LIMIT = 4000

export function createChecker(
  settings: CheckSettings,
  rules: readonly Rule[] = builtinRules
): Checker {
  const custom = compileCustomRules(settings.customRules, settings.locale)
  const active = [...rules, ...custom.rules]
    .filter((r) => settings.rules[r.id]?.enabled ?? true)
    .map((rule) => ({ rule, say: ruleSay(rule, settings.locale) }))
  const cache = new Map<string, RawFinding[]>()

  // Sentence and paragraph rules must depend only on their text and the settings:
  // their results are reused for any draft containing the same segment.
  function cached(
    { rule, say }: Active,
    seg: Segment,
    norm: NormalizedText,
    draft: Draft
  ): RawFinding[] {
    const o = toOriginalRange(norm, seg.start, seg.end)
    const key = `${rule.id}\u0000${norm.original.slice(o.start, o.end)}`
    let hit = cache.get(key)
    if (!hit) {
      hit = rule.check({ text: seg.text, draft, settings, say })
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!)
      cache.set(key, hit)
    }
    return hit
  }

  function run(text: string, draft: Draft, source: Finding["source"]): Finding[] {
    const norm = normalize(text)
    const paras = paragraphs(norm.text)
    let sents: Segment[] | undefined
    const found: Finding[] = []
    for (const one of active) {
      const { rule, say } = one
      if (source?.kind === "image" && rule.aboutWholePost) continue
      let units: Segment[]
      if (rule.scope === "document") units = [{ start: 0, end: norm.text.length, text: norm.text }]
      else if (rule.scope === "paragraph") units = paras
      else units = sents ??= paras.flatMap(sentences)
      for (const unit of units) {
        const raw =
          rule.scope === "document"
            ? rule.check({ text: unit.text, draft, settings, say })
            : cached(one, unit, norm, draft)
        for (const r of raw)
          found.push(toFinding(one, r, unit.start, norm, source, settings, draft))
      }
    }
    return found.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule))
  }

  return {
    problems: custom.problems,
    check(draft: Draft): CheckResult {
      const findings = run(draft.text ?? "", draft, { kind: "text" })
      draft.attachments?.forEach((a, index) => {
        if (a.text) findings.push(...run(a.text, draft, { kind: "image", index, name: a.name }))
      })
      return { findings, problems: custom.problems }
    }
  }
}

/** One-shot convenience for the CLI and tests. */
export function check(draft: Draft, settings: CheckSettings): CheckResult {
  return createChecker(settings).check(draft)
}

interface Active {
  rule: Rule
  say: Say<RuleWords>
}

function toFinding(
  { rule, say }: Active,
  r: RawFinding,
  offset: number,
  norm: NormalizedText,
  source: Finding["source"],
  settings: CheckSettings,
  draft: Draft
): Finding {
  const id = (r.rule ?? rule.id) as RuleId
  const range = toOriginalRange(norm, offset + r.start, offset + r.end)
  const severity = r.severity ?? settings.rules[id]?.severity ?? rule.defaultSeverity
  if (r.photo !== undefined) {
    const a = draft.attachments?.[r.photo]
    source = { kind: "image", index: r.photo, ...(a?.name ? { name: a.name } : {}) }
  }
  const fixes: Fix[] =
    r.photo !== undefined
      ? (r.fixes ?? [])
          .filter((f) => f.kind === "blur-faces")
          .map((f) => toFix(f, range, offset, norm))
      : source?.kind === "image"
        ? [] // text in a photo cannot be edited from here; the panel offers "remove photo" guidance
        : (r.fixes ?? []).map((f) => toFix(f, range, offset, norm))
  const finding: Finding = {
    rule: id,
    // The panel names the finding in the check's language; it needs no rule list of its own.
    title: r.title ?? (rule.messages.en.finding !== undefined ? say("finding") : say("title")),
    start: range.start,
    end: range.end,
    severity,
    message: r.message,
    policyRef: r.policyRef ?? settings.policyRefs?.[id] ?? rule.policyRef,
    fixes,
    match: norm.original.slice(range.start, range.end),
    source
  }
  if (rule.dismissible) finding.dismissible = true
  if (r.checklist) finding.checklist = r.checklist
  if (r.certain) finding.certain = true
  return finding
}

function toFix(
  f: RawFix,
  findingRange: { start: number; end: number },
  offset: number,
  norm: NormalizedText
): Fix {
  const original = (r: { start: number; end: number }) =>
    toOriginalRange(norm, offset + r.start, offset + r.end)
  switch (f.kind) {
    case "advice":
      return { label: f.label, advice: true }
    case "blur-faces":
      return { label: f.label, blurFaces: { photo: f.photo } }
    case "append":
      return { label: f.label, insert: { at: norm.original.length, text: f.text } }
    case "keep": {
      const k = original(f.keep)
      const range = f.range ? original(f.range) : findingRange
      return { label: f.label, replacement: norm.original.slice(k.start, k.end), range }
    }
    case "replace":
      return {
        label: f.label,
        replacement: f.replacement,
        range: f.range ? original(f.range) : findingRange
      }
  }
}
