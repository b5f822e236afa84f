import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { CheckSettings, Finding } from "../../types"

/**
 * Shapes of the school's own voice written apart from the dev sets (other school names, other
 * verbs and tenses), and near misses of the same shape that must stay quiet: questions, past
 * accounts, "my class at X", relayed news, a town instead of a school.
 */
const settings: CheckSettings = { ...defaultCheckSettings }
const checker = createChecker(settings)
const found = (text: string): Finding[] =>
  checker.check({ text }).findings.filter((f) => f.rule === "speaking-for-the-division")

/** [post, the flagged words (exact range)]. */
const flagged: [string, string][] = [
  // The school's inclusive first person ("all of us", "those of us", "we from", "over here at").
  [
    "All of us at Erickson Collegiate send our sympathy to the Dueck family.",
    "All of us at Erickson Collegiate send"
  ],
  [
    "Each of us at Strathclair School pledges to make this a safe place.",
    "Each of us at Strathclair School pledges"
  ],
  [
    "We from Binscarth School are asking parents to label lunch kits.",
    "We from Binscarth School are asking"
  ],
  [
    "We out here at Binscarth School have decided to move sports day.",
    "We out here at Binscarth School have decided"
  ],
  [
    "We're happy to let you know that our school will offer a breakfast club.",
    "We're happy to let you know that our school"
  ],
  [
    "Nous, éducatrices de l'École Lacerte, souhaitons la bienvenue aux familles.",
    "Nous, éducatrices de l'École Lacerte, souhaitons"
  ],
  [
    "At Binscarth School, scooters will no longer be allowed on the playground.",
    "At Binscarth School, scooters will no longer be allowed"
  ],
  [
    "We at Minnedosa School have unfortunately had to cancel the skating party.",
    "We at Minnedosa School have"
  ],
  [
    "We at Minnedosa School must postpone the talent show until spring.",
    "We at Minnedosa School must postpone"
  ],
  [
    "We at Minnedosa School are calling off tonight's dance because of the roads.",
    "We at Minnedosa School are"
  ],
  [
    "We over at Minnedosa School are putting the book fair on hold.",
    "We over at Minnedosa School are putting the book fair on hold"
  ],
  [
    "We at Minnedosa School kindly ask all families to use the west doors.",
    "We at Minnedosa School kindly ask"
  ],
  [
    "We at Minnedosa School have rescheduled picture day to March 4.",
    "We at Minnedosa School have"
  ],
  ["We at Minnedosa School: the open house is cancelled.", "We at Minnedosa School"],
  [
    "At Minnedosa School, we won't be holding the Halloween parade this year.",
    "At Minnedosa School, we won't be holding"
  ],
  [
    "Here at Minnedosa School, starting Monday, we will be locking the front doors.",
    "Here at Minnedosa School, starting Monday, we will"
  ],
  [
    "The Minnedosa School staff have decided to cancel the winter formal.",
    "The Minnedosa School staff have decided"
  ],
  ["From all of us at Minnedosa School, happy holidays!", "From all of us at Minnedosa School"],
  ["— The staff of Minnedosa School", "— The staff of Minnedosa School"],
  [
    "Minnedosa School families: we are moving the concert to Thursday.",
    "Minnedosa School families: we are moving"
  ],
  [
    "Minnedosa School is asking all families to keep sick children at home.",
    "Minnedosa School is asking all families"
  ],
  [
    "Minnedosa School will no longer offer the breakfast program.",
    "Minnedosa School will no longer offer"
  ],
  ["Minnedosa School will be closed on Monday.", "Minnedosa School will be closed"],
  [
    "At Minnedosa School, all families are asked to sign the new code of conduct.",
    "At Minnedosa School, all families are asked"
  ],
  [
    "Nous, à l'École Lacerte, devons annuler le spectacle.",
    "Nous, à l'École Lacerte, devons annuler"
  ],
  [
    "À l'école Lacerte, nous avons dû reporter la soirée cinéma.",
    "À l'école Lacerte, nous avons dû reporter"
  ],
  ["À l'École Lacerte, nous avons annulé le carnaval.", "À l'École Lacerte, nous avons annulé"],
  [
    "Chez nous, à l'École Lacerte, nous avons malheureusement dû annuler le dîner.",
    "Chez nous, à l'École Lacerte, nous avons malheureusement dû annuler"
  ],
  [
    "Nous, membres du personnel de l'École Lacerte, reportons la soirée.",
    "Nous, membres du personnel de l'École Lacerte, reportons"
  ],
  [
    "Nous, à l'École Lacerte, n'accepterons plus l'argent comptant.",
    "Nous, à l'École Lacerte, n'accepterons"
  ],
  ["L'École Lacerte ne tiendra pas de spectacle cette année.", "L'École Lacerte ne tiendra pas"],
  ["L'école Lacerte passe aux formulaires en ligne dès lundi.", "L'école Lacerte passe aux"],
  [
    "L'École Lacerte est en train de fermer la bibliothèque pour rénovation.",
    "L'École Lacerte est en train de fermer"
  ],
  ["On, à l'École Lacerte, annule la danse.", "On, à l'École Lacerte, annule"],
  ["- L'équipe de l'École Lacerte", "- L'équipe de l'École Lacerte"],
  ["Nous, à Réal-Bérard, annulons la danse de vendredi.", "Nous, à Réal-Bérard, annulons"],
  ["Ici, à Précieux-Sang, nous reportons le carnaval.", "Ici, à Précieux-Sang, nous reportons"],
  [
    "De la part de toute l'équipe de l'École Lacerte, joyeuses Fêtes!",
    "De la part de toute l'équipe de l'École Lacerte"
  ],
  [
    "L'École Lacerte demande à toutes les familles de garder les enfants malades à la maison.",
    "L'École Lacerte demande à toutes les familles"
  ],
  ["L'École Lacerte sera fermée lundi.", "L'École Lacerte sera fermée"],
  [
    "Chères familles de l'École Lacerte, nous reportons la soirée des parents.",
    "Chères familles de l'École Lacerte, nous reportons"
  ],
  [
    "Us teachers at Oakburn School have decided to cancel the staff vs student game.",
    "Us teachers at Oakburn School have decided"
  ],
  [
    "We teachers at Oakburn School are cancelling the staff game.",
    "We teachers at Oakburn School are cancelling"
  ],
  [
    "Nous à l'Institut collégial Lacerte, on annule le bal.",
    "à l'Institut collégial Lacerte, on annule"
  ],
  [
    "Oakburn School: we are cancelling the carnival due to the cold.",
    "Oakburn School: we are cancelling"
  ],
  ["OAKBURN SCHOOL UPDATE: we are closing at noon today.", "OAKBURN SCHOOL UPDATE: we are closing"],
  [
    "Oakburn School update - the carnival is postponed to next Friday.",
    "Oakburn School update - the carnival is postponed"
  ],
  ["École Lacerte : nous annulons la danse de vendredi.", "École Lacerte : nous annulons"],
  [
    "Mise à jour de l'École Lacerte : la danse est annulée.",
    "Mise à jour de l'École Lacerte : la danse est annulée"
  ],
  ["Message de l'École Lacerte : nous reportons la soirée.", "Message de l'École Lacerte"],
  [
    "Important message from Oakburn School: tomorrow's concert is cancelled.",
    "Important message from Oakburn School"
  ],
  [
    "Notice to all Oakburn School families: the rink is closed.",
    "Notice to all Oakburn School families: the rink is closed"
  ],
  [
    "Avis à toutes les familles de l'École Lacerte : la patinoire est fermée.",
    "Avis à toutes les familles de l'École Lacerte : la patinoire est fermée"
  ]
]

const clean: string[] = [
  "Is Minnedosa School cancelling the carnival? Anyone know?",
  "Why is the division closing schools tomorrow?",
  "We at Minnedosa School raised $2,000 for the food bank!",
  "Here at Minnedosa School, we were so lucky to have a visit from the RCMP.",
  "Nous, à Winnipeg, avons eu une tempête incroyable.",
  "À l'École Lacerte, nous avons fait un grand ménage de la cour!",
  "À l'École Lacerte, nous avons vraiment aimé le spectacle.",
  "My Grade 3s at Minnedosa School are asking for more recess.",
  "Parents at Minnedosa School are asking the division to reconsider.",
  "J'ai appris que l'École Lacerte annule la danse.",
  "Thanks to the staff at Minnedosa School for a great tournament!",
  "Our family at the lake is closing the cabin this weekend.",
  "All of us at Erickson Collegiate had a blast at the winter carnival.",
  "Everyone at Strathclair School is amazing.",
  "Our staff at Binscarth School wishes everyone a great summer!",
  "We from the hockey team are selling raffle tickets.",
  "My kids at Binscarth School will no longer be allowed to bring me candy, ha!",
  "Oakburn School posted this morning: we are cancelling the concert.",
  "We at home had to cancel movie night, the power went out.",
  "Dans ma classe à l'École Lacerte, on annule la fête de Noël.",
  "My class at Oakburn School, we are cancelling our popcorn party.",
  "Les 5e à l'École Lacerte, nous reportons notre vente de biscuits.",
  "Last year at Oakburn School we cancelled the dance too.",
  "When I taught at Oakburn School, we cancelled recess every time it hit -30.",
  "Back when I was at Oakburn School, we had to cancel the carnival twice.",
  "At my old school, we would cancel recess at -25.",
  "Quand j'enseignais à l'École Lacerte, on annulait la récré à -30.",
  "We teachers at home are exhausted.",
  "À l'Institut collégial Lacerte, on a eu un super spectacle hier.",
  "Oakburn School: what a day at the carnival!",
  "Update: my class finished our Terry Fox run!",
  "Oakburn School grade 4s: we are so proud of you!",
  "Update: my class finished the Terry Fox run at the park.",
  "Oakburn School: the carnival was cancelled last year too, remember?"
]

describe("speaking-for-the-division: the school's voice in more shapes", () => {
  test.each(flagged)("flags %j", (text, words) => {
    const f = found(text)
    expect(f).toHaveLength(1)
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(words)
  })
  test.each(clean)("does not flag %j", (text) => {
    expect(found(text)).toEqual([])
  })
})
