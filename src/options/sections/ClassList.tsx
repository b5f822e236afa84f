import { useId, useState } from "react"

import { compileHashed, findHashed, hashNames, randomSalt } from "../../core/hash/names"
import { normalize } from "../../core/text/normalize"
import { t, tn, type MessageKey } from "../../i18n"
import { isLocked } from "../../settings/resolve"
import { readRoster, type RosterProblem, type RosterRead } from "../roster"
import { LockedBadge } from "../ui"
import type { LiveState } from "../useLive"

const SKIP_KEY: Record<RosterProblem, MessageKey> = {
  "one-word": "classListSkipOneWord",
  "missing-first": "classListSkipMissingFirst",
  "missing-last": "classListSkipMissingLast",
  "too-long": "classListSkipTooLong",
  "no-letters": "classListSkipNoLetters",
  empty: "classListSkipEmpty"
}

/** What an import read, in words: how many names, the columns used, the lines skipped and why. */
export function describeRead(r: RosterRead): string {
  const parts = [tn(r.names.length, "classListReadOne", "classListRead")]
  if (r.columns) parts.push(t("classListColumns", r.columns))
  if (r.skipped.length)
    parts.push(
      t("classListSkipped", r.skipped.map((s) => t(SKIP_KEY[s.reason], s.line, s.text)).join("; "))
    )
  return parts.join(" ")
}

/**
 * "My students": the teacher's class list, imported once (paste or CSV) and kept
 * only as salted hashes (core/hash/names.ts) in chrome.storage.local. The page
 * shows the count, never the names: it cannot, it does not have them. The
 * pasted text lives in this component's state until the import and is then
 * dropped.
 */
export function ClassListField(
  props: Pick<LiveState, "save" | "announce"> & { live: NonNullable<LiveState["live"]> }
) {
  const { live, save, announce } = props
  const id = useId()
  const list = live.effective.classList
  const locked = isLocked(live.locks, "classList")
  const [text, setText] = useState("")
  const [report, setReport] = useState("")
  const [probe, setProbe] = useState("")
  const [answer, setAnswer] = useState("")

  const importText = async (raw: string) => {
    const read = readRoster(raw)
    setReport(describeRead(read))
    if (read.names.length === 0) {
      announce("error", t("classListNothingRead"))
      return
    }
    const built = hashNames(read.names, list?.salt || randomSalt(), { splits: true })
    const r = await save("classList", {
      salt: built.salt,
      hashes: built.hashes,
      count: built.count
    })
    if (r.ok) {
      setText("")
      announce("ok", t("classListSaved", built.count))
    }
  }

  const test = () => {
    const name = probe.trim()
    if (!name) return
    const index = compileHashed(list)
    const norm = normalize(name).text
    const on = !!index && findHashed(norm, index).some((h) => h.kind === "full")
    setAnswer(t(on ? "classListTestYes" : "classListTestNo", name))
  }

  return (
    <div className="field" data-field="classList">
      <label htmlFor={`${id}-paste`}>
        {t("classListLabel")} <LockedBadge locked={locked} />
      </label>
      <p className="hint">{t("classListHint")}</p>
      <p className="hint" data-byp="class-list-privacy">
        {t("classListPrivacy")}
      </p>
      <p className="muted" data-byp="class-list-count" aria-live="polite">
        {list?.hashes.length
          ? tn(list.count ?? 0, "classListCountOne", "classListCount")
          : t("classListNone")}
      </p>
      {!locked && (
        <>
          <textarea
            id={`${id}-paste`}
            rows={4}
            value={text}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setText(e.target.value)}
          />
          <div className="row">
            <button
              type="button"
              className="primary"
              data-byp="class-list-import"
              disabled={!text.trim()}
              onClick={() => void importText(text)}
            >
              {list?.hashes.length ? t("classListReplace") : t("classListImport")}
            </button>
            <span className="file">
              <label htmlFor={`${id}-file`} className="button-like">
                {t("classListFile")}
              </label>
              <input
                id={`${id}-file`}
                className="visually-hidden-file"
                type="file"
                data-byp="class-list-file"
                accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
                onChange={async (e) => {
                  const file = e.target.files?.[0]
                  e.target.value = ""
                  if (!file) return
                  try {
                    await importText(await file.text())
                  } catch (err) {
                    announce("error", t("csvFailed", (err as Error).message))
                  }
                }}
              />
            </span>
            {list?.hashes.length ? (
              <button
                type="button"
                data-byp="class-list-clear"
                onClick={async () => {
                  const r = await save("classList", { salt: list.salt, hashes: [], count: 0 })
                  if (r.ok) {
                    setReport("")
                    announce("ok", t("classListCleared"))
                  }
                }}
              >
                {t("classListClear")}
              </button>
            ) : null}
          </div>
        </>
      )}
      {report && (
        <p className="muted" data-byp="class-list-report" aria-live="polite">
          {report}
        </p>
      )}
      <div className="row">
        <label htmlFor={`${id}-test`}>{t("classListTestLabel")}</label>
        <input
          id={`${id}-test`}
          type="text"
          autoComplete="off"
          data-byp="class-list-test"
          value={probe}
          onChange={(e) => {
            setProbe(e.target.value)
            setAnswer("")
          }}
          onKeyDown={(e) => e.key === "Enter" && test()}
        />
        <button type="button" data-byp="class-list-test-button" onClick={test}>
          {t("classListTestButton")}
        </button>
        {answer && (
          <span data-byp="class-list-test-answer" aria-live="polite">
            {answer}
          </span>
        )}
      </div>
    </div>
  )
}
