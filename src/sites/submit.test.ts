import { chooseSubmit, labelKind, type SubmitCandidate } from "./submit"

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
    ["Close", "other"],
    ["Photo/video", "other"],
    ["", "other"]
  ])("%s → %s", (label, kind) => {
    expect(labelKind(label)).toBe(kind)
  })

  test("a division's extra label counts as final", () => {
    expect(labelKind("Envoyer la publication")).toBe("other")
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
