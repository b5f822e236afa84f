import { quickToCompile } from "../text/quick-compile"
import { COMMON, FIRST, LAST, PLACE } from "./lexicon"
import { PUBLIC_FIGURES } from "./exemptions"
import { foldMarks, spanKey, toWords, type Word } from "./words"
/**
 * Lists of names pasted one per line from the school's information system:
 *
 *   Honour roll – Grade 7        Résultats                Dec 3 – Olawale, Tobi
 *   1. Harper, Brooklyn          Nom  Prénom  Classe      Dec 11 – Bergen, Anna
 *   2. Mendoza, Lucía            Balcaen  Amélie  7A      Name: Okeke, Chisom — 42 books
 *
 * Each line is its own sentence, so a line alone cannot say it belongs to a roster
 * ("Harper, Brooklyn" could be a town). This looks at the lines together: a line
 * shaped like one list item (an optional bullet, number, date or label, two or three
 * capitalised words in roster order, an optional grade or count) is a list line when
 * another such line is next to it or a header line ending in ":" (or a column
 * header "Nom Prénom", "Last Name First Name") comes before it. rosterPairs() then
 * accepts the pair on that line with less evidence (roster.ts).
 *
 * What it is not: a block of items none of which is a known name ("Crayons, Markers",
 * "Lecture, Écriture": namedItem() below), a book list ("Munsch, Robert – Love You Forever": capitalised words
 * follow the pair), places ("Paris, France": rosterPairs still rejects places as
 * given names), a sign-off ("Love,\nSophie": one word on the line).
 */

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'-]*`
/** Inside a surname: "Van der Berg", "De la Cruz". */
const PARTICLE = String.raw`(?:de|der|den|la|le|du|des|da|di|del|van|von|ter|ten)`
/** Before the pair: bullets and numbers, or a short label ending in ":" or a dash ("Dec 3 –", "Name:"). */
const PREFIX = String.raw`(?:[\s•·▪*\d.)|]*|\s*[-–]\s+|\s*\d{1,2}(?:st|nd|rd|th|e|er|re)\.?\s+|[^,;:\n]{1,25}?\s[-–—:]\s*|[^,;:\s\n][^,;:\n]{0,24}:\s*)`
/** The pair: "Surname, Given [Given]", "SURNAME Given", "Surname Given" (columns), "Surname | Given". */
const PAIR = String.raw`${NAME_WORD}(?:\s(?:${PARTICLE}\s){0,2}${NAME_WORD})?(?:\s*[,|]\s*|\s+)${NAME_WORD}(?:\s${NAME_WORD})?`
/**
 * After the pair: nothing, a grade, a bracket, a number, a dash and a grade or a count
 * (DESCRIBED_ITEM: or a dash and a description in lower case).
 */
const TAIL = String.raw`(?:\s*[.;,!]?\s*|\s*[,(|•·▪].*|\s*:\s.*|\s+(?:gr\.?|grade|ann[ée]e)\s*\d.*|\s+\d.*|\s+[-–—]\s*(?:\d|gr\b|grade|k\b|kindergarten|maternelle|ann).*|\s+\p{Lu}?\d\p{L}?\b.*)`
const ITEM = quickToCompile(`^${PREFIX}${PAIR}${TAIL}$`, "iu")
const ITEM_CASED = quickToCompile(`^${PREFIX}(${PAIR})`, "u")
/** "Yusuf, Ilhan – Somali poetry": a lower-case description (a book's title after a dash is in title case). Cased. */
const DESCRIBED_ITEM = quickToCompile(
  String.raw`^${PREFIX}${PAIR}\s+[-–—]\s+(?=.*\s\p{Ll}{4,}).*$`,
  "u"
)
/**
 * "Okemow, Tanis – Indigenous Leadership Bursary", "Mohamed, Ilham – Prix Louis-Riel": a dash and
 * the award the student won. A title in title case after the dash is a book's (an author), so
 * only a description that names an award, a medal or a bursary makes the line a roster item.
 */
const AWARD_ITEM = quickToCompile(
  String.raw`^${PREFIX}${PAIR}\s+[-–—]\s+(?=(?:.*[\s'’(-])?(?:awards?|bursary|bursaries|scholarships?|medal|medals|prizes?|troph(?:y|ies)|certificates?|mvp|most improved|prix|bourses?|m[ée]dailles?|troph[ée]es?|certificats?|mention)(?=$|[\s,.)!-])).*$`,
  "iu"
)
/** A line that announces a list: "Honour roll (Gr. 8):", "Lauréats :", a column header. */
const HEADER_LINE =
  /(?::\s*$|^\s*(?:rang\s+|place\s+|#\s+)?(?:last(?:\s+name)?|surname|nom(?:\s+de\s+famille)?)[\s,|]+(?:first(?:\s+name)?|given(?:\s+name)?|pr[ée]nom)\b)/iu
/** Lines that only group the list ("Grade 8", "7e année"): skipped when looking for neighbours. */
const GROUP_LINE =
  /^\s*(?:gr(?:ade|\.)?\s*\d{1,2}|\d{1,2}(?:e|re|th|st|nd|rd)?\s+(?:ann[ée]e|grade)|kindergarten|maternelle)\s*:?\s*$/iu

/** An item whose name was already cut to the given name ("President: Hodan"): still a neighbour. */
const KEPT_ITEM = quickToCompile(
  String.raw`^(?:\s*[•·▪*\d][\s•·▪*\d.)]*|[^,;:
]{1,25}?\s[-–—:]\s*|[^,;:\s
][^,;:
]{0,24}:\s*)` + `${NAME_WORD}${TAIL}$`,
  "u"
)

/** Cells of a table's header row: "Rang | Élève | Temps", "Rank  Student  Time". */
const HEADER_CELL =
  /^(?:rang|rank|place|#|no\.?|n°|[ée]l[èe]ve|student|name|nom|pr[ée]nom|first|last|surname|temps|time|score|points|pts|grade|gr\.?|classe?|[ée]cole|school|proje[ct]t?|division|cat[ée]gorie|category|award|prix|team|[ée]quipe|event|[ée]preuve|result|r[ée]sultat|total|level|niveau|year|ann[ée]e)$/iu
const headerRow = (line: string): boolean => {
  // A tab is one space once normalised: "Division Student Project" is a row of cells too.
  const cells = line.trim().split(/\s*\|\s*|\s+/)
  return cells.length >= 2 && cells.every((c) => HEADER_CELL.test(c))
}
/** A header row with a column of names: "Division Student Project", "Rang | Élève | Temps". */
const NAME_COLUMN = /(?:^|[\s|])(?:[ée]l[èe]ve|student|name|nom)(?=$|[\s|])/iu
/** A row with a "Surname, Given" cell: "Junior Funk, Oliver Which paper towel is strongest?". */
const COMMA_PAIR_CELL = /(?:^|\s)\p{Lu}[\p{L}\p{M}'-]+,\s\p{Lu}/u

/** Rows under a table's header row that has a name column, up to the first row without a pair. */
function tableRows(lines: readonly string[]): boolean[] {
  const out = lines.map(() => false)
  for (let k = 0; k < lines.length; k++) {
    if (!(lines[k]!.length <= 120 && headerRow(lines[k]!) && NAME_COLUMN.test(lines[k]!))) continue
    for (let n = k + 1; n < lines.length && lines[n]!.length <= 160; n++) {
      if (GROUP_LINE.test(lines[n]!)) continue
      if (!COMMA_PAIR_CELL.test(lines[n]!)) break
      out[n] = true
    }
  }
  return out
}

function itemLine(line: string): boolean {
  // The case-insensitive ITEM checks the shape; the cased one that the pair really is capitalised.
  return (
    line.length <= 120 &&
    (ITEM.test(line) || DESCRIBED_ITEM.test(line) || AWARD_ITEM.test(line)) &&
    ITEM_CASED.test(line)
  )
}

/**
 * Whether the pair of an item line is known to be a name: a word the name lists know (and not
 * as an ordinary word or a place), or a surname in capitals ("TREMBLAY Sophie"). "Crayons,
 * Markers", "Lecture, Écriture", "Mercury, Venus" are shaped like items but name nobody.
 */
function namedItem(line: string): boolean {
  const pair = ITEM_CASED.exec(line)?.[1]
  if (!pair) return false
  const words = toWords(pair)
  if (words[0]?.upper && words[0].text.length >= 3 && words.some((w) => !w.upper)) return true
  // A given name does not open the pair: "Dakota, Glenlawn" is two schools.
  const known = (w: Word, flag: number) => (w.flags & flag) !== 0 && !(w.flags & (COMMON | PLACE))
  return words.some((w, x) => known(w, LAST) || (x > 0 && known(w, FIRST)))
}

const BOOKS =
  /\b(?:books?|livres?|novels?|romans?|authors?|auteur(?:e|s|es)?|reading list|book list|liste de lecture|bibliographie|picture books|albums?)\b/i
const NOT_BOOKS =
  /\b(?:winners?|gagnant|awards?|prix|students?|eleves?|young|jeunes|our own|nos propres|club|contest|concours)/i
/** "Book bin picks:", "Livres :", "Authors we love:"; not "Young Authors winners:" (students write). */
function bookHeader(line: string): boolean {
  const f = foldMarks(line)
  return line.length <= 120 && /:\s*$/.test(line) && BOOKS.test(f) && !NOT_BOOKS.test(f)
}
/** An item whose pair is a known author, surname first: "Munsch, Robert – …". */
function authorItem(line: string): boolean {
  const pair = ITEM_CASED.exec(line)?.[1] ?? ""
  const words = toWords(pair)
  if (words.length < 2) return false
  const given = spanKey(pair, words[1]!, words[words.length - 1]!)
  return PUBLIC_FIGURES.has(`${given} ${spanKey(pair, words[0]!, words[0]!)}`)
}

/** For each line, whether it is an item of a list of names. */
export function listLines(lines: readonly string[]): boolean[] {
  const listed = listedLines(lines)
  // A block of list lines (group lines such as "Grade 8" inside it) is a list of names only when
  // one of its items is a known name; otherwise each line is read as an ordinary sentence.
  for (let a = 0; a < lines.length; a++) {
    if (!listed[a]) continue
    let b = a
    const block: number[] = []
    while (b < lines.length && (listed[b] || GROUP_LINE.test(lines[b]!))) {
      if (listed[b] && itemLine(lines[b]!)) block.push(b)
      b++
    }
    // "Livres :\nMunsch, Robert – La princesse…\nCroteau, Marie-Danielle – Le chat de Windigo": a
    // block under a header about books, or with one known author in it, lists authors.
    let h = a - 1
    while (h >= 0 && (GROUP_LINE.test(lines[h]!) || !lines[h]!.trim())) h--
    const books = h >= 0 && bookHeader(lines[h]!)
    if (
      books ||
      block.some((k) => authorItem(lines[k]!)) ||
      !block.some((k) => namedItem(lines[k]!))
    )
      for (const k of block) listed[k] = false
    a = b
  }
  return listed
}

function listedLines(lines: readonly string[]): boolean[] {
  const item = lines.map(itemLine)
  const header = lines.map((l) => l.length <= 120 && (HEADER_LINE.test(l) || headerRow(l)))
  const rows = tableRows(lines)
  return lines.map((_, k) => {
    if (rows[k]) return true
    if (!item[k] || header[k]) return false
    for (const d of [-1, 1]) {
      let n = k + d
      while (n >= 0 && n < lines.length && GROUP_LINE.test(lines[n]!)) n += d
      if (n < 0 || n >= lines.length) continue
      if (item[n] || (d < 0 && header[n]) || (!header[n] && KEPT_ITEM.test(lines[n]!))) return true
    }
    return false
  })
}
