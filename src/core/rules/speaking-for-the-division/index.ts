import { POLICY } from "../../policy"
import { defineRule, fix, type RawFinding } from "../../rule"
import { paragraphs, sentences } from "../../text/segment"
import type { CheckSettings } from "../../types"
import { isOfficialAccount } from "../support/accounts"
import { sentenceMemo } from "../support/memo"
import { orgPattern } from "../support/staff-cues"
import { messages } from "./messages"

/**
 * speaking-for-the-division (ESM procedure 1(a)): without written permission,
 * staff may not use social media to represent a school or the Division. A post
 * from a personal account (not on settings.officialAccounts for that site and
 * handle) is flagged when it speaks AS the school or division: "On behalf of
 * Russell Elementary…", "Official announcement:", "Park West School Division has
 * decided…", "We at Shoal Lake School are cancelling…", "Au nom de l'école…",
 * "Communiqué officiel :", "La division scolaire a décidé…". Relaying news is
 * not flagged: "Our school posted that…", "The division announced today that…",
 * "Reminder from the office: …".
 */

/** A school or the division named generically ("Russell Elementary", "the division", "l'école X"). */
const ORG =
  "(?:(?:the |our |this |my )?(?:whole |entire )?(?:school division|division|school board|school|staff|administration|board of trustees|" +
  "(?:[A-Z][\\w'.-]+ ){1,4}(?:School Division|School|Elementary|Collegiate|High School|Middle School|Academy|Community School|Institute))" +
  "|(?:l'|la |le |notre |mon |ma )(?:ecole|division(?: scolaire)?|commission scolaire|personnel|direction|college|conseil scolaire)(?: communautaire| secondaire| primaire| elementaire)?(?: (?:[A-Z][\\w'.-]+ ?){1,4})?" +
  "|(?:Ecole|College|Division scolaire) (?:[A-Z][\\w'.-]+ ?){1,4}" +
  "|(?:the |la |our |notre )?(?:DSFM|[A-Z]{1,4}SD)\\b" +
  "|ORG)"

/** The school's or division's own voice: "on behalf of", "official announcement", "X has decided". */
function voicePattern(org: string): RegExp {
  return new RegExp(
    "(?:" +
      [
        `\\b(?:on behalf of|speaking for|speaking on behalf of) ${org}`,
        // A heading ("Official announcement:" at the start, or followed by a colon or dash).
        "^\\W*official (?:announcement|statement|notice|update|news|message|communication|decision)\\b|\\bofficial (?:announcement|statement|notice|update|decision)\\s*[:-]|\\b(?:this|the following) is an official (?:announcement|statement|notice)\\b",
        `\\b${org},? (?:has|have) (?:decided|made the decision|determined|chosen|agreed)\\b|\\b${org} (?:decided|will be cancell?ing|is cancell?ing|has cancell?ed|is closing|will be closing|is pleased to announce|is proud to announce|regrets to inform|wishes to inform|would like to inform|would like to announce|wants to inform)\\b`,
        `\\bwe(?:,)? (?:at|here at|the staff (?:at|of)|the (?:teachers|administration) (?:at|of)) ${org},? (?:are|have|will|would|wish|want|regret|cannot|can't|do not|don't|has|decided|ask|invite|remind)\\b`,
        `\\bau nom (?:de |du |des )(?:(?:tout |toute |tous |toutes )?${org}|l'ecole|la division|personnel|l'equipe|(?:tout |toute )(?:le |l')?(?:personnel|equipe(?:-ecole)?))`,
        `\\b(?:please be advised|we wish to inform you|we would like to inform you) that ${org}\\b|\\b(?:veuillez (?:noter|prendre note)|nous vous informons) que ${org}\\b`,
        // The school's own decisions, said in the present or future: "the school is moving to…", "l'école adopte…".
        `\\b${org},? (?:is|will be|will) (?:now )?(?:implementing|introducing|moving to|suspending|adopting|launching|requiring|banning|prohibiting|mandating|enforcing|changing|cancell?ing|closing|now accepting|accepting|implement|introduce|move to|suspend|adopt|launch|require|ban|prohibit|cancel|close)\\b`,
        `\\b${org},? (?:adopte|adoptera|suspend|suspendra|met en place|mettra en place|instaure|instaurera|interdit|interdira|impose|imposera|exige|exigera|implante|implantera|annonce (?:que|l'|la|le|les|un|une))\\b`,
        `\\b(?:we are|we're|we have|we've) (?:\\w+ )?(?:pleased|proud|happy|excited|thrilled|sad|sorry) to (?:announce|inform you|share the news) that ${org}\\b|` +
          "\\b(?:we've|we have) decided as a (?:school|division|staff)\\b|\\bas a (?:school|division), we(?:'ve| have)? (?:decided|chosen)\\b",
        `\\bnous (?:avons|sommes) (?:le plaisir|heureux|heureuses|fiers|fieres|tristes) (?:de vous |d'|de )annoncer que ${org}\\b|` +
          "\\bnous avons decide, en tant qu'ecole\\b",
        `^\\W*(?:official|officiel(?:le)?)\\s*:|\\b(?:official (?:position|statement|response)|(?:position|declaration|reponse) officielle)(?: (?:of|de|du|de la) [^:]{1,40})?\\s*:|^\\W*(?:important |urgent )?(?:statement|message|update|notice|announcement) from ${org}\\b|^\\W*(?:declaration|message|communique) (?:de |du |de la )${org}`,
        "^\\W*(?:communique officiel|annonce officielle|avis officiel|message officiel|declaration officielle)\\b|\\b(?:communique officiel|annonce officielle|avis officiel)\\s*:",
        `\\b${org},? (?:a decide|ont decide|a pris la decision|annule|annulera|ferme|fermera|est heureuse d'annoncer|est heureux d'annoncer|est fiere d'annoncer|tient a informer|souhaite informer|informe (?:les|tous les) (?:parents|familles)|desire informer)\\b`,
        // "Here at X School, we are…", "We at X stand with…", "À l'école X, nous nous engageons…": the
        // school's own "we" with any verb that is not a past-tense account of what happened.
        `\\b(?:(?:here |right here )?at|ici a|chez nous a|chez nous,? a|a) (?!(?:the |this |my )?(?:school|staff|division|administration|ecole|l'ecole|la division|le personnel|la direction|l'administration)\\b,? (?:we|nous|on)\\b)${org},? (?:we|nous|on)(?:'re|'ve|'ll)? (?!(?:have |has )?(?:had|been|loved|raised|collected|seen|learned|celebrated|welcomed)\\b)(?!(?:a|avons|sommes|ont) (?!decide|pris la decision)\\w+)(?!(?:had|was|were|went|saw|did|got|ran|won|took|came|ate|met|spent|visited|enjoyed|celebrated|learned|welcomed|hosted|avions|etions|etait|avait|a eu|a fait|a vu|a passe|est alle|sommes alles|sommes allees|avons eu|avons fait|avons vu|avons passe|avons celebre|avons accueilli)\\b)\\w+`,
        `\\bwe(?:,)? (?:at|here at) ${org},? (?!(?:had|was|were|went|saw|did|got|ran|won|took|came|ate|met|spent|visited|enjoyed|celebrated|learned|welcomed|hosted)\\b)\\w+`,
        `\\b${org},? (?:has|have) (?:officially|now|finally|unanimously|just) (?:decided|made the decision|determined|chosen|agreed)\\b|\\b${org},? a (?:officiellement|finalement|maintenant|unanimement) (?:decide|pris la decision)\\b`,
        `\\b${org},? (?:will no longer|will not be|won't be|is no longer) (?:be )?\\w+ing\\b|\\b${org},? (?:n'\\w+|ne \\w+) plus\\b`,
        `\\bde la part (?:de |du |des )(?:tout |toute |tous |toutes )?${org}`,
        `\\bnous,? (?:a|de|le personnel de|l'equipe de) ${org},? (?:annulons|avons|sommes|informons|fermons|souhaitons|tenons|demandons|invitons|rappelons)\\b`
      ].join("|") +
      ")",
    "i"
  )
}

/** Relaying what the school or division said is not speaking for it. */
const RELAY =
  /\b(?:posted|shared|announced|says|said|reports?|reported|according to|i (?:just )?(?:heard|read|saw|learned)|news that|heard that|has announced|a annonce|a publie|selon|j'ai appris|rappel de|reminder from)\b/i

const voices = new WeakMap<CheckSettings, RegExp>()
const hits = sentenceMemo<[number, number] | null>()

function voiceFor(settings: CheckSettings): RegExp {
  let re = voices.get(settings)
  if (!re) {
    // The configured division and school names, as missing-disclaimer reads them.
    const named = orgPattern(settings)?.source ?? "(?!)"
    re = new RegExp(voicePattern(ORG.replace("ORG", named)).source, "iu")
    voices.set(settings, re)
  }
  return re
}

export const speakingForTheDivision = defineRule({
  id: "speaking-for-the-division",
  messages,
  policyRef: POLICY.representingDivision,
  defaultSeverity: "info",
  // Whether the account is official depends on the draft, not on the words: a
  // document rule (never cached by segment), which re-uses per-sentence results itself.
  scope: "document",
  check({ text, draft, settings, say }) {
    if (isOfficialAccount(draft, settings)) return []
    const out: RawFinding[] = []
    for (const seg of paragraphs(text).flatMap(sentences)) {
      const hit = hits(settings, seg.text, () => {
        const m = voiceFor(settings).exec(seg.text)
        // A relay word before the match or inside it ("I heard the school is moving to…").
        if (!m || RELAY.test(seg.text.slice(0, m.index + m[0].length))) return null
        // Without a heading's trailing colon or dash.
        return [m.index, m.index + m[0].replace(/[\s:-]+$/, "").length]
      })
      if (hit)
        out.push({
          start: seg.start + hit[0],
          end: seg.start + hit[1],
          message: say("message"),
          fixes: [fix.advice(say("advice.official"))]
        })
    }
    return out
  }
})
