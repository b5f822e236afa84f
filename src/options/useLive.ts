import { useCallback, useEffect, useState } from "react"

import { t, uiLanguage } from "../i18n"
import {
  loadSettings,
  readUserSettings,
  saveUserSetting,
  watchSettings,
  type LiveSettings,
  type SaveResult
} from "../settings/live"
import type { Settings, SettingsKey } from "../settings/schema"

export type EditableKey = Exclude<SettingsKey, "schemaVersion">

export interface LiveState {
  /** null while loading. */
  live: LiveSettings | null
  /** The teacher's own stored values (no defaults, no policy), for partial edits. */
  user: Record<string, unknown>
  /** The last save's outcome, for the page's status line. */
  status: { kind: "ok" | "error"; text: string } | null
  save<K extends EditableKey>(key: K, value: Settings[K]): Promise<SaveResult>
  announce(kind: "ok" | "error", text: string): void
}

/**
 * The options page's view of the settings: loaded once, then re-resolved after
 * every storage or policy change (another tab, the panel's "Not a student", a
 * new policy file), so the page never shows stale values.
 */
export function useLiveSettings(): LiveState {
  const [live, setLive] = useState<LiveSettings | null>(null)
  const [user, setUser] = useState<Record<string, unknown>>({})
  const [status, setStatus] = useState<LiveState["status"]>(null)

  useEffect(() => {
    let active = true
    const refresh = (next: LiveSettings) => {
      if (!active) return
      setLive(next)
      void readUserSettings().then((u) => active && setUser(u))
    }
    // Problems with the settings are worded in the page's language.
    const locale = uiLanguage()
    void loadSettings(locale).then(refresh)
    let stop = () => {}
    try {
      stop = watchSettings(refresh, locale)
    } catch {
      // Opened outside the extension (a saved copy of the page): no live updates.
    }
    return () => {
      active = false
      stop()
    }
  }, [])

  const announce = useCallback(
    (kind: "ok" | "error", text: string) => setStatus({ kind, text }),
    []
  )

  const save = useCallback(
    async <K extends EditableKey>(key: K, value: Settings[K]) => {
      const r = await saveUserSetting(key, value, live?.locks ?? [], uiLanguage())
      if (r.ok)
        announce("ok", r.dropped.length ? `${t("saved")} ${r.dropped.join(" ")}` : t("saved"))
      else announce("error", t("saveFailed", r.message))
      return r
    },
    [live, announce]
  )

  return { live, user, status, save, announce }
}
