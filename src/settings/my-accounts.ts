import type { Draft } from "../core/types"
import type { Settings } from "./schema"

/**
 * "My accounts" → what the draft's account is known to say. The sites rarely
 * show the posting account's profile, so the teacher tells the options page
 * whether it identifies them as staff and whether it carries the disclaimer; the
 * missing-disclaimer rule reads those facts (DraftAccount in core/types.ts).
 * Pure: checkerFromSettings() applies it to every draft before checking.
 */

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

/** The draft with its account completed from "My accounts". What the page read is kept. */
export function withMyAccount(draft: Draft, settings: Pick<Settings, "myAccounts">): Draft {
  const mine = findMyAccount(draft, settings.myAccounts)
  if (!mine || (!mine.identifiesAsStaff && !mine.hasDisclaimer)) return draft
  return {
    ...draft,
    account: {
      ...draft.account,
      handle: draft.account?.handle ?? mine.handle,
      ...(mine.identifiesAsStaff ? { identifiesAsStaff: true } : {}),
      ...(mine.hasDisclaimer ? { hasDisclaimer: true } : {})
    }
  }
}
