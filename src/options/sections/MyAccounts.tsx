import { useEffect, useId, useState } from "react"

import { t, uiLanguage } from "../../i18n"
import { isLocked } from "../../settings/resolve"
import type { Settings } from "../../settings/schema"
import { SITE_IDS, siteName as registryName, type SiteId } from "../../sites/registry"
import { LockedBadge, Section } from "../ui"
import type { LiveState } from "../useLive"

type Account = Settings["myAccounts"][number]

/** The site's name in the options page's language. */
export function siteName(site: SiteId): string {
  return registryName(site, uiLanguage())
}

export function MyAccountsSection({
  live,
  save
}: Pick<LiveState, "save"> & { live: NonNullable<LiveState["live"]> }) {
  const stored = live.effective.myAccounts
  const locked = isLocked(live.locks, "myAccounts")
  const [rows, setRows] = useState<Account[]>(stored)
  const [dirty, setDirty] = useState(false)
  const storedKey = JSON.stringify(stored)
  useEffect(() => {
    if (!dirty) setRows(JSON.parse(storedKey) as Account[])
  }, [storedKey, dirty])
  const edit = (i: number, patch: Partial<Account>) => {
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
    setDirty(true)
  }
  return (
    <Section id="accounts" title={t("myAccountsHeading")} intro={t("myAccountsIntro")}>
      <LockedBadge locked={locked} />
      {rows.length === 0 && <p className="muted">{t("noAccounts")}</p>}
      <ul className="accounts">
        {rows.map((row, i) => (
          <AccountRow
            key={i}
            index={i}
            row={row}
            locked={locked}
            onChange={(patch) => edit(i, patch)}
            onRemove={() => {
              setRows(rows.filter((_, j) => j !== i))
              setDirty(true)
            }}
          />
        ))}
      </ul>
      {!locked && (
        <div className="row">
          <button
            type="button"
            onClick={() => {
              setRows([
                ...rows,
                { site: SITE_IDS[0]!, handle: "", identifiesAsStaff: true, hasDisclaimer: false }
              ])
              setDirty(true)
            }}
          >
            {t("addAccount")}
          </button>
          {dirty && (
            <button
              type="button"
              className="primary"
              onClick={async () => {
                const r = await save(
                  "myAccounts",
                  rows.filter((a) => a.handle.trim())
                )
                if (r.ok) setDirty(false)
              }}
            >
              {t("save")}
            </button>
          )}
        </div>
      )}
    </Section>
  )
}

function AccountRow(p: {
  index: number
  row: Account
  locked: boolean
  onChange(patch: Partial<Account>): void
  onRemove(): void
}) {
  const id = useId()
  const n = p.index + 1
  return (
    <li className="account" data-field={`myAccounts[${p.index}]`}>
      <fieldset>
        <legend>{t("accountLegend", n)}</legend>
        <div className="grid2">
          <div>
            <label htmlFor={`${id}-site`}>{t("siteLabel")}</label>
            <select
              id={`${id}-site`}
              value={p.row.site}
              disabled={p.locked}
              onChange={(e) => p.onChange({ site: e.target.value as SiteId })}
            >
              {SITE_IDS.map((s) => (
                <option key={s} value={s}>
                  {siteName(s)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-handle`}>{t("handleLabel")}</label>
            <input
              id={`${id}-handle`}
              type="text"
              value={p.row.handle}
              readOnly={p.locked}
              placeholder="@"
              onChange={(e) => p.onChange({ handle: e.target.value })}
            />
          </div>
        </div>
        <div className="toggle">
          <input
            id={`${id}-staff`}
            type="checkbox"
            checked={p.row.identifiesAsStaff}
            disabled={p.locked}
            onChange={(e) => p.onChange({ identifiesAsStaff: e.target.checked })}
          />
          <label htmlFor={`${id}-staff`}>{t("identifiesLabel")}</label>
        </div>
        <div className="toggle">
          <input
            id={`${id}-disc`}
            type="checkbox"
            checked={p.row.hasDisclaimer}
            disabled={p.locked}
            onChange={(e) => p.onChange({ hasDisclaimer: e.target.checked })}
          />
          <label htmlFor={`${id}-disc`}>{t("hasDisclaimerLabel")}</label>
        </div>
        {!p.locked && (
          <button type="button" onClick={p.onRemove}>
            {t("removeAccount", n)}
          </button>
        )}
      </fieldset>
    </li>
  )
}
