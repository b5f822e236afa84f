import { ALWAYS_TITLES, cueBefore } from "./context"
import { CONTEXT_CUES, PLACE_PREFIXES, REGIONS } from "./exemptions"
import { COMMON, FIRST, LAST, PLACE, STOP, TITLE, VERB } from "./lexicon"
import { unknownCap, type Word } from "./words"
import { quickToCompile } from "../text/quick-compile"

/**
 * Roster order, as honour rolls and award lists come out of the school's
 * information system: "Tremblay, Sophie; Flett, Jordan", "TREMBLAY Sophie",
 * "Friesen  Ethan  Gr. 7" (columns; a tab is a space once normalised),
 * "Cousin, Madeleine (Gr. 6)", one name per line. A pair is surname then given
 * name, standing on its own as a list item. How sure we must be of the surname
 * depends on how clearly the sentence is a roster: a known surname is enough;
 * a surname that is also a word or a given name ("Cousin", "Day", "Jordan")
 * needs a roster header, a grade after it, or other roster items beside it.
 * A sign-off or greeting ("Love, Sophie", "Merci, Sophie!") is never one.
 *
 * Also: a medal label opens an item ("Bronze – Vermette, Anaïs"); a surname that is also a
 * title or verb counts between clear pairs ("Olsen, Maya; Keeper, Destiny / Kaur, Navneet");
 * never after a courtesy title ("Direction adjointe : Monsieur Nguyen, Paul", an adult), before
 * a province ("Halifax, Nova Scotia"), or as a label before a first name ("Goalie, Ava;
 * Striker, Noah", "Citizenship, Emma").
 */
export interface RosterPair {
  /** Index of the surname word; the given name is k + 1 … last ("Manalo, Andrea Joy"). */
  k: number
  last: number
  /** Where the surname starts when particles open it ("Van der Berg, Anna", "Dela Cruz, Andrei"). */
  first: number
}

/** Words that open a greeting or a sign-off before a first name ("Love, Sophie"). */
const GREETINGS = new Set(
  (
    "hi hello hey dear love cheers sincerely regards best thanks thank merci bonjour salut allo " +
    "coucou bravo congrats congratulations felicitations welcome bienvenue yay wow woohoo oh ok okay " +
    "sorry please go xoxo warmly cordialement amicalement bisous bises hugs well yes no good great " +
    "awesome amazing nice go way happy joyeux bonne bon cher chere attention reminder note psst " +
    "today tonight tomorrow yesterday finally also first next then again aujourd'hui demain hier enfin " +
    "amities amitie affectueusement tendrement xo"
  ).split(" ")
)

/** "Honour roll:", "Award winners:", "Tableau d'honneur :": the list after the colon is a roster. */
const HEADER =
  /(?:honou?r|award|winner|recipient|roster|list|line-?up|tableau|palmares|laureat|gagnant|finalist|medal|medaille|certificat|nominee|result|team|equipe|merit|dean|mention|scholar|bursar|prix|all-star|athlete|student|eleve)[^:.!?]{0,40}:/i

/** After the given name: a grade ("(Gr. 6)", "Gr. 7", "- Grade 4") or a column of numbers. */
const GRADE_AFTER =
  /^\s*(?:[(,–-]\s*|\s)(?:gr\b|grade\b|gr\.|annee\b|niveau\b|\d{1,2}(?:e|th|st|nd|rd)?\b|k\b)/i

/** Before the surname: start of the sentence (after a bullet or number), or a list separator. */
const ITEM_START =
  /(?:[:;•·▪*–/|]\s*|[\p{Extended_Pictographic}\uFE0F]\s+|\s-\s*|\s{2,}|(?:^|\s)\d{1,2}(?:st|nd|rd|th|e|er|re|[.)])?\s+|(?:^|\s)\d{1,2}(?:st|nd|rd|th|e|er|re)\s+(?:place|prize|prix)\s*:?\s+|\)\s*,\s*(?:(?:and|et|&)\s+)?|\)\s+(?:and|et|&)\s+)$/iu
/** "1) Haidari Omid 2) …": the next numbered item right after the given name. */
const NEXT_NUMBERED = /^\s+\d{1,2}[.)]\s/
/** Column headers, not names: "NOM, Prénom", "Last, First". */
const HEADER_WORDS = /^(?:nom|prenom|last|first|surname|given|name|names|noms|prenoms)$/i
/** Only a bullet or a number before the pair: it starts the sentence. */
const LEADING = /^[\s•·▪*–\-\d.)|\p{Extended_Pictographic}\uFE0F]*$/u
/**
 * After the given name: a separator, a bracket, a column gap, or what closes a pasted list's
 * last line ("3. Popescu, Ana 🏆", "McIvor, Tia #ProudTeacher"): an emoji or a hashtag
 * (the end of the sentence: below).
 */
const ITEM_END =
  /^(?:\s*[;(/|•·▪]|\s*:\s|\s+[-–—]\s|\s{2,}|\s*(?:,\s*)?(?:(?:and|et|&)\s+)?\p{Lu}{2,}\b|\s*\p{Extended_Pictographic}|\s+#[\p{L}\d])/u

const COMMA = /^,\s*$/
const COLUMN = /^\s{2,}$/

/** CONTEXT_CUES as a whole word: "Congrats", "Winners", "Merci". */
const CUE_WORD = quickToCompile(`^${CONTEXT_CUES.source.replace(/^\\b|\\b$/g, "")}$`, "i")

function cueWord(w: Word): boolean {
  const t = w.text.toLowerCase()
  return GREETINGS.has(t) || CUE_WORD.test(t)
}

function givenName(n: Word, w: Word, listed: boolean): boolean {
  if (n.initial || n.flags & (STOP | TITLE)) return false
  if (HEADER_WORDS.test(n.text) || HEADER_WORDS.test(w.text)) return false
  // "BOISVERT emma": a surname in capitals, then a known given name typed in lower case.
  if (!n.cap) return w.upper && w.text.length >= 3 && (n.flags & FIRST) !== 0 && !(n.flags & COMMON)
  // "Brooklyn", "Regina": a town that is also a given name, only on a line of a list of names.
  if (n.flags & PLACE && !(listed && n.flags & FIRST)) return false
  // After a surname in capitals ("BERNARD Gonthier") an unknown capitalised word is the given name;
  // so it is on a line of a list of names ("Warsame, Ilhan").
  if (!(n.flags & FIRST) && !((w.upper || listed) && !n.upper && unknownCap(n))) return false
  if (n.upper && !w.upper) return false
  return !REGIONS.has(n.text.toLowerCase())
}

/** A medal or a place before an item: "Bronze – ", "Or : ", "2nd place – ". */
const MEDAL_LABEL =
  /(?:^|[^\p{L}])(?:gold|silver|bronze|or|argent|(?:1st|2nd|3rd|1re|1er|2e|3e)(?:\s+(?:place|prize|prix))?)\s*[-–—:]\s*$/iu

/** A surname no word list knows as an ordinary word, or one in capitals: its sentence is a roster. */
const anchorSurname = (w: Word): boolean => w.upper || (w.flags !== 0 && !(w.flags & COMMON))

/** Courtesy titles: only adults are written with one ("M." is Monsieur). */
const COURTESY = new Set(
  "mr mrs ms mx miss mister dr dre drs dres madame mme mmes mlle mademoiselle monsieur m mm prof sir dame".split(
    " "
  )
)

/** Particles that open a surname: "Van der Berg", "Dela Cruz", "Des Rosiers", "St. Pierre", "DELA CRUZ". */
const OPENING_PARTICLES = new Set(
  "van von vander der den de del della dela delos da das dos di du des la le ter ten st ste mac".split(
    " "
  )
)

/** Index of the first word of the surname at k: up to two particles right before it. */
function particlesBefore(words: Word[], k: number, used: boolean[]): number {
  let first = k
  while (first > 0 && k - first < 2) {
    const p = words[first - 1]!
    const gap = words[first]!.gap
    if (used[first - 1] || !OPENING_PARTICLES.has(p.text.toLowerCase().replace(/\.$/, ""))) break
    if (!/^\.?\s$/.test(gap) || (p.text.length > 3 && p.upper !== words[k]!.upper)) break
    first--
  }
  // The surname opens with a capital ("Van der Berg"), not a lower-case "de" of the sentence.
  while (first < k && !words[first]!.cap) first++
  return first
}

const TOWN_ENDING =
  /\p{L}(?:ville|burg|bourg|bury|view|land|shire|mouth|port|stead|crest|wood|dale|field|ford|ton|town|ham|burn|brook|mount)$/iu

/** "Monday, June 2", "vendredi, Juin": a weekday is never a surname in a list. */
const WEEKDAYS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/i

/**
 * "Keeper, Destiny", "King, Ava", "Read, Liam": a surname that is also a title or a verb, only as
 * an item between pairs that are clearly names (below); never a title only adults carry.
 */
function wordySurname(w: Word): boolean {
  const t = w.text.toLowerCase()
  return (
    w.cap &&
    !w.upper &&
    w.text.length >= 3 &&
    (w.flags & LAST) !== 0 &&
    (w.flags & (TITLE | VERB)) !== 0 &&
    !(w.flags & STOP) &&
    !ALWAYS_TITLES.has(t) &&
    !COURTESY.has(t) &&
    !PLACE_PREFIXES.has(t) &&
    !cueWord(w)
  )
}

function surnameWord(w: Word): boolean {
  // "Mercredi" is a surname too: a weekday only when the surname lists do not know it.
  if (WEEKDAYS.test(w.text) && !(w.flags & LAST)) return false
  // "KEEPER, Tyson": in capitals, a surname that is also a title or word is still the surname.
  const flags = w.upper ? w.flags & ~(TITLE | VERB) : w.flags
  if (!w.cap || w.initial || w.text.length < 2 || flags & (STOP | TITLE | VERB)) return false
  // "École Taché", "Collège Louis-Riel", "Fort Alexander": a place, however the list is laid out.
  if (PLACE_PREFIXES.has(w.text.toLowerCase())) return false
  return !cueWord(w)
}

/**
 * `listed`: the sentence is a line of a list of names (list-lines.ts), so a pair at its start
 * needs no header, grade or neighbour of its own.
 */
export function rosterPairs(
  text: string,
  words: Word[],
  used: boolean[],
  listed = false
): RosterPair[] {
  const out: RosterPair[] = []
  const candidates: {
    k: number
    first: number
    last: number
    comma: boolean
    start: boolean
    end: boolean
    atStart: boolean
    more: boolean
    unknownGiven: boolean
    wordy: boolean
  }[] = []
  // "Winners: Unger, Brielle / …": after a roster header a given name we do not know still counts.
  const headerAt = HEADER.exec(text)
  const afterHeader = headerAt ? headerAt.index + headerAt[0].length : Infinity
  for (let k = 0; k + 1 < words.length; k++) {
    const [w, n] = [words[k]!, words[k + 1]!]
    const wordy = !surnameWord(w) && wordySurname(w)
    if (used[k] || used[k + 1] || !(surnameWord(w) || wordy)) continue
    const first = particlesBefore(words, k, used)
    // "Direction adjointe : Monsieur Nguyen, Paul", "Office: Mrs. Dueck, Anna": a courtesy title
    // before "Surname, Given" makes the pair an adult's name, in any list.
    const title = words[first - 1]
    if (
      title &&
      COURTESY.has(title.text.toLowerCase().replace(/\.$/, "")) &&
      /^\.?\s+$/.test(words[first]!.gap)
    )
      continue
    const comma = COMMA.test(n.gap)
    // "list: Abdullahi, Sagal; Pham, Minh": an item that ends in ";" may have a given name we do
    // not know; it then needs a header or other items (below).
    const semicolon = comma && /^\s*[;•·▪]/.test(text.slice(n.end, n.end + 3))
    // "Mohamed, Hamdi ($385)", "Jama, Hibo | 23": a bracket or a column bar closes the item too.
    const closed = comma && /^\s*[(|]/.test(text.slice(n.end, n.end + 3))
    // "Tran, Minh / Mohamud, Fadumo": an item after a slash, like one before ";".
    // Only after a known surname: "Oakbank, Anola / Hazelridge, Ostenfeld" are stops on a route.
    const slashed =
      comma &&
      (w.flags & LAST) !== 0 &&
      /\/\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start))
    // "Finalists: Selkirk, Lockport / Oakbank, Anola": after a known town, an unknown word is
    // another town; so is a word with a town's ending ("Kirkfield"), unless the line is a list item.
    const townish = !(n.flags & FIRST) && (w.flags & PLACE || TOWN_ENDING.test(n.text))
    // "Bronze – Vermette, Anaïs", "Gold: Wiebe, Kaleb": a medal or place label opens the item.
    // Only a surname that is nothing else ("Gold – Yellow, Amber; Silver – Grey, Ash" are colours).
    const medal =
      (w.flags & LAST) !== 0 &&
      !(w.flags & (COMMON | FIRST | PLACE)) &&
      MEDAL_LABEL.test(text.slice(Math.max(0, w.start - 14), w.start))
    const loose = semicolon || closed || slashed || medal || afterHeader <= w.start
    if (!givenName(n, w, listed || (loose && !townish))) continue
    // "Manalo, Andrea Joy", "Pham, Minh Chau": a second given name, when the item ends after it.
    const g2 = words[k + 2]
    let last = k + 1
    if (comma && g2 && g2.gap === " " && g2.cap && !g2.upper && g2.flags & FIRST && !used[k + 2]) {
      const rest = text.slice(g2.end, g2.end + 40)
      if (
        !(g2.flags & (STOP | TITLE)) &&
        (ITEM_END.test(rest) ||
          GRADE_AFTER.test(rest) ||
          (g2.end + 40 >= text.length && /^[\s.!?)\]]*$/.test(rest)))
      )
        last = k + 2
    }
    // "Halifax, Nova Scotia", "Victoria, British Columbia": the "given name" opens a province.
    const region = words[last + 1]
    if (
      region &&
      region.cap &&
      region.text.length >= 4 &&
      /^\s+$/.test(region.gap) &&
      REGIONS.has(region.text.toLowerCase())
    )
      continue
    // "Treasurer, Mark Klassen", "Chair, Sarah Penner": a label, then a full name in plain order;
    // a known surname right after the given name is that name's own, so the label is no surname.
    const h = words[last + 1]
    if (
      comma &&
      h &&
      !used[last + 1] &&
      /^\s$/.test(h.gap) &&
      h.cap &&
      (h.flags & LAST) !== 0 &&
      !(h.flags & (FIRST | COMMON)) &&
      !(w.flags & LAST)
    )
      continue
    // "Kaur | Simran": a column bar is a column gap.
    if (!comma && !/^\s+$/.test(n.gap) && !(listed && /^\s*\|\s*$/.test(n.gap))) continue
    // Bounded windows: a 100,000-character post must not be re-scanned for every pair.
    const from = words[first]!.start
    const before = text.slice(Math.max(0, from - 40), from)
    const atStart = from <= 40 && LEADING.test(before)
    const start =
      atStart || ITEM_START.test(before) || (w.upper && /(?:,|\b(?:and|et)|&)\s*$/i.test(before))
    const nEnd = words[last]!.end
    const after = text.slice(nEnd, nEnd + 40)
    const end = ITEM_END.test(after) || (nEnd + 40 >= text.length && /^[\s.!?)\]]*$/.test(after))
    candidates.push({
      k,
      first,
      last,
      comma,
      start: start,
      end: end || GRADE_AFTER.test(after),
      atStart,
      more: false,
      unknownGiven: !(n.flags & FIRST) && !w.upper,
      wordy
    })
  }
  // "FRIESEN, Ethan and PENNER, Abby", "Tremblay, Sophie, Flett, Jordan": another pair follows.
  const at = new Set(candidates.filter((c) => c.comma).map((c) => c.k))
  for (const c of candidates) {
    const next = words[c.k + 2]
    if (!next || c.end) continue
    const glue = /^(?:and|et|&)$/i.test(next.text) && /^\s+$/.test(next.gap)
    c.more = glue ? at.has(c.k + 3) : /^,\s*$/.test(next.gap) && at.has(c.k + 2)
  }
  if (!candidates.length) return out
  // "Senior  Farah, Nasteho" (table cells; a tab is a space once normalised): a column word before a "Surname, Given" pair is not its surname.
  const commaAt = new Set(candidates.filter((c) => c.comma).map((c) => c.k))
  for (let x = candidates.length - 1; x >= 0; x--)
    if (!candidates[x]!.comma && commaAt.has(candidates[x]!.k + 1)) candidates.splice(x, 1)
  const items = candidates.filter((c) => c.comma && c.start && c.end && !c.wordy).length
  const headerMatch = HEADER.exec(text)
  const headerEnd = headerMatch ? headerMatch.index + headerMatch[0].length : Infinity
  for (const c of candidates) {
    const [w, n] = [words[c.k]!, words[c.last]!]
    const after = text.slice(n.end, n.end + 40)
    const grade = GRADE_AFTER.test(after)
    const header = headerEnd <= w.start
    const list = items >= 2
    const context = grade || header || list || listed
    if (c.unknownGiven && !listed && !header && !list) continue
    // "Tran, Linh / Olsen, Maya; Keeper, Destiny / Kaur, Navneet": a word-surname item, a given
    // name we know, and at least two other items of the same sentence that are names.
    if (c.wordy) {
      const g = words[c.k + 1]!
      const others = candidates.filter(
        (o) => o !== c && o.comma && o.start && o.end && !o.wordy && words[o.k]!.flags & LAST
      ).length
      if (c.comma && c.start && c.end && g.flags & FIRST && !(g.flags & COMMON) && others >= 2)
        out.push({ k: c.k, last: c.last, first: c.first })
      continue
    }
    const lastOnly = (w.flags & LAST) !== 0 && !(w.flags & (FIRST | COMMON | PLACE))
    const firstOnly = (w.flags & FIRST) !== 0 && !(w.flags & LAST)
    // Nothing but the pair (and a full stop): a line of a pasted list, not "Wow, Sophie!".
    const alone = c.atStart && n.end + 40 >= text.length && /^\s*\.?\s*$/.test(after)
    let ok = false
    // A line of a list of names: the pair that opens it ("2. Mendoza, Lucía", "Balcaen Amélie 7A").
    // A table row ("Junior  Funk, Oliver  Which paper towel…"): its first "Surname, Given" cell.
    const cell = listed && c.comma && !out.length && !firstOnly && !c.start
    if (cell || (listed && c.start && !out.length && !(firstOnly && !c.comma && !w.upper))) {
      out.push({ k: c.k, last: c.last, first: c.first })
      continue
    }
    if (c.comma) {
      const strong = lastOnly || (w.upper && !(w.flags & COMMON))
      // "FRIESEN, Ethan and PENNER, Abby": a known or unknown surname in capitals is roster style
      // anywhere in the sentence.
      // An unknown word in capitals may be an acronym ("NAIG, Tristan"): only after a naming cue.
      const unknown = w.flags === 0 && w.text.length >= 5 && cueBefore(text, w.start)
      if (w.upper && !n.upper && (lastOnly || unknown)) {
        out.push({ k: c.k, last: c.last, first: c.first })
        continue
      }
      if (!c.start || !(c.end || (c.more && strong))) continue
      if (firstOnly) ok = grade || (list && header)
      else if (strong) ok = true
      else if (w.flags & FIRST || w.flags & PLACE) ok = context
      else ok = context || (alone && (unknownCap(w) || (w.flags & COMMON) !== 0))
    } else {
      // "TREMBLAY Sophie", "COUSIN Madeleine, BARON Luc"; columns "Cousin  Madeleine  Gr. 5".
      // Capitals mark the surname, even one that is also a given name ("BERNARD Gonthier").
      if (!c.start || (firstOnly && !w.upper)) continue
      if (w.upper && !n.upper) ok = w.text.length >= 3 && (c.end || !(w.flags & COMMON))
      else if (COLUMN.test(n.gap) || grade) ok = c.end && (lastOnly || context || unknownCap(w))
      else {
        // "1) Haidari Omid 2) Fontaine-Roy Maxime 3) Yusuf Amina.": numbered items, no commas.
        const num = /(?:^|\s)(\d{1,2})[.)]\s+$/.exec(text.slice(Math.max(0, w.start - 6), w.start))
        ok =
          !!num &&
          (n.flags & FIRST) !== 0 &&
          !firstOnly &&
          (NEXT_NUMBERED.test(after) || (Number(num[1]) >= 2 && /^\s*[.!;]/.test(after)))
      }
      if (!w.upper && !lastOnly && w.flags & FIRST && !context) ok = false
    }
    if (ok) out.push({ k: c.k, last: c.last, first: c.first })
  }
  // "Crayons, Markers; Scissors, Glue", "Comets, Planets": the shape of a roster alone is not a
  // person. A pair whose surname no surname list knows and whose given name no given-name list
  // knows (and no capitals mark) stands only beside pairs that are known to be names.
  const named = (p: RosterPair) =>
    words[p.k]!.upper ||
    (words[p.k]!.flags & LAST) !== 0 ||
    words.slice(p.k + 1, p.last + 1).some((g) => (g.flags & FIRST) !== 0)
  // A line of a list of names already has one (list-lines.ts).
  if (!listed && !out.some(named)) out.length = 0
  // "Awards: Citizenship, Emma; Leadership, Noah", "Positions: Goalie, Ava; Striker, Noah",
  // "Groups: Blue, Ava; Green, Noah": a label, then a first name. Without one pair whose surname
  // is no ordinary word ("Tremblay, Sophie; Cousin, Madeleine", "Land, Noah; Paris, Olivia"), a pair whose
  // "surname" is an ordinary word is no name; once one is dropped, so is a word that is also a
  // surname ("Green"). Surnames that are words, alone ("Thunder, Kaylee; Moose, Tyler"), stay.
  if (!listed && !out.some((p) => anchorSurname(words[p.k]!))) {
    const wordOnly = (p: RosterPair) => {
      const w = words[p.k]!
      return !w.upper && !!(w.flags & COMMON) && !(w.flags & LAST)
    }
    const graded = (p: RosterPair) =>
      GRADE_AFTER.test(text.slice(words[p.last]!.end, words[p.last]!.end + 40))
    const dropped = out.filter((p) => wordOnly(p) && !graded(p))
    if (dropped.length) {
      const keep = out.filter(
        (p) => !(words[p.k]!.flags & COMMON) || words[p.k]!.upper || graded(p)
      )
      out.length = 0
      out.push(...keep)
    }
  }
  // "Kovalenko, Dmytro, Flett, Tanis, Mercado, Ysabel": the pairs inside the chain.
  for (const p of commaChain(text, words, used))
    if (!out.some((o) => Math.abs(o.k - p.k) <= 1)) out.push(p)
  return out.sort((a, b) => a.k - b.k)
}

/**
 * An honour roll pasted as one line of commas: "Kovalenko, Dmytro, Flett, Tanis, Brar, Karanveer".
 * An even run of capitalised words joined only by ", ", alone on its line or after a colon,
 * whose every other word is mostly a known given name and whose surnames are never given names
 * only ("Aiden, Priya, Noah, Emma" is a list of first names).
 */
function commaChain(text: string, words: Word[], used: boolean[]): RosterPair[] {
  const out: RosterPair[] = []
  const plain = (w: Word) =>
    w.cap && !w.upper && !w.initial && !w.possessive && !(w.flags & (STOP | TITLE | VERB))
  for (let a = 0; a < words.length;) {
    let b = a
    while (b + 1 < words.length && /^,\s+$/.test(words[b + 1]!.gap) && plain(words[b + 1]!)) b++
    const run = words.slice(a, b + 1)
    if (
      run.length >= 4 &&
      run.length % 2 === 0 &&
      run.every(plain) &&
      !used.slice(a, b + 1).includes(true)
    ) {
      const surnames = run.filter((_, x) => x % 2 === 0)
      const givens = run.filter((_, x) => x % 2 === 1)
      const before = text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start)
      const starts = /:\s*$/.test(before) || (run[0]!.start <= 40 && LEADING.test(before))
      const ends = /^\s*(?:[.!;]|$)/.test(text.slice(run[run.length - 1]!.end))
      const known = givens.filter((w) => w.flags & FIRST && !(w.flags & (COMMON | PLACE))).length
      const firstOnly = surnames.some((w) => w.flags & FIRST && !(w.flags & LAST))
      // "Jordan, Harper, Mason, Taylor": given names that are also surnames are a list of kids.
      const surnamely = surnames.filter((w) => !(w.flags & FIRST)).length
      // After a roster header ("Honour roll:"), given names we do not know, if no word is a place.
      // So too when every surname is a known surname ("Kovalenko, Dmytro, Flett, Tanis, …").
      const lastNames = surnames.filter((w) => w.flags & LAST).length === surnames.length
      const header =
        (HEADER.test(text.slice(0, run[0]!.start)) || lastNames) &&
        !run.some((w) => w.flags & (PLACE | COMMON))
      if (
        starts &&
        ends &&
        (known * 2 >= givens.length || header) &&
        !firstOnly &&
        surnamely * 2 >= surnames.length
      )
        for (let k = a; k < b; k += 2) out.push({ k, last: k + 1, first: k })
    }
    a = b + 1
  }
  return out
}
