import { nameKey } from "../core/text/normalize"

/**
 * Turning what a teacher pastes or imports into a clean list of names. Pure and
 * linear: a list of thousands of names is parsed and deduplicated in well
 * under a frame.
 */

/**
 * Pasted text → names. Several lines: one name per line (a comma inside a line
 * is kept, "Lopez, Ana" stays one entry). One line: names separated by commas or
 * semicolons. Tabs (a pasted spreadsheet row) keep only the first cell.
 */
export function parseNameList(text: string): string[] {
  const lines = text.split(/\r?\n/)
  const nonEmpty = lines.filter((l) => l.trim())
  const items = nonEmpty.length > 1 ? nonEmpty : text.split(/[,;]/)
  return items.map((s) => s.split("\t")[0]!.replace(/\s+/g, " ").trim()).filter(Boolean)
}

/** Keeps the first spelling of each name; "ÉMILIE roy" and "Emilie Roy" are one name. */
export function dedupeNames(names: readonly string[]): { names: string[]; duplicates: number } {
  const seen = new Set<string>()
  const out: string[] = []
  for (const n of names) {
    const key = nameKey(n)
    if (!key || seen.has(key)) continue
    seen.add(key)
    out.push(n)
  }
  return { names: out, duplicates: names.length - out.length }
}

/** RFC 4180-ish CSV: quoted fields, doubled quotes, commas or semicolons (Excel in French). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ""
  const sep =
    (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ";" : ","
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === "") quoted = true
    else if (c === sep) {
      row.push(field)
      field = ""
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++
      row.push(field)
      rows.push(row)
      row = []
      field = ""
    } else field += c
  }
  if (field !== "" || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => r.some((f) => f.trim()))
}

const NAME_HEADER = /^(?:full[ _-]?name|name|student[ _-]?name|nom(?: complet)?|student)$/i
const FIRST_HEADER = /^(?:first[ _-]?name|given[ _-]?name|first|prénom|prenom)$/i
const LAST_HEADER = /^(?:last[ _-]?name|surname|family[ _-]?name|last|nom de famille|nom)$/i

/**
 * CSV → names: the column headed "name" (or "full name", "nom"…); else "first
 * name" + "last name" columns joined; else the first column. A header row is
 * recognised by those words and skipped.
 */
export function namesFromCsv(text: string): string[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ""))
  if (rows.length === 0) return []
  const header = rows[0]!.map((h) => h.trim())
  const nameCol = header.findIndex((h) => NAME_HEADER.test(h))
  const firstCol = header.findIndex((h) => FIRST_HEADER.test(h))
  const lastCol = header.findIndex((h, i) => i !== firstCol && LAST_HEADER.test(h))
  const pick = (r: string[]): string => {
    if (nameCol < 0 && firstCol >= 0 && lastCol >= 0)
      return `${r[firstCol] ?? ""} ${r[lastCol] ?? ""}`
    return r[nameCol >= 0 ? nameCol : 0] ?? ""
  }
  const hasHeader = nameCol >= 0 || (firstCol >= 0 && lastCol >= 0)
  return (hasHeader ? rows.slice(1) : rows)
    .map((r) => pick(r).replace(/\s+/g, " ").trim())
    .filter(Boolean)
}
