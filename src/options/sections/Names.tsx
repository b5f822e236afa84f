import { useId } from "react"

import { t, tn } from "../../i18n"
import { isLocked } from "../../settings/resolve"
import { dedupeNames, namesFromCsv, parseNameList } from "../names"
import { ListField, Section } from "../ui"
import { ClassListField } from "./ClassList"
import type { EditableKey, LiveState } from "../useLive"

type NameKey = Extract<EditableKey, "consentedNames" | "nonDisclosureNames" | "allowList">

const LISTS: { key: NameKey; label: () => string; hint: () => string }[] = [
  { key: "consentedNames", label: () => t("consentedLabel"), hint: () => t("consentedHint") },
  {
    key: "nonDisclosureNames",
    label: () => t("nonDisclosureLabel"),
    hint: () => t("nonDisclosureHint")
  },
  { key: "allowList", label: () => t("allowListLabel"), hint: () => t("allowListHint") }
]

export function NamesSection(
  props: Pick<LiveState, "save" | "announce"> & { live: NonNullable<LiveState["live"]> }
) {
  const { live, save, announce } = props
  return (
    <Section id="names" title={t("namesHeading")} intro={t("namesIntro")}>
      <ClassListField live={live} save={save} announce={announce} />
      {LISTS.map(({ key, label, hint }) => (
        <ListField
          key={key}
          field={key}
          label={label()}
          hint={`${hint()} ${t("namesHint")}`}
          rows={6}
          value={live.effective[key]}
          locked={isLocked(live.locks, key)}
          parse={(text) => parseNameList(text)}
          count={(items) => {
            const { names, duplicates } = dedupeNames(items)
            return duplicates
              ? `${tn(names.length, "namesCountOne", "namesCount")} ${tn(duplicates, "duplicatesFoundOne", "duplicatesFound")}`
              : tn(names.length, "namesCountOne", "namesCount")
          }}
          onSave={async (items) => {
            const { names, duplicates } = dedupeNames(items)
            const r = await save(key, names)
            if (r.ok && duplicates)
              announce(
                "ok",
                `${t("saved")} ${tn(duplicates, "duplicatesRemovedOne", "duplicatesRemoved")}`
              )
          }}
          extra={(append) => (
            <CsvImport
              onNames={(names, file) => {
                append(names)
                announce("ok", t("csvRead", names.length, file))
              }}
              onError={(message) => announce("error", message)}
            />
          )}
        />
      ))}
    </Section>
  )
}

function CsvImport(p: {
  onNames(names: string[], file: string): void
  onError(message: string): void
}) {
  const id = useId()
  return (
    <span className="file">
      <label htmlFor={id} className="button-like">
        {t("importCsv")}
      </label>
      <input
        id={id}
        className="visually-hidden-file"
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        title={t("csvHint")}
        onChange={async (e) => {
          const file = e.target.files?.[0]
          e.target.value = ""
          if (!file) return
          try {
            p.onNames(namesFromCsv(await file.text()), file.name)
          } catch (err) {
            p.onError(t("csvFailed", (err as Error).message))
          }
        }}
      />
    </span>
  )
}
