import { t } from "../../i18n"
import { isLocked } from "../../settings/resolve"
import { userObject, withPath } from "../objects"
import { SeveritySelect, Section, Toggle } from "../ui"
import type { LiveState } from "../useLive"
import { SITE_IDS } from "../../sites/registry"
import { siteName } from "./MyAccounts"
import { ExtraSites } from "./ExtraSites"

export function SitesSection(
  props: Pick<LiveState, "save" | "user"> & { live: NonNullable<LiveState["live"]> }
) {
  const { live, save, user } = props
  return (
    <Section id="sites" title={t("sitesHeading")} intro={t("sitesIntro")}>
      {SITE_IDS.map((site) => (
        <Toggle
          key={site}
          field={`sites.${site}`}
          label={siteName(site)}
          checked={live.effective.sites[site]}
          locked={isLocked(live.locks, `sites.${site}`)}
          onChange={(v) => save("sites", withPath(userObject("sites", user), [site], v))}
        />
      ))}
      <ExtraSites live={live} save={save} />
      <Toggle
        field="ocr.enabled"
        label={t("ocrLabel")}
        hint={t("ocrHint")}
        checked={live.effective.ocr.enabled}
        locked={isLocked(live.locks, "ocr.enabled")}
        onChange={(v) => save("ocr", withPath(userObject("ocr", user), ["enabled"], v))}
      />
      <Toggle
        field="faces.enabled"
        label={t("facesLabel")}
        hint={t("facesHint")}
        checked={live.effective.faces.enabled}
        locked={isLocked(live.locks, "faces.enabled")}
        onChange={(v) => save("faces", withPath(userObject("faces", user), ["enabled"], v))}
      />
      <SeveritySelect
        field="faces.closeUp"
        label={t("facesCloseUpLabel")}
        value={live.effective.faces.closeUp}
        locked={isLocked(live.locks, "faces.closeUp")}
        onChange={(v) => save("faces", withPath(userObject("faces", user), ["closeUp"], v))}
      />
      <SeveritySelect
        field="faces.group"
        label={t("facesGroupLabel")}
        value={live.effective.faces.group}
        locked={isLocked(live.locks, "faces.group")}
        onChange={(v) => save("faces", withPath(userObject("faces", user), ["group"], v))}
      />
    </Section>
  )
}
