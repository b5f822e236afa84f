import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { Finding } from "../../types"

const checker = createChecker(defaultCheckSettings)
const found = (text: string): Finding[] =>
  checker.check({ text }).findings.filter((f) => f.rule === "professional-conduct")

/** [post, the flagged words (exact ranges)]. */
const flagged: [string, string[]][] = [
  ["Honestly, these kids are hopeless.", ["these kids are hopeless"]],
  ["my principal is an idiot", ["my principal is an idiot"]],
  ["Another memo? The division is a joke.", ["The division is a joke"]],
  ["that mom needs to get a life", ["that mom needs to get a life"]],
  ["If that dad emails me one more time I'm going to strangle him.", ["I'm going to strangle him"]],
  ["Parents these days are clueless.", ["Parents these days are clueless"]],
  ["What the fuck is this schedule", ["fuck"]],
  // Soft hyphens and zero-width characters do not hide a word.
  ["What the f\u00ADu\u200Bck is this schedule", ["f\u00ADu\u200Bck"]],
  ["Ce con de directeur!", ["con"]],
  ["Quelle journée de merde.", ["merde"]],
  ["Tabarnak, quelle semaine.", ["Tabarnak"]],
  ["Ma directrice est complètement incompétente.", ["Ma directrice est complètement incompétente"]],
  ["La division scolaire est une farce.", ["La division scolaire est une farce"]],
  ["Ces élèves sont irrécupérables.", ["Ces élèves sont irrécupérables"]],
  // Masked swearing, wider targets and insults, threats (EN and FR).
  ["Quelle journée de m*rde", ["m*rde"]],
  ["Who the f*** planned this?", ["f***"]],
  ["WTF is this schedule", ["WTF"]],
  ["The subs we get are useless.", ["The subs we get are useless"]],
  [
    "Some of the brats in 6C need a reality check.",
    ["Some of the brats in 6C need a reality check"]
  ],
  ["Cette direction incompétente oublie tout.", ["Cette direction incompétente"]],
  ["Le suppléant d'hier est un crétin fini.", ["Le suppléant d'hier est un crétin fini"]],
  ["If he keeps it up I'm coming for him.", ["I'm coming for him"]],
  ["Tu vas le regretter, crois-moi.", ["Tu vas le regretter"]],
  ["Les retards? Estie que c'est long.", ["Estie"]],
  ["My VP is a complete waste of space.", ["My VP is a complete waste of space"]],
  ["These teenagers are so entitled and rude.", ["These teenagers are so entitled"]],
  [
    "Les parents de cette école sont insupportables.",
    ["Les parents de cette école sont insupportables"]
  ],
  ["Quelle bande de tarés dans le staff.", ["bande de tarés"]],
  ["If that student does it again I'll lose it and smack him.", ["I'll lose it and smack him"]],
  ["Je vais lui casser la gueule s'il recommence.", ["casser la gueule"]],
  // Second round: wider subjects, evaluation words, comparisons, sarcasm and veiled threats.
  [
    "Our department head is a lazy, clueless clown.",
    ["Our department head is a lazy, clueless clown"]
  ],
  ["The sub in room 12 is dumb as a post.", ["The sub in room 12 is dumb as a post"]],
  ["My Grade 7s have the manners of a pig.", ["My Grade 7s have the manners of a pig"]],
  ["That dad is a sorry excuse for a father.", ["sorry excuse for a father"]],
  ["Some people shouldn't be allowed to teach kids.", ["shouldn't be allowed to teach kids"]],
  ["Our board is a genius, truly 🙃", ["Our board is a genius, truly 🙃"]],
  ["Notre direction, c'est une vraie blague.", ["Notre direction, c'est une vraie blague"]],
  ["Mes collègues sont des gérants d'estrade.", ["Mes collègues sont des gérants d'estrade"]],
  ["La commissaire, quelle nono.", ["quelle nono"]],
  ["Somebody is gonna get hurt at the next staff meeting.", ["Somebody is gonna get hurt"]],
  ["Keep it up and you'll find out what happens.", ["you'll find out what happens"]],
  ["That trustee has it coming.", ["has it coming"]],
  ["Be a shame if her tires got slashed.", ["shame if her tires got slashed"]],
  ["Je vais leur faire payer, à ces parents-là.", ["Je vais leur faire payer"]],
  ["Il va finir à l'hôpital s'il continue.", ["finir à l'hôpital"]],
  ["Je sais où elle habite, la directrice.", ["Je sais où elle habite"]],
  ["Grade 6s this week: rude, lazy, hopeless.", ["Grade 6s this week: rude, lazy, hopeless"]],
  ["Ma classe est dirigée par des cons.", ["dirigée par des cons"]],
  ["These parents are too dumb to read an email.", ["These parents are too dumb"]]
]

const clean: string[] = [
  "I disagree with the division's new cellphone policy.",
  "I think the new report card format makes it harder to explain progress to families.",
  "They killed it at the concert!",
  "this project is sick!",
  "I'm an idiot, I forgot my lunch",
  "Les élèves sont allés pour assez longtemps au concours; connexion au conseil.",
  "The class assessment is in the cockpit.",
  "Dick Smith read Moby Dick to my class.",
  "We headed to the Assiniboine Park Zoo.",
  "These kids are amazing.",
  "I could kill for a coffee.",
  "Scunthorpe, Essex and Sussex are in England.",
  "Nos élèves ont conçu des affiches pour le concours.",
  "My little monsters baked cookies today",
  "Brats and burgers at the year-end BBQ!",
  "Get a life jacket before the canoe trip.",
  "Mes élèves sont une belle gang de champions.",
  "Pussy willows are out on our nature walk.",
  "Les autobus auront 30 minutes de retard ce matin.",
  "Our team needs a reality check after that loss, says Coach.",
  "Our kids are the worst at hiding surprises",
  "I'll totally beat you at chess, Grade 5!",
  "Les élèves étaient tellement mal à l'aise.",
  "This weather is a total joke, -40 again.",
  "My students think I'm hopeless at drawing.",
  "Someone's going to pay for the new printer and it's me.",
  "The new bus route is a mess but we'll figure it out.",
  "I'm going to get hurt on this ice one of these days.",
  "Quel idiot je suis, j'ai oublié mon lunch.",
  "Ma voiture va finir au garage encore.",
  "Les élèves ont le cerveau plein d'idées pour la foire.",
  "Our team is going to pay for that penalty, says Coach.",
  "It would be a shame if you missed the spring concert!",
  "Watch yourself, the ice by the doors is slippery."
]

describe("professional-conduct", () => {
  test.each(flagged)("flags %j", (text, words) => {
    const f = found(text)
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(words)
    expect(f[0]!.severity).toBe("warn")
    expect(f[0]!.policyRef.clause).toMatch(/2\(b\)/)
    expect(f[0]!.fixes).toEqual([{ label: "Rephrase or leave this out", advice: true }])
  })

  test.each(clean)("does not flag %j", (text) => {
    expect(found(text)).toEqual([])
  })

  test("speaks French when the check does", () => {
    const fr = createChecker({ ...defaultCheckSettings, locale: "fr" })
    const [f] = fr.check({ text: "these kids are hopeless" }).findings
    expect(f!.fixes[0]!.label).toBe("Reformuler ou retirer ce passage")
  })
})
