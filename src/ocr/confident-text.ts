/**
 * The text of a photo as the checker should see it: only the words tesseract is
 * reasonably sure of. A photo without text (faces, a playground) still comes
 * back as lines of "words" made of shadows and hair, some of them capitalised
 * pairs like "FTIR Tae" that the name rules would take for a student's full
 * name. Those guesses have low confidence (0–20 on the face-api sample photos),
 * while printed text on flyers and signs reads at 85–96; noise above 60 is
 * single marks ("|", "J", "4"), which no rule takes for a name.
 */
export const MIN_WORD_CONFIDENCE = 60

interface OcrWord {
  text: string
  confidence: number
}

/** The part of tesseract.js's `blocks` output used here. */
export interface OcrBlocks {
  paragraphs: { lines: { words: OcrWord[] }[] }[]
}

/**
 * Lines of confident words (paragraphs apart by a blank line, as tesseract's own
 * text). Without `blocks` (an older worker, a test double) the text is kept.
 */
export function confidentText(
  data: { text: string; blocks?: OcrBlocks[] | null },
  min = MIN_WORD_CONFIDENCE
): string {
  if (!data.blocks) return data.text
  const paragraphs: string[] = []
  for (const block of data.blocks)
    for (const paragraph of block.paragraphs) {
      const lines = paragraph.lines
        .map((line) =>
          line.words
            .filter((w) => w.confidence >= min)
            .map((w) => w.text)
            .join(" ")
        )
        .filter((line) => line.trim() !== "")
      if (lines.length) paragraphs.push(lines.join("\n"))
    }
  return paragraphs.join("\n\n")
}
