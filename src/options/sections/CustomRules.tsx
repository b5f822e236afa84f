import { useEffect, useId, useState } from "react"

import type { CustomRule, Severity } from "../../core/types"
import { t, tn } from "../../i18n"
import { isLocked } from "../../settings/resolve"
import { LockedBadge, SeveritySelect, Section } from "../ui"
import type { LiveState } from "../useLive"
import { previewRule } from "./custom-preview"

const SAMPLE = "Our class takes bus 12 to the museum on Friday. Call 555-0101 with questions."

const blank = (): CustomRule => ({
  id: "",
  pattern: "",
  message: "",
  severity: "warn",
  enabled: true
})

/** Drops empty optional fields, so a rule with words only has no pattern key. */
function clean(rule: CustomRule): CustomRule {
  const out: CustomRule = { id: rule.id.trim(), message: rule.message, severity: rule.severity }
  if (rule.pattern) out.pattern = rule.pattern
  const words = (rule.words ?? []).map((w) => w.trim()).filter(Boolean)
  if (!rule.pattern && words.length) out.words = words
  if (rule.enabled === false) out.enabled = false
  return out
}

export function CustomRulesSection({
  live,
  save
}: Pick<LiveState, "save"> & { live: NonNullable<LiveState["live"]> }) {
  const stored = live.effective.customRules
  const locked = isLocked(live.locks, "customRules")
  const storedKey = JSON.stringify(stored)
  const [rules, setRules] = useState<CustomRule[]>(stored)
  const [dirty, setDirty] = useState(false)
  const [sample, setSample] = useState(SAMPLE)
  const sampleId = useId()
  useEffect(() => {
    if (!dirty) setRules(JSON.parse(storedKey) as CustomRule[])
  }, [storedKey, dirty])
  const previews = rules.map((r) => previewRule(clean(r), sample))
  const hasErrors = previews.some((p) => p.error)
  const ids = rules.map((r) => r.id.trim())
  const duplicate = ids.find((id, i) => id && ids.indexOf(id) !== i)
  const edit = (i: number, patch: Partial<CustomRule>) => {
    setRules(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)))
    setDirty(true)
  }
  return (
    <Section id="custom" title={t("customHeading")} intro={t("customIntro")}>
      <LockedBadge locked={locked} />
      <div className="field">
        <label htmlFor={sampleId}>{t("customSampleLabel")}</label>
        <textarea
          id={sampleId}
          rows={2}
          value={sample}
          onChange={(e) => setSample(e.target.value)}
        />
      </div>
      {rules.length === 0 && <p className="muted">{t("customNone")}</p>}
      <ul className="custom-rules">
        {rules.map((rule, i) => (
          <RuleEditor
            key={i}
            index={i}
            rule={rule}
            preview={previews[i]!}
            locked={locked}
            onChange={(patch) => edit(i, patch)}
            onRemove={() => {
              setRules(rules.filter((_, j) => j !== i))
              setDirty(true)
            }}
          />
        ))}
      </ul>
      {duplicate && (
        <p className="error" role="alert">
          {t("customDuplicateId", duplicate)}
        </p>
      )}
      {!locked && (
        <div className="row">
          <button
            type="button"
            onClick={() => {
              setRules([...rules, blank()])
              setDirty(true)
            }}
          >
            {t("customAdd")}
          </button>
          {dirty && (
            <>
              <button
                type="button"
                className="primary"
                disabled={hasErrors || Boolean(duplicate)}
                onClick={async () => {
                  const r = await save("customRules", rules.map(clean))
                  if (r.ok) setDirty(false)
                }}
              >
                {t("customSave")}
              </button>
              {(hasErrors || duplicate) && <span className="muted">{t("customFixFirst")}</span>}
            </>
          )}
        </div>
      )}
    </Section>
  )
}

function RuleEditor(p: {
  index: number
  rule: CustomRule
  preview: ReturnType<typeof previewRule>
  locked: boolean
  onChange(patch: Partial<CustomRule>): void
  onRemove(): void
}) {
  const id = useId()
  const { rule, preview, locked } = p
  const errId = `${id}-err`
  const invalid = (field: string) => (preview.errorField === field ? true : undefined)
  const described = (field: string) => (preview.errorField === field ? errId : undefined)
  return (
    <li className="custom-rule" data-field={`customRules[${p.index}]`}>
      <fieldset>
        <legend>{t("customLegend", rule.id || String(p.index + 1))}</legend>
        <div className="grid2">
          <div>
            <label htmlFor={`${id}-id`}>{t("customIdLabel")}</label>
            <input
              id={`${id}-id`}
              type="text"
              value={rule.id}
              readOnly={locked}
              placeholder="no-bus-numbers"
              aria-invalid={invalid("id")}
              aria-describedby={described("id")}
              onChange={(e) => p.onChange({ id: e.target.value })}
            />
          </div>
          <SeveritySelect
            field={`customRules[${p.index}].severity`}
            label={t("severityLabel")}
            value={rule.severity}
            locked={locked}
            onChange={(v: Severity) => p.onChange({ severity: v })}
          />
        </div>
        <label htmlFor={`${id}-pattern`}>{t("customPatternLabel")}</label>
        <p className="hint" id={`${id}-phint`}>
          {t("customPatternHint")}
        </p>
        <input
          id={`${id}-pattern`}
          type="text"
          className="mono"
          data-byp-pattern
          value={rule.pattern ?? ""}
          readOnly={locked}
          aria-invalid={invalid("pattern")}
          aria-describedby={[`${id}-phint`, described("pattern")].filter(Boolean).join(" ")}
          onChange={(e) => p.onChange({ pattern: e.target.value })}
        />
        <label htmlFor={`${id}-words`}>{t("customWordsLabel")}</label>
        <textarea
          id={`${id}-words`}
          rows={2}
          value={(rule.words ?? []).join("\n")}
          readOnly={locked}
          aria-invalid={invalid("words")}
          aria-describedby={described("words")}
          onChange={(e) => p.onChange({ words: e.target.value.split("\n") })}
        />
        <label htmlFor={`${id}-msg`}>{t("customMessageLabel")}</label>
        <input
          id={`${id}-msg`}
          type="text"
          value={rule.message}
          readOnly={locked}
          aria-invalid={invalid("message")}
          aria-describedby={described("message")}
          onChange={(e) => p.onChange({ message: e.target.value })}
        />
        <div className="toggle">
          <input
            id={`${id}-on`}
            type="checkbox"
            checked={rule.enabled !== false}
            disabled={locked}
            onChange={(e) => p.onChange({ enabled: e.target.checked })}
          />
          <label htmlFor={`${id}-on`}>{t("ruleOn")}</label>
        </div>
        <div aria-live="polite" data-byp-preview>
          {preview.error ? (
            <p className="error" id={errId} data-byp-pattern-error>
              {preview.error}
            </p>
          ) : preview.total ? (
            <p className="matches">
              {tn(preview.total, "customMatchesOne", "customMatches")}{" "}
              {preview.matches.map((m, i) => (
                <mark key={i}>{m}</mark>
              ))}
            </p>
          ) : (
            <p className="muted">{t("customNoMatch")}</p>
          )}
        </div>
        {!locked && (
          <button type="button" onClick={p.onRemove}>
            {t("customRemove", rule.id || String(p.index + 1))}
          </button>
        )}
      </fieldset>
    </li>
  )
}
