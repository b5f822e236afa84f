import { ORGANISATION_WORDS, PLACE_PREFIXES, REGIONS } from "./exemptions"
import { COMMON, FIRST, GUESSED, LAST, PARTICLE, PLACE, STOP, SUFFIX, TITLE, VERB } from "./lexicon"
import { NAME, unknownCap, type Word } from "./words"

/**
 * How strong the evidence is that `g … f` is one person's full name:
 * "yes" on its own, "cue" only with naming context around it (detect.ts), "no".
 */
export type Verdict = "yes" | "cue" | "no"

/** Prince, Princess, King… are given names too (Filipino, West African) when a full name follows. */
const ROYAL_GIVEN = new Set(["prince", "princess", "king", "queen", "lady"])

/** "Nguyen Van An", "Tran Thi Mai", "Wang Wei": a known surname, then given names only. */
export function surnameFirst(g: Word, f: Word, middles: Word[]): boolean {
  if (townSurnameFirst(g, f, middles) || lowerSurnameFirst(g, f, middles)) return true
  if (!(g.flags & LAST) || g.flags & (COMMON | PLACE) || !(f.flags & FIRST) || f.lower) return false
  if (!middles.every((m) => m.flags & FIRST)) return false
  return middles.length > 0 || !(g.flags & FIRST)
}

/**
 * "Bergen Eli, Sinclair Mason" (a pasted sign-up list): a surname that is also a town, then a
 * given name that is nothing else. Weak: it counts only beside other names or after a cue.
 */
function townSurnameFirst(g: Word, f: Word, middles: Word[]): boolean {
  return (
    !middles.length &&
    g.cap &&
    !g.upper &&
    f.cap &&
    (g.flags & LAST) !== 0 &&
    (g.flags & PLACE) !== 0 &&
    !(g.flags & (FIRST | COMMON | STOP | TITLE | SUFFIX)) &&
    (f.flags & FIRST) !== 0 &&
    !(f.flags & (LAST | COMMON | PLACE | STOP | TITLE))
  )
}

function cannotStartName(g: Word, f: Word, middles: Word[]): boolean {
  // "L'École Taché": a place word after an elided article too.
  const first = g.text.toLowerCase().replace(/^[ld]'/, "")
  if (g.initial || f.initial || g.flags & STOP || PLACE_PREFIXES.has(first)) return true
  // "Little Declan", "Petite Léa": an endearment before a given name, not a surname first.
  if (ENDEARMENTS.has(first)) return true
  // "L'aide-enseignante de Malik": an article elided onto a lower-case word starts a phrase.
  if (/^[LlDd]'\p{Ll}/u.test(g.text)) return true
  const royal = ROYAL_GIVEN.has(g.text.toLowerCase()) && middles.length > 0 && f.flags & LAST
  if (g.flags & TITLE && !royal) return true
  // "Mardi M. Chartier" (a duty roster): a weekday or month starts no name, and "M." is Monsieur.
  if (NEVER_SURNAMES.has(g.text.toLowerCase()) || middles.some((m) => m.flags & TITLE)) return true
  if (middles.some((m) => !(m.initial || m.flags & (NAME | PARTICLE) || unknownCap(m)))) return true
  // "Bernard Dupuis de la Caisse", "Luc Roy du Club Rotary": after a particle, an institution
  // starts "of the bank", not a surname ("Juan de la Cruz", "Anna van der Berg" stay).
  const particle = middles.findIndex((m) => m.flags & PARTICLE && !(m.cap && m.flags & NAME))
  if (
    particle >= 0 &&
    [...middles.slice(particle + 1), f].some((w) => ORGANISATION_WORDS.has(w.text.toLowerCase()))
  )
    return true
  // Spanish "y" joins two surnames ("Rodríguez y Pérez"); after a given name it means "and".
  const before = [g, ...middles]
  return middles.some((m, k) => m.text === "y" && !(before[k]!.flags & LAST))
}

const ENDEARMENTS = new Set(
  "little big baby sweet dear tiny young petit petite cher chere".split(" ")
)

/** Words that follow a given name in school posts without being its surname ("Sophie Grade 4"). */
const NEVER_SURNAMES = new Set(
  (
    "grade gr class team family everyone today tonight tomorrow yesterday school students kids award " +
    "awards weekend and monday tuesday wednesday thursday friday saturday sunday january february march july " +
    "august september october november december classe equipe annee lundi mardi mercredi jeudi vendredi " +
    "samedi dimanche janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre"
  ).split(" ")
)

/**
 * "Madeleine Cousin", "Emily Baron", "Lucas Day", "Olivia Paris": a surname that is also an
 * ordinary word or a town, right after an unambiguous given name. Only ever a weak candidate.
 */
function wordSurname(g: Word, f: Word, middles: Word[]): boolean {
  if (middles.length || g.flags & (COMMON | PLACE) || !f.cap || f.upper || f.text.length < 3)
    return false
  const key = f.text.toLowerCase()
  // "Thomas Paris": a given name that is also a surname is fine, but not before "Park" or "Hall"
  // ("Kelsey Park" is more often the park).
  if (g.flags & LAST && f.flags & SUFFIX) return false
  // "Grace Hospital", "Emma Lake": a word that names a thing is not a surname, except the few that
  // are common surnames too ("Lucas Day", "Ava Hall").
  if (f.flags & SUFFIX && !SUFFIX_SURNAMES.has(key)) return false
  return !(f.flags & (STOP | TITLE | VERB)) && !NEVER_SURNAMES.has(key)
}

const SUFFIX_SURNAMES = new Set(
  "day hall lane field fields park house brook ford wood marsh".split(" ")
)

/** Right before a lower-case name that stands alone: "félicitations à thomas bérard," */
const INTRODUCING = new Set("a to congrats bravo merci felicitations thanks".split(" "))

/** Endings of ordinary French and English words, not of surnames. */
const WORDISH = /(?:ment|tion|sion|ique|isme|euse|oire|ness|ship|ing|ait|aient)$/

/** "tran minh chau": in lower case, a surname that is nothing else, then given names only. */
function lowerSurnameFirst(g: Word, f: Word, middles: Word[]): boolean {
  const given = (w: Word) =>
    w.lower && (w.flags & FIRST) !== 0 && !(w.flags & (COMMON | PLACE | STOP | TITLE | VERB))
  return (
    g.lower &&
    (g.flags & LAST) !== 0 &&
    !(g.flags & (FIRST | COMMON | PLACE | STOP | TITLE | SUFFIX | VERB)) &&
    !LOWER_NEVER.has(g.text) &&
    given(f) &&
    middles.every(given)
  )
}

/** French possessives and pronouns that are also names elsewhere ("son" is Vietnamese "Son"). */
const LOWER_NEVER = new Set("son sa ma ta ton mon ses lui elle moi toi beau belle bel".split(" "))
/** "d'avoir", "l'ecole", "qu'il": an elided French word, in lower case, is not a name. */
const ELIDED = /^(?:d|l|qu|j|n|s|c|m|t)'/

/**
 * Lower-case names, typed on a phone ("congrats sophie tremblay!!"). In a sentence with no
 * capital at all (`caseless`), a given name that is nothing else followed by a surname that is
 * nothing else is as clear as "Sophie Tremblay"; anything less sure only counts where context
 * says names are coming ("shout out to liam courchene", "merci à joseph mwamba", a verb after).
 */
function lowerCase(g: Word, f: Word, middles: Word[], caseless: boolean, alone: boolean): Verdict {
  if (middles.some((m) => !(m.flags & (NAME | PARTICLE)))) return "no"
  if (LOWER_NEVER.has(g.text) || LOWER_NEVER.has(f.text) || ELIDED.test(g.text)) return "no"
  if (f.lower && ELIDED.test(f.text)) return "no"
  const clean = (w: Word) => !(w.flags & (COMMON | PLACE | STOP | TITLE | SUFFIX | VERB))
  const gFirst = (g.flags & FIRST) !== 0 && clean(g)
  const fLast = (f.flags & LAST) !== 0 && !(f.flags & (COMMON | STOP | TITLE | VERB))
  const unknown = (w: Word) => w.flags === 0 && w.text.length >= 3
  // "tran minh chau", "nguyen van an": a surname that is nothing else, then given names.
  if (caseless && lowerSurnameFirst(g, f, middles)) return middles.length ? "yes" : "cue"
  // "ana sofía ruiz": given names that are nothing else before the surname are as clear.
  const givenOnly = (w: Word) => (w.flags & FIRST) !== 0 && clean(w) && !(w.flags & LAST)
  if (caseless && gFirst && !(g.flags & LAST) && fLast && !(f.flags & (FIRST | PLACE)))
    return middles.every(givenOnly) ? "yes" : "cue"
  // An unknown lower-case word may just be a word the lists lack ("star blanket"): only after a
  // word that is a given name and nothing else.
  // Nor as the last of several words ("jérémie lévesque aujourd'hui"), nor a word with an
  // ordinary word's ending.
  const nameLike = unknown(f) && !middles.length && !WORDISH.test(f.text)
  if (gFirst && (fLast || (nameLike && !(g.flags & LAST)))) return "cue"
  // "félicitations à thomas bérard": a given name that is a surname too, then a word no list
  // knows that does not end like an ordinary word ("thomas chaleureusement").
  // Only where the name stands alone: introduced by "à"/"to"/"bravo", then a comma or the end.
  if (gFirst && nameLike && alone) return "cue"
  // "kaiden spence": a given name the lists do not know, then a surname that is nothing else.
  // "amira hussein", "idil mohamed": also a surname that is a given name too (patronymic surnames).
  if (unknown(g) && fLast && !(f.flags & PLACE) && !middles.length) return "cue"
  // "brooklyn flett": a given name that is also a town, before a surname that is nothing else.
  const townGiven = g.flags & FIRST && g.flags & PLACE && !(g.flags & (COMMON | STOP | TITLE))
  if (townGiven && fLast && !(f.flags & (FIRST | PLACE)) && !middles.length) return "cue"
  // "ava baron", "madeleine cousin": a surname that is also a word, after a clear given name.
  if (gFirst && !(g.flags & LAST) && !middles.length && f.text.length >= 3) {
    const key = f.text.toLowerCase()
    // "merci à nicolas chaleureusement": a word only guessed ordinary from its ending is one.
    if (f.flags & (STOP | TITLE | VERB | GUESSED) || NEVER_SURNAMES.has(key)) return "no"
    // "grace day", "emma lake": in lower case nothing tells the surname from the thing.
    return f.flags & SUFFIX ? "no" : "cue"
  }
  return "no"
}

const surnameOnly = (w: Word): boolean =>
  (w.flags & LAST) !== 0 && !(w.flags & (FIRST | COMMON | PLACE | STOP | TITLE | SUFFIX | VERB))

/** `after`: the word after `f`, if any (its gap says whether punctuation ends the name). */
export function judge(
  g: Word,
  f: Word,
  middles: Word[],
  caseless = false,
  after?: Word,
  before?: Word
): Verdict {
  if (cannotStartName(g, f, middles)) return "no"
  const gFirst = (g.flags & FIRST) !== 0
  const fLast = (f.flags & LAST) !== 0
  const fUnknown = unknownCap(f)
  // "British Columbia", "Nova Scotia", "New Brunswick": a province or state, not a surname.
  if (f.text.length >= 4 && REGIONS.has(f.text.toLowerCase()) && !(f.flags & NAME)) return "no"
  // "avec Olivier chaque après-midi", "voit Noémie deux fois": in a sentence with capitals, the
  // lower-case word after a capitalised given name is the sentence going on, unless it is a
  // surname and nothing else ("Congrats to Sophie tremblay").
  if (!caseless && g.cap && !g.upper && f.lower && !surnameOnly(f)) return "no"
  // "my little guy Brody": a lower-case word before a capitalised given name is the sentence's;
  // "Congrats to sophie Tremblay" (a surname and nothing else after it) stays.
  if (!caseless && g.lower && f.cap && !(g.flags & PARTICLE) && !surnameOnly(f)) return "no"
  if (g.lower || f.lower)
    return lowerCase(
      g,
      f,
      middles,
      caseless,
      (!after || /^\s*[,.;:!?]/.test(after.gap)) &&
        !!before &&
        INTRODUCING.has(before.text.toLowerCase())
    )
  if (g.upper && f.upper && !(gFirst && fLast)) return "no" // acronyms, shouted headings
  if (townSurnameFirst(g, f, middles)) return "cue"
  if (surnameFirst(g, f, middles)) return "yes"
  if (gFirst) {
    // "Ji-woo Park", "Emma Hall": a surname that can also name a place is fine after a clear given name.
    if (fLast) return f.flags & SUFFIX && g.flags & (COMMON | PLACE) ? "cue" : "yes"
    // "Regina …", "Brandon …": a town that is also a given name needs more than an unknown word after it.
    if (fUnknown) return g.flags & PLACE ? "cue" : "yes"
    // A surname we only know as a given name ("Parker James"), or one that merely ends like an
    // English word ("Nazar Bilous").
    if (f.flags & FIRST && !(f.flags & (COMMON | PLACE))) return "cue"
    if (f.flags === (COMMON | GUESSED) && f.cap) return "cue"
    return wordSurname(g, f, middles) ? "cue" : "no"
  }
  if (unknownCap(g)) {
    // "Bulletin de Laurent", "Visite de la Maison Gabrielle-Roy": a French noun "of" a given name
    // (a real "Xochitl de la Cruz" ends in a surname that is not also a given name).
    if (middles.some((m) => m.flags & PARTICLE) && f.flags & FIRST) return "no"
    // "Hockey MVPs Logan Courchene": the name starts at the known given name instead.
    const m = middles[0]
    if (m && m.cap && m.flags & FIRST && !(m.flags & (LAST | PARTICLE))) return "no"
    if (fLast && !(f.flags & PLACE)) return f.flags & (COMMON | SUFFIX) ? "cue" : "yes"
    return fUnknown || (f.flags & FIRST && !(f.flags & (COMMON | PLACE))) ? "cue" : "no"
  }
  return g.flags & LAST && !(g.flags & (COMMON | PLACE)) && (fLast || fUnknown) ? "cue" : "no"
}
