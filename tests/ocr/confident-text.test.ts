/**
 * A photo of faces with no text in it (face-api's sample3.jpg) used to give a
 * "Student's full name" finding: tesseract read shadows as "FTIR Tae". The
 * words and confidences it read (sample3-words.json, recorded from tesseract.js
 * on this machine) are checked here with and without the confidence filter.
 */
import { readFileSync } from "node:fs"
import path from "node:path"

import { createChecker } from "../../src/core/checker"
import { confidentText, MIN_WORD_CONFIDENCE, type OcrBlocks } from "../../src/ocr/confident-text"
import { defaultCheckSettings } from "../../src/settings/defaults"

const recorded = JSON.parse(readFileSync(path.join(__dirname, "sample3-words.json"), "utf8")) as {
  text: string
  lines: [string, number][][]
}

const blocksOf = (lines: [string, number][][]): OcrBlocks[] => [
  {
    paragraphs: [
      {
        lines: lines.map((l) => ({ words: l.map(([text, confidence]) => ({ text, confidence })) }))
      }
    ]
  }
]

function photoFindings(text: string): string[] {
  const checker = createChecker(defaultCheckSettings)
  return checker
    .check({ text: "Our team!", attachments: [{ kind: "image", name: "Photo 1", text }] })
    .findings.filter((f) => f.source?.kind === "image")
    .map((f) => f.rule)
}

describe("confidentText", () => {
  test("the raw text of the face photo gives a false full-name finding (what the filter is for)", () => {
    expect(photoFindings(recorded.text)).toContain("student-full-name")
  })

  test("with only confident words, the face photo gives no finding from its text", () => {
    const text = confidentText({ text: recorded.text, blocks: blocksOf(recorded.lines) })
    expect(text).not.toMatch(/FTIR|Tae/)
    expect(photoFindings(text)).toEqual([])
  })

  test("printed text read with confidence is kept, line by line", () => {
    const flyer: [string, number][][] = [
      [
        ["Congratulations", 94],
        ["Emma", 91],
        ["Thompson!", 90]
      ],
      [
        ["Gym", 92],
        ["7", 88],
        ["pm", 30]
      ]
    ]
    const text = confidentText({ text: "", blocks: blocksOf(flyer) })
    expect(text).toBe("Congratulations Emma Thompson!\nGym 7")
    expect(photoFindings(text)).toContain("student-full-name")
  })

  test("words exactly at the threshold stay; no blocks keeps the text as it came", () => {
    const at: [string, number][][] = [
      [
        ["Ready", MIN_WORD_CONFIDENCE],
        ["x", MIN_WORD_CONFIDENCE - 1]
      ]
    ]
    expect(confidentText({ text: "", blocks: blocksOf(at) })).toBe("Ready")
    expect(confidentText({ text: "as read" })).toBe("as read")
    expect(confidentText({ text: "as read", blocks: null })).toBe("as read")
  })
})
