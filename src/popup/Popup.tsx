import { useEffect, useState } from "react"

import { t, tn, uiLanguage } from "../i18n"
import { requestOutline, requestStatus, showSubmit } from "../messaging/client"
import type { BoxStatus, StatusReply } from "../messaging/protocol"
import { loadSettings, type LiveSettings } from "../settings/live"
import {
  isPaused,
  parseCounts,
  parsePausedUntil,
  pauseForAnHour,
  PAUSED_UNTIL_KEY,
  resume,
  type Counts
} from "../settings/pause"
import { SITE_IDS, SITES, siteName, type SiteId } from "../sites/registry"
import { POPUP_CSS } from "./styles"

/** Which supported site a URL belongs to, by the same match patterns as the content scripts. */
export function siteOf(url: string | undefined): SiteId | null {
  if (!url) return null
  for (const site of SITE_IDS)
    for (const pattern of SITES[site].matches) {
      const prefix = pattern.replace(/\*$/, "")
      if (url.startsWith(prefix)) return site
    }
  return null
}

export interface State {
  site: SiteId | null
  /** False when the browser hides the tab's address (no activeTab grant, e.g. in tests). */
  urlKnown: boolean
  status: StatusReply | null
  live: LiveSettings | null
  counts: Counts
  pausedUntil: number
  /** The active tab (for "This page": highlight a Post control, copy the outline). */
  tabId?: number
}

export function Popup() {
  const [state, setState] = useState<State | null>(null)

  useEffect(() => {
    document.documentElement.lang = uiLanguage() === "fr" ? "fr-CA" : "en"
    document.title = t("popupTitle")
    let active = true
    const refresh = async () => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true }).catch(() => [])
      const [status, live, local] = await Promise.all([
        tab?.id !== undefined ? requestStatus(tab.id) : Promise.resolve(null),
        loadSettings(),
        chrome.storage.local
          .get(["counts", PAUSED_UNTIL_KEY])
          .catch(() => ({}) as Record<string, unknown>)
      ])
      if (!active) return
      setState({
        site: status?.site ?? siteOf(tab?.url),
        urlKnown: Boolean(tab?.url),
        status,
        live,
        counts: parseCounts(local.counts),
        pausedUntil: parsePausedUntil(local[PAUSED_UNTIL_KEY]),
        ...(tab?.id !== undefined ? { tabId: tab.id } : {})
      })
    }
    void refresh()
    const onChange = () => void refresh()
    chrome.storage.onChanged.addListener(onChange)
    return () => {
      active = false
      chrome.storage.onChanged.removeListener(onChange)
    }
  }, [])

  return (
    <main className="popup">
      <style>{POPUP_CSS}</style>
      <h1>{t("popupTitle")}</h1>
      {!state ? (
        <p>{t("loading")}</p>
      ) : state.site ? (
        <OnSite state={state} />
      ) : (
        <Elsewhere urlKnown={state.urlKnown} />
      )}
      {state && <CountsView counts={state.counts} />}
      <button
        type="button"
        className="link"
        data-byp-open-options
        onClick={() => chrome.runtime.openOptionsPage()}
      >
        {t("popupOpenOptions")}
      </button>
    </main>
  )
}

export function OnSite({ state }: { state: State }) {
  const { status, live, site } = state
  const allowPause = live?.effective.enforcement.allowPause ?? true
  const paused = isPaused(state.pausedUntil, Date.now(), allowPause)
  const siteOn = live?.effective.sites[site!] ?? true
  return (
    <section aria-labelledby="here-h" data-byp-popup-site={site}>
      <h2 id="here-h">{t("popupOnSite", siteName(site!, uiLanguage()))}</h2>
      {!siteOn || status?.enabled === false ? (
        <p>{t("popupSiteOff")}</p>
      ) : !status ? (
        <p>{t("popupNoAnswer")}</p>
      ) : (
        <>
          <p data-byp-watching={status.watching}>
            {status.watching === 0
              ? t("popupNotWatching")
              : status.watching === 1
                ? t("popupWatchingOne")
                : t("popupWatchingMany", status.watching)}
          </p>
          <Findings findings={status.findings} />
          <ThisPage boxes={status.boxes ?? []} tabId={state.tabId} />
        </>
      )}
      {paused && (
        <p className="paused" data-byp-paused>
          {t(
            "popupPausedUntil",
            new Date(state.pausedUntil).toLocaleTimeString(undefined, {
              hour: "numeric",
              minute: "2-digit"
            })
          )}
        </p>
      )}
      {allowPause &&
        (paused ? (
          <button type="button" onClick={() => void resume()}>
            {t("popupResume")}
          </button>
        ) : (
          <button type="button" data-byp-pause onClick={() => void pauseForAnHour()}>
            {t("popupPause")}
          </button>
        ))}
    </section>
  )
}

export function Findings({ findings }: { findings: StatusReply["findings"] }) {
  if (findings === null) return <p className="muted">{t("popupNoDraft")}</p>
  if (findings.length === 0) return <p className="ok">{t("popupClean")}</p>
  return (
    <>
      <p>{tn(findings.length, "popupFindingsOne", "popupFindings")}</p>
      <ul className="findings" data-byp-popup-findings>
        {findings.map((f, i) => (
          <li key={i} data-rule={f.rule} data-severity={f.severity}>
            <span className={`badge ${f.severity}`}>{t(`severity_${f.severity}`)}</span> {f.message}
          </li>
        ))}
      </ul>
    </>
  )
}

export function Elsewhere({ urlKnown }: { urlKnown: boolean }) {
  return (
    <section aria-labelledby="what-h" data-byp-popup-elsewhere>
      <h2 id="what-h">{t("popupWhatHeading")}</h2>
      <p>{t("popupWhat")}</p>
      {/* The checker did not answer and the address is hidden: maybe a site tab opened before the extension. */}
      {!urlKnown && <p className="muted">{t("popupReloadHint")}</p>}
      <h3>{t("popupSitesHeading")}</h3>
      <ul>
        {SITE_IDS.map((s) => (
          <li key={s}>
            {siteName(s, uiLanguage())} (
            {SITES[s].matches.map((m) => new URL(m.replace(/\*$/, "")).host).join(", ")})
          </li>
        ))}
      </ul>
    </section>
  )
}

function CountsView({ counts }: { counts: Counts }) {
  return (
    <section aria-labelledby="counts-h" className="counts">
      <h2 id="counts-h">{t("popupCounts")}</h2>
      <dl>
        <div>
          <dt>{t("countsShown")}</dt>
          <dd data-byp-count="shown">{counts.shown}</dd>
        </div>
        <div>
          <dt>{t("countsFixed")}</dt>
          <dd data-byp-count="fixed">{counts.fixed}</dd>
        </div>
        <div>
          <dt>{t("countsPostedAnyway")}</dt>
          <dd data-byp-count="postedAnyway">{counts.postedAnyway}</dd>
        </div>
      </dl>
    </section>
  )
}

/**
 * "This page": for each watched box, which adapter runs it, whether its Post
 * control was found (hover highlights it on the page), which keys send, the
 * account detected and the attachments; and "Copy page outline for IT".
 */
export function ThisPage({ boxes, tabId }: { boxes: readonly BoxStatus[]; tabId?: number }) {
  const [copied, setCopied] = useState<"" | "yes" | "no">("")
  if (!boxes.length) return null
  const copy = async () => {
    const outline = tabId === undefined ? null : await requestOutline(tabId)
    try {
      if (outline === null) throw new Error("no outline")
      await navigator.clipboard.writeText(outline)
      setCopied("yes")
    } catch {
      setCopied("no")
    }
  }
  return (
    <section aria-labelledby="this-page-h" data-byp-this-page>
      <h3 id="this-page-h">{t("popupThisPage")}</h3>
      <ul className="boxes">
        {boxes.map((b, i) => (
          <li
            key={i}
            data-byp-box={i}
            data-submit-found={b.submitFound}
            onMouseEnter={() => tabId !== undefined && b.submitFound && showSubmit(tabId, i, true)}
            onMouseLeave={() => tabId !== undefined && b.submitFound && showSubmit(tabId, i, false)}
          >
            <strong>
              {b.adapter === "site" ? t("popupBoxSiteAdapter") : t("popupBoxGeneric")}
            </strong>
            {" · "}
            {b.submitFound ? t("popupSubmitFound") : t("popupSubmitMissing")}
            {" · "}
            {b.keys.length ? t("popupKeysSend", b.keys.join(", ")) : t("popupKeysNone")}
            {" · "}
            {b.account ? t("popupAccount", b.account) : t("popupAccountNone")}
            {" · "}
            {t("popupAttachments", b.attachments)}
          </li>
        ))}
      </ul>
      <button type="button" data-byp-copy-outline onClick={() => void copy()}>
        {t("popupCopyOutline")}
      </button>
      {copied && (
        <p role="status" className="muted">
          {copied === "yes" ? t("popupOutlineCopied") : t("popupOutlineNotCopied")}
        </p>
      )}
    </section>
  )
}
