import { useEffect, useId, useState, type ReactNode } from "react"

import { t } from "../i18n"

/** Small accessible building blocks shared by the sections. */

export function Section(props: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-h`} className="card">
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      {props.intro && <p className="intro">{props.intro}</p>}
      {props.children}
    </section>
  )
}

/** Shown next to every field that policy sets: the field is read-only. */
export function LockedBadge({ locked }: { locked: boolean }) {
  if (!locked) return null
  return (
    <span className="locked" data-byp-locked="true">
      {/* An SVG, not an emoji: many school computers have no emoji font. */}
      <svg aria-hidden="true" width="10" height="12" viewBox="0 0 10 12" className="lock-icon">
        <path
          d="M2 5V3.5a3 3 0 0 1 6 0V5h.5A1.5 1.5 0 0 1 10 6.5v4A1.5 1.5 0 0 1 8.5 12h-7A1.5 1.5 0 0 1 0 10.5v-4A1.5 1.5 0 0 1 1.5 5H2Zm1.5 0h3V3.5a1.5 1.5 0 0 0-3 0V5Z"
          fill="currentColor"
        />
      </svg>{" "}
      {t("setByDivision")}
    </span>
  )
}

interface ListFieldProps {
  /** Stable id, also used by the tests: `data-field`. */
  field: string
  label: string
  hint?: string
  value: readonly string[]
  locked: boolean
  /** Text → items; one per line by default. */
  parse?: (text: string) => string[]
  /** Shown under the box: "1,000 names". */
  count?: (items: string[]) => string
  onSave(items: string[]): Promise<unknown>
  /** Extra controls (CSV import) that may append text. */
  extra?: (append: (items: string[]) => void) => ReactNode
  rows?: number
  /** Format the stored items back to text (default: one per line). */
  format?: (items: readonly string[]) => string
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * A list edited as text, saved with a button. What the teacher is typing is
 * never overwritten by a change arriving from elsewhere; untouched, the box
 * follows the stored value.
 */
export function ListField(p: ListFieldProps) {
  const id = useId()
  const format = p.format ?? ((items: readonly string[]) => items.join("\n"))
  const stored = format(p.value)
  const [text, setText] = useState(stored)
  const [dirty, setDirty] = useState(false)
  useEffect(() => {
    if (!dirty) setText(stored)
  }, [stored, dirty])
  const items = (p.parse ?? lines)(text)
  const append = (more: string[]) => {
    const joined = [text.trim(), format(more)].filter(Boolean).join("\n")
    setText(joined)
    setDirty(true)
  }
  return (
    <div className="field" data-field={p.field}>
      <label htmlFor={id}>
        {p.label} <LockedBadge locked={p.locked} />
      </label>
      {p.hint && (
        <p className="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      <textarea
        id={id}
        rows={p.rows ?? 4}
        value={text}
        readOnly={p.locked}
        aria-describedby={p.hint ? `${id}-hint` : undefined}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value)
          setDirty(true)
        }}
      />
      <div className="row">
        {p.count && <span className="muted">{p.count(items)}</span>}
        {!p.locked && p.extra?.(append)}
        {!p.locked && dirty && (
          <>
            <button
              type="button"
              className="primary"
              onClick={async () => {
                await p.onSave(items)
                setDirty(false)
              }}
            >
              {t("save")}
            </button>
            <button
              type="button"
              onClick={() => {
                setText(stored)
                setDirty(false)
              }}
            >
              {t("undoChanges")}
            </button>
          </>
        )}
      </div>
    </div>
  )
}

/**
 * The value shown while a save is under way: the stored value comes back through
 * the storage watcher a moment later; a refused save shows the stored one again.
 */
function useOptimistic<T>(stored: T, save: (v: T) => Promise<unknown> | void) {
  const [pending, setPending] = useState<{ value: T } | null>(null)
  useEffect(() => setPending(null), [stored])
  const change = async (v: T) => {
    setPending({ value: v })
    const r = (await save(v)) as { ok?: boolean } | undefined
    if (r && r.ok === false) setPending(null)
  }
  return [pending ? pending.value : stored, change] as const
}

export function Toggle(p: {
  field: string
  label: string
  checked: boolean
  locked: boolean
  onChange(checked: boolean): Promise<unknown> | void
  hint?: string
}) {
  const id = useId()
  const [checked, change] = useOptimistic(p.checked, p.onChange)
  return (
    <div className="toggle" data-field={p.field}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={p.locked}
        aria-describedby={p.hint ? `${id}-hint` : undefined}
        onChange={(e) => void change(e.target.checked)}
      />
      <label htmlFor={id}>
        {p.label} <LockedBadge locked={p.locked} />
      </label>
      {p.hint && (
        <p className="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
    </div>
  )
}

export function SeveritySelect(p: {
  field: string
  label: string
  value: "info" | "warn" | "block"
  locked: boolean
  onChange(v: "info" | "warn" | "block"): Promise<unknown> | void
}) {
  const id = useId()
  const [value, change] = useOptimistic(p.value, p.onChange)
  return (
    <div className="select" data-field={p.field}>
      <label htmlFor={id}>
        {p.label} <LockedBadge locked={p.locked} />
      </label>
      <select
        id={id}
        value={value}
        disabled={p.locked}
        onChange={(e) => void change(e.target.value as "info" | "warn" | "block")}
      >
        <option value="info">{t("severityInfo")}</option>
        <option value="warn">{t("severityWarn")}</option>
        <option value="block">{t("severityBlock")}</option>
      </select>
    </div>
  )
}
