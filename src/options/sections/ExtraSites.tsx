import { useCallback, useEffect, useState } from "react"

import { t } from "../../i18n"
import { isLocked } from "../../settings/resolve"
import { originPattern, usablePatterns } from "../../sites/extra-sites"
import { ListField } from "../ui"
import type { LiveState } from "../useLive"

type Status = "allowed" | "waiting"

/** Whether the browser lets the extension run on each pattern's host. */
async function statusOf(patterns: readonly string[]): Promise<Record<string, Status>> {
  const out: Record<string, Status> = {}
  for (const p of patterns) {
    const origin = originPattern(p)
    let granted = false
    try {
      granted = !!origin && (await chrome.permissions.contains({ origins: [origin] }))
    } catch {
      granted = false
    }
    out[p] = granted ? "allowed" : "waiting"
  }
  return out
}

/**
 * The division's extra sites (`extraSites`) and, for each, whether the teacher
 * has granted the host yet. The browser grants an optional host permission only
 * from a click (a user gesture), so each waiting site gets its own button; the
 * background registers the generic content script as soon as it is granted.
 */
export function ExtraSites(
  props: Pick<LiveState, "save"> & { live: NonNullable<LiveState["live"]> }
) {
  const { live, save } = props
  const patterns = usablePatterns(live.effective.extraSites ?? [])
  const key = patterns.join("\n")
  const [status, setStatus] = useState<Record<string, Status>>({})
  const [refused, setRefused] = useState<string | null>(null)

  const refresh = useCallback(() => {
    void statusOf(key ? key.split("\n") : []).then(setStatus)
  }, [key])

  useEffect(() => {
    refresh()
    const onChange = () => refresh()
    try {
      chrome.permissions.onAdded.addListener(onChange)
      chrome.permissions.onRemoved.addListener(onChange)
    } catch {
      /* outside the extension (tests) */
    }
    return () => {
      try {
        chrome.permissions.onAdded.removeListener(onChange)
        chrome.permissions.onRemoved.removeListener(onChange)
      } catch {
        /* outside the extension */
      }
    }
  }, [refresh])

  const allow = (pattern: string) => {
    const origin = originPattern(pattern)
    if (!origin) return
    setRefused(null)
    // Called straight from the click: the browser requires the user gesture.
    chrome.permissions.request({ origins: [origin] }).then(
      (granted) => {
        if (!granted) setRefused(pattern)
        refresh()
      },
      () => {
        setRefused(pattern)
        refresh()
      }
    )
  }

  return (
    <>
      <ListField
        field="extraSites"
        label={t("extraSitesLabel")}
        hint={t("extraSitesHint")}
        value={live.effective.extraSites ?? []}
        rows={3}
        locked={isLocked(live.locks, "extraSites")}
        onSave={(v) => save("extraSites", v)}
      />
      <div className="field" data-byp-extra-sites="">
        <h3>{t("extraSitesStatusHeading")}</h3>
        {patterns.length === 0 ? (
          <p className="hint">{t("extraSitesNone")}</p>
        ) : (
          <ul>
            {patterns.map((p) => (
              <li key={p} data-extra-site={p} data-status={status[p] ?? "waiting"}>
                <code>{p}</code>{" "}
                {status[p] === "allowed" ? (
                  <span>{t("extraSiteAllowed")}</span>
                ) : (
                  <>
                    <span>{t("extraSiteWaiting")}</span>{" "}
                    <button type="button" data-byp-allow={p} onClick={() => allow(p)}>
                      {t("extraSiteAllowButton", p)}
                    </button>
                  </>
                )}
                {refused === p ? (
                  <p role="alert" className="hint">
                    {t("extraSiteRefused")}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  )
}
