import type { Draft } from "../core/types"
import type { Settings } from "./schema"

/**
 * "My accounts" → the draft's account profile. The sites rarely show the
 * posting account's profile text, so the teacher tells the options page what it
 * says; the missing-disclaimer check reads that as the profile. Pure: the
 * background calls it on every draft before checking.
 */

type AccountSettings = Pick<Settings, "myAccounts" | "divisionNames" | "disclaimerPhrases">

const handleKey = (h: string | undefined) => (h ?? "").trim().replace(/^@+/, "").toLowerCase()

/** The teacher's account this draft is posted from, if the settings know it. */
export function findMyAccount(
  draft: Draft,
  accounts: Settings["myAccounts"]
): Settings["myAccounts"][number] | undefined {
  if (!draft.site) return undefined
  const onSite = accounts.filter((a) => a.site === draft.site)
  const handle = handleKey(draft.account?.handle)
  if (handle) return onSite.find((a) => handleKey(a.handle) === handle)
  // The page did not show the handle: with one known account on this site, it is that one.
  return onSite.length === 1 ? onSite[0] : undefined
}

/**
 * The draft with its profile completed from "My accounts". Words the
 * missing-disclaimer rule recognises: a staff role ("Teacher at <division>") and
 * the first accepted disclaimer phrase. A profile read from the page is kept.
 */
export function withMyAccount(draft: Draft, settings: AccountSettings): Draft {
  const mine = findMyAccount(draft, settings.myAccounts)
  if (!mine || (!mine.identifiesAsStaff && !mine.hasDisclaimer)) return draft
  const parts: string[] = []
  if (draft.account?.profile) parts.push(draft.account.profile)
  if (mine.identifiesAsStaff)
    parts.push(`Teacher at ${settings.divisionNames[0] ?? "the school division"}.`)
  if (mine.hasDisclaimer) parts.push(`${settings.disclaimerPhrases[0] ?? "views are my own"}.`)
  return {
    ...draft,
    account: {
      ...draft.account,
      handle: draft.account?.handle ?? mine.handle,
      profile: parts.join(" ")
    }
  }
}
