import { t } from "../../i18n"
import { isLocked } from "../../settings/resolve"
import type { Settings } from "../../settings/schema"
import { ListField, Section } from "../ui"
import type { LiveState } from "../useLive"
import { formatAccounts, parseAccounts } from "./accounts-text"

export function DivisionSection({
  live,
  save
}: Pick<LiveState, "save"> & { live: NonNullable<LiveState["live"]> }) {
  const { effective: s, locks } = live
  return (
    <Section id="division" title={t("divisionHeading")} intro={t("divisionIntro")}>
      <ListField
        field="divisionNames"
        label={t("divisionNamesLabel")}
        hint={t("onePerLine")}
        value={s.divisionNames}
        locked={isLocked(locks, "divisionNames")}
        onSave={(v) => save("divisionNames", v)}
      />
      <ListField
        field="schools"
        label={t("schoolsLabel")}
        hint={t("onePerLine")}
        value={s.schools}
        locked={isLocked(locks, "schools")}
        onSave={(v) => save("schools", v)}
      />
      <ListField
        field="disclaimerText"
        label={t("disclaimerTextLabel")}
        value={[s.disclaimerText]}
        rows={2}
        locked={isLocked(locks, "disclaimerText")}
        parse={(text) => [text.replace(/\s+/g, " ").trim()].filter(Boolean)}
        onSave={(v) => save("disclaimerText", v[0] ?? "")}
      />
      <ListField
        field="disclaimerPhrases"
        label={t("disclaimerPhrasesLabel")}
        hint={t("disclaimerPhrasesHint")}
        value={s.disclaimerPhrases}
        rows={6}
        locked={isLocked(locks, "disclaimerPhrases")}
        onSave={(v) => save("disclaimerPhrases", v)}
      />
      <ListField
        field="officialAccounts"
        label={t("officialAccountsLabel")}
        hint={t("officialAccountsHint")}
        value={formatAccounts(s.officialAccounts)}
        format={(items) => items.join("\n")}
        locked={isLocked(locks, "officialAccounts")}
        onSave={(v) => save("officialAccounts", parseAccounts(v) as Settings["officialAccounts"])}
      />
    </Section>
  )
}
