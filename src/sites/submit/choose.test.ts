import { chooseSubmit, type SubmitCandidate } from "./choose"
import { labelKind } from "./labels"

const c = (
  ref: string,
  label: string,
  more: Partial<SubmitCandidate<string>> = {}
): SubmitCandidate<string> => ({
  ref,
  label,
  disabled: false,
  after: true,
  menu: false,
  ...more
})

describe("labelKind: hints in the languages Manitoba families use", () => {
  test.each([
    ["Post", "final"],
    ["Publier", "final"],
    ["Partager", "final"],
    ["Share to story", "final"],
    ["  publicar ", "final"],
    ["Veröffentlichen", "final"],
    ["Ibahagi", "final"],
    ["I-post", "final"],
    ["ਸਾਂਝਾ ਕਰੋ", "final"],
    ["Опублікувати", "final"],
    ["发布", "final"],
    ["Next", "next"],
    ["Suivant", "next"],
    ["Weiter", "next"],
    ["Далі", "next"],
    ["Comment", "comment"],
    ["Commenter", "comment"],
    ["Close", "never"],
    ["Post all", "final"],
    ["Publier maintenant", "final"],
    ["ਪੋਸਟ ਕਰੋ", "final"],
    ["Posted 3 days ago", "other"],
    ["Postpone", "other"],
    ["Next photo", "other"],
    ["Save draft", "never"],
    ["Enregistrer le brouillon", "never"],
    ["Annuler", "never"],
    ["Send", "comment"],
    ["Envoyer", "comment"],
    ["Photo/video", "other"],
    ["", "other"]
  ])("%s → %s", (label, kind) => {
    expect(labelKind(label)).toBe(kind)
  })

  test("a division's extra label counts as final", () => {
    // Built in, it reads as a comment box's send ("Envoyer …"), never as a post's final control.
    expect(labelKind("Envoyer la publication")).toBe("comment")
    expect(labelKind("Envoyer la publication", ["envoyer la publication"])).toBe("final")
  })
})

describe("chooseSubmit", () => {
  test("behaviour wins over labels: the control that follows the editor's emptiness", () => {
    const pick = chooseSubmit([
      c("close", "Close", { after: false, followsEmptiness: false }),
      c("photo", "Photo/video", { followsEmptiness: false }),
      c("send", "Kirim", { followsEmptiness: true })
    ])
    expect(pick).toBe("send")
  })

  test("an unknown language with no behaviour seen: labels, then structure", () => {
    const list = [c("close", "Close", { after: false }), c("go", "Kirim")]
    expect(chooseSubmit(list)).toBeNull()
    expect(chooseSubmit(list, { structural: true })).toBe("go")
  })

  test("French dialog: Publier, not the photo button after it", () => {
    expect(
      chooseSubmit([c("publier", "Publier", { disabled: true }), c("photo", "Photo/vidéo")], {
        structural: true
      })
    ).toBe("publier")
  })

  test("a final label beats Next; Next is used when it is the only step control", () => {
    expect(chooseSubmit([c("next", "Next"), c("post", "Post")])).toBe("post")
    expect(chooseSubmit([c("back", "Back"), c("next", "Suivant")])).toBe("next")
  })

  test("menus, controls enabled on an empty editor and disabled fallbacks never win structurally", () => {
    expect(
      chooseSubmit(
        [
          c("more", "More", { menu: true }),
          c("emoji", "Emoji", { followsEmptiness: false }),
          c("off", "Zzz", { disabled: true })
        ],
        { structural: true }
      )
    ).toBeNull()
  })

  test("a comment send control is never taken for a post's submit by behaviour", () => {
    expect(chooseSubmit([c("comment", "Comment", { followsEmptiness: true })])).toBeNull()
  })
})

describe("chooseSubmit: table", () => {
  type Row = [string, SubmitCandidate<string>[], Parameters<typeof chooseSubmit>[1], string | null]
  const rows: Row[] = [
    [
      "Save draft follows the editor's emptiness too, but never sends",
      [
        c("draft", "Save draft", { followsEmptiness: true }),
        c("post", "Publish", { followsEmptiness: false })
      ],
      {},
      "post"
    ],
    [
      "both behave: the final word wins (Business Suite: Save as draft, Publish)",
      [
        c("draft", "Save as draft", { followsEmptiness: true }),
        c("publish", "Publish", { followsEmptiness: true })
      ],
      {},
      "publish"
    ],
    [
      "an exact final word beats a label that only starts with one",
      [c("audience", "Post audience: Public"), c("post", "Post")],
      {},
      "post"
    ],
    [
      "an enabled labelled control beats a disabled one of the same rank",
      [c("old", "Reply", { disabled: true }), c("new", "Reply")],
      {},
      "new"
    ],
    [
      "a comment box: Send is its submit",
      [c("emoji", "Emoji"), c("send", "Send")],
      { sendWords: true },
      "send"
    ],
    ["a post composer: Send is not", [c("emoji", "Emoji"), c("send", "Send")], {}, null],
    [
      "a form's own submit button, whatever it reads",
      [c("bold", ""), c("go", "Kirim", { formSubmit: true })],
      {},
      "go"
    ],
    [
      "a disabled form submit is not taken on its own",
      [c("go", "Kirim", { formSubmit: true, disabled: true })],
      {},
      null
    ],
    [
      "a labelled final beats a form submit with another label",
      [c("search", "Go", { formSubmit: true }), c("post", "Publicar")],
      {},
      "post"
    ],
    [
      "the division's own label is a final word",
      [c("x", "Envoyer la publication"), c("emoji", "Emoji")],
      { extraLabels: ["Envoyer la publication"] },
      "x"
    ],
    [
      "Next photo in a carousel is neither a step nor a submit",
      [c("prev", "Previous photo"), c("next", "Next photo")],
      {},
      null
    ],
    [
      "a behaving Next beats a later step's label-less control",
      [c("next", "Next", { followsEmptiness: true }), c("x", "Zzz", { followsEmptiness: false })],
      { structural: true },
      "next"
    ],
    ["nothing at all", [], { structural: true }, null]
  ]
  test.each(rows)("%s", (_name, candidates, opts, expected) => {
    expect(chooseSubmit(candidates, opts)).toBe(expected)
  })
})
