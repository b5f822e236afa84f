import { useId, useState } from "react"

import { t, tn, uiLanguage } from "../../i18n"
import { readUserSettings, saveUserSettings } from "../../settings/live"
import type { SettingsIssue } from "../../settings/resolve"
import { buildExport, parseImport } from "../transfer"
import { Section } from "../ui"
import type { LiveState } from "../useLive"

export function TransferSection({
  live,
  announce
}: Pick<LiveState, "announce"> & { live: NonNullable<LiveState["live"]> }) {
  const id = useId()
  const [withNames, setWithNames] = useState(false)
  const [problems, setProblems] = useState<SettingsIssue[]>([])
  return (
    <Section id="transfer" title={t("transferHeading")} intro={t("transferIntro")}>
      <div className="toggle">
        <input
          id={`${id}-names`}
          type="checkbox"
          checked={withNames}
          onChange={(e) => setWithNames(e.target.checked)}
        />
        <label htmlFor={`${id}-names`}>{t("includeNames")}</label>
      </div>
      <div className="row">
        <button
          type="button"
          className="primary"
          data-byp-export
          onClick={async () => {
            const json = buildExport(await readUserSettings(), withNames)
            const url = URL.createObjectURL(new Blob([json], { type: "application/json" }))
            const a = document.createElement("a")
            a.href = url
            a.download = "before-you-post-settings.json"
            a.click()
            setTimeout(() => URL.revokeObjectURL(url), 1000)
            announce("ok", t("exported"))
          }}
        >
          {t("exportButton")}
        </button>
        <span className="file">
          <label htmlFor={`${id}-import`} className="button-like">
            {t("importButton")}
          </label>
          <input
            id={`${id}-import`}
            className="visually-hidden-file"
            type="file"
            accept=".json,application/json"
            onChange={async (e) => {
              const file = e.target.files?.[0]
              e.target.value = ""
              if (!file) return
              const parsed = parseImport(await file.text(), uiLanguage())
              setProblems(parsed.problems)
              const keys = Object.keys(parsed.values)
              const failures = await saveUserSettings(parsed.values, live.locks, uiLanguage())
              const savedCount = keys.length - failures.length
              announce(
                failures.length || parsed.problems.length ? "error" : "ok",
                [tn(savedCount, "importedOne", "imported"), ...failures].join(" ")
              )
            }}
          />
        </span>
      </div>
      {problems.length > 0 && (
        <div className="problems-inline" data-byp-import-problems>
          <p>{t("importProblems")}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  )
}
