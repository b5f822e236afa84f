import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import { studentFullName } from "."

/**
 * Hashtags, handles and lower-case names as phones type them (issue 11): the families, with
 * exact ranges and what "keep the first name" leaves; then near misses of the same shapes.
 */
function flagged(text: string) {
  return createChecker(defaultCheckSettings, [studentFullName]).check({ text }).findings
}

const CASES: { text: string; names: string[]; after: string }[] = [
  // "Mc"/"Mac" stay one part of a camel-case tag.
  { text: "MVP 🏒 #JaxonMcLeod #seniors", names: ["JaxonMcLeod"], after: "MVP 🏒 #Jaxon #seniors" },
  { text: "Bravo #EmmaMacDonald!", names: ["EmmaMacDonald"], after: "Bravo #Emma!" },
  // A compound given name run together before the surname.
  {
    text: "Artist of the week #AnnaMarieFriesen",
    names: ["AnnaMarieFriesen"],
    after: "Artist of the week #AnnaMarie"
  },
  // Underscore: an unknown given name, then a surname that is a given name too.
  {
    text: "Winner!! #zaynab_hassan #poetry",
    names: ["zaynab_hassan"],
    after: "Winner!! #zaynab #poetry"
  },
  // Handles: the name part is flagged, the whole handle is replaced by the given name.
  { text: "Go @noah.klassen07 go!", names: ["noah.klassen"], after: "Go noah go!" },
  { text: "Suivez @chloe_gagnon.art !", names: ["chloe_gagnon"], after: "Suivez chloe !" },
  // Lower case after "… of the month/week", EN and FR.
  {
    text: "our reader of the week is ayla courchene 📚",
    names: ["ayla courchene"],
    after: "our reader of the week is ayla 📚"
  },
  {
    text: "l'artiste du mois est kaylee spence 🎨",
    names: ["kaylee spence"],
    after: "l'artiste du mois est kaylee 🎨"
  },
  // Lower case before an adverb and a verb.
  {
    text: "then liam thiessen finally scored his first goal",
    names: ["liam thiessen"],
    after: "then liam finally scored his first goal"
  },
  // A roster typed without capitals: two sure items make the list, a third may have an unknown word.
  {
    text: "relay team: flett, tanis; okafor, chidi; sinclair, noah",
    names: ["flett, tanis", "okafor, chidi", "sinclair, noah"],
    after: "relay team: tanis; chidi; noah"
  },
  // Possessive after an opening verb: the unknown capitalised opener does not take the given name.
  {
    text: "Admire Juliette Lavallée's artwork!",
    names: ["Juliette Lavallée"],
    after: "Admire Juliette's artwork!"
  },
  {
    text: "Applaud Oksana Bilyk's record swim",
    names: ["Oksana Bilyk"],
    after: "Applaud Oksana's record swim"
  },
  // A surname's prefix or particle run together with the rest: "OConnor", "DesRosiers".
  { text: "#LiamOConnor scores twice", names: ["LiamOConnor"], after: "#Liam scores twice" },
  { text: "Bravo #KiaraDesRosiers!", names: ["KiaraDesRosiers"], after: "Bravo #Kiara!" }
]

const NEAR_MISSES = [
  "Journée du chandail rose 💗 #ChandailRose #JourneeRose",
  "#go_jets_go and #mcdonalds_run",
  "our word of the week is grace and hope 🌱",
  "the player of the game was the whole team",
  "then the bus finally arrived",
  "Follow @brandon.library09 for updates",
  "see you monday, friday and sunday; love, mom",
  "#RendezVousDeLaFrancophonie #JournéeNationaleDeLaVérité #LaSalleRiver #StPatricksDay",
  "pen pals: brandon, manitoba / dauphin, manitoba",
  "thanks, sophie / cheers, mark",
  "only one: smith, john"
]

describe("student-full-name: tags and lower-case families (issue 11)", () => {
  test.each(CASES.map((c) => [c.text, c] as const))("%s", (_t, c) => {
    const got = flagged(c.text)
    let from = 0
    const want = c.names.map((n) => {
      const start = c.text.indexOf(n, from)
      from = start + n.length
      return { start, end: start + n.length }
    })
    expect(got.map((f) => ({ start: f.start, end: f.end }))).toEqual(want)
    let after = c.text
    for (const f of [...got].reverse()) {
      const fx = f.fixes[0]!
      const r = fx.range ?? { start: f.start, end: f.end }
      after = after.slice(0, r.start) + fx.replacement + after.slice(r.end)
    }
    expect(after).toBe(c.after)
  })

  test.each(NEAR_MISSES.map((t) => [t] as const))("not flagged: %s", (text) => {
    expect(flagged(text)).toEqual([])
  })
})
