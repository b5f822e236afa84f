import type { CheckSettings, Draft } from "../../types"

/**
 * Whether the draft is written from one of the division's official accounts
 * (settings.officialAccounts: same site, same handle, case-insensitive, with or
 * without "@"). Those accounts speak for the school or division by design, so
 * missing-disclaimer and speaking-for-the-division leave them alone.
 */

function handleKey(handle: string | undefined): string {
  return (handle ?? "").trim().replace(/^@+/, "").toLowerCase()
}

export function isOfficialAccount(draft: Draft, settings: CheckSettings): boolean {
  const handle = handleKey(draft.account?.handle)
  if (!handle || !draft.site) return false
  return settings.officialAccounts.some(
    (a) => a.site === draft.site && handleKey(a.handle) === handle
  )
}
