import { listedWith } from "./context"

/**
 * "Author study: Robert Munsch, David Alexander Robertson and Katherena Vermette": when a
 * sentence about books, art or study lists a public figure we know, the names listed with it
 * are more of the same (authors, artists, scientists), not students. The whole list goes,
 * however long, as long as one of its names is a figure and the sentence speaks of their work.
 */
const CREATORS =
  /\b(?:authors?|auteur(?:e|s|es)?|writers?|ecrivain\w*|books?|livres?|novels?|romans?|reading|lecture|read|lit|lisons|study|studying|etude|poets?|poetes?|poems?|poemes?|illustrat\w*|artists?|artistes?|painters?|peintres?|composers?|compositeur\w*|musicians?|musicien\w*|scientists?|scientifiques?|inventors?|inventeur\w*|biograph\w*|famous|celebres?|historical|historiques?)\b/

interface Span {
  start: number
  end: number
}

/** The candidates that are not in one list with a known figure (`figures`), in text order. */
export function notWithFigures<T extends { span: Span }>(
  text: string,
  figures: Span[],
  candidates: T[],
  /** "… and Nathan Flett read his poem", "Sophie Tremblay's picks": a person here, whatever the list. */
  person: (span: Span) => boolean
): T[] {
  if (!figures.length || !candidates.length) return candidates
  const folded = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
  if (!CREATORS.test(folded)) return candidates
  const items = [
    ...figures.map((span) => ({ span, figure: true, c: undefined as T | undefined })),
    ...candidates.map((c) => ({ span: c.span, figure: false, c: c as T | undefined }))
  ].sort((a, b) => a.span.start - b.span.start)
  const drop = new Set<T>()
  // Runs of items joined only by list punctuation: one list.
  for (let a = 0; a < items.length;) {
    let b = a
    while (b + 1 < items.length && listedWith(text, items[b]!.span, items[b + 1]!.span)) b++
    const run = items.slice(a, b + 1)
    if (run.some((x) => x.figure)) for (const x of run) if (x.c && !person(x.span)) drop.add(x.c)
    a = b + 1
  }
  return candidates.filter((c) => !drop.has(c))
}
