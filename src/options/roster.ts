import { parseRosterEntry, type RosterSkip } from "../core/hash/names"
import { parseCsv } from "./names"

/**
 * A class list as school information systems export it, or as a teacher pastes
 * it, → one roster line per student ("Tremblay, Sophie (Soso)"), for hashing
 * (core/hash/names.ts). Pure: the options page and `npm run hash-names` use it.
 *
 * - With a header row: a full-name column ("Name", "Student Name", "Nom
 *   complet"…, "Last, First" or "First Last"), or separate columns: first
 *   ("First Name", "Legal First Name", "Given Name", "Prénom"), preferred
 *   ("Preferred Name", "Prénom usuel"), last ("Last Name", "Surname", "Nom",
 *   "Nom de famille"). Every other column (student numbers, grades, birthdays)
 *   is ignored and not kept.
 * - Without one: one student per line ("Sophie Tremblay", "Tremblay, Sophie",
 *   "Jonathan (Jack) Friesen"); a tab-separated line keeps its first cell.
 */

export type RosterProblem = RosterSkip | "missing-first" | "missing-last"

export interface RosterRead {
  /** Roster lines, one per student: only held in memory until hashed. */
  names: string[]
  /** Lines not read as a student, with why (line numbers count non-empty lines, header included). */
  skipped: { line: number; text: string; reason: RosterProblem }[]
  /** The columns used, as headed in the file ("First Name + Last Name"). */
  columns?: string
}

const fold = (h: string) =>
  h
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_.-]+/g, " ")
    .trim()

const FULL =
  /^(?:(?:student|legal|full|eleve) )*name(?: of student)?$|^(?:student|eleve)$|^nom (?:complet|de l'eleve|et prenom)$|^nom, prenom$|^last, first$/
const FIRST = /^(?:(?:legal|student|given) )*(?:first|given) ?name$|^first$|^prenom(?: legal)?$/
const PREFERRED =
  /^(?:preferred|usual|known as|nick|common)(?: first)? ?name$|^nickname$|^prenom (?:usuel|prefere|d'usage)$/
const LAST =
  /^(?:(?:legal|student) )*(?:last|family|sur) ?name$|^last$|^surname$|^nom(?: de famille| legal)?$/

export function readRoster(text: string): RosterRead {
  const clean = text.replace(/^\uFEFF/, "")
  const firstLine = clean.split(/\r?\n/).find((l) => l.trim()) ?? ""
  const rows = firstLine.includes("\t")
    ? clean
        .split(/\r?\n/)
        .filter((l) => l.trim())
        .map((l) => l.split("\t"))
    : parseCsv(clean)
  const header = (rows[0] ?? []).map(fold)
  const col = (re: RegExp) => header.findIndex((h) => re.test(h))
  const first = col(FIRST)
  const preferred = col(PREFERRED)
  const last = header.findIndex((h, i) => i !== first && LAST.test(h))
  const full = col(FULL)
  const byParts = first >= 0 && last >= 0
  const out: RosterRead = { names: [], skipped: [] }
  const cell = (r: string[], i: number) => (i >= 0 ? (r[i] ?? "").replace(/\s+/g, " ").trim() : "")
  const add = (line: number, text: string, name: string, missing?: RosterProblem) => {
    const e = missing ? { skip: missing } : parseRosterEntry(name)
    if ("skip" in e) {
      if (e.skip !== "empty") out.skipped.push({ line, text, reason: e.skip })
    } else out.names.push(name)
  }
  if (byParts || full >= 0) {
    const raw = rows[0]!
    out.columns = byParts
      ? [first, preferred, last]
          .filter((i) => i >= 0)
          .map((i) => raw[i]!.trim())
          .join(" + ")
      : raw[full]!.trim()
    rows.slice(1).forEach((r, k) => {
      const line = k + 2
      const pref = cell(r, preferred)
      if (byParts) {
        const f = cell(r, first)
        const l = cell(r, last)
        const shown = [f, l].filter(Boolean).join(" ")
        if (!f && !l && !pref) return
        const withPref = pref && fold(pref) !== fold(f) ? ` (${pref})` : ""
        add(
          line,
          shown,
          `${l}, ${f}${withPref}`,
          !l ? "missing-last" : !f && !pref ? "missing-first" : undefined
        )
      } else {
        const n = cell(r, full)
        if (!n) return
        add(line, n, pref && !n.includes("(") ? `${n} (${pref})` : n)
      }
    })
    return out
  }
  // No header: one student per line (a comma inside a line is "Last, First").
  clean
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .forEach((l, k) => {
      const n = l.split("\t")[0]!.replace(/\s+/g, " ").trim()
      add(k + 1, n, n)
    })
  return out
}
