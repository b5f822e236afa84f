import { defaultCheckSettings } from "../../../settings/defaults"
import { createChecker } from "../../checker"
import type { CheckSettings, Draft, Finding } from "../../types"

const settings: CheckSettings = {
  ...defaultCheckSettings,
  schools: ["Oak Bank School", "École Laurier"],
  officialAccounts: [{ site: "facebook", handle: "@RussellElementary" }]
}
const checker = createChecker(settings)
const found = (draft: Draft): Finding[] =>
  checker.check(draft).findings.filter((f) => f.rule === "speaking-for-the-division")

/** [post, the flagged words (exact range)]. */
const flagged: [string, string][] = [
  // Negated decisions, "want families to know", "here at <name>, we", passives after "here at", French "n'".
  [
    "We at Minnedosa Collegiate will no longer be offering the breakfast club.",
    "We at Minnedosa Collegiate will"
  ],
  [
    "We at Birtle School won't be hosting the Christmas concert this year.",
    "We at Birtle School won't be hosting"
  ],
  [
    "Here at Souris, we have decided to move the fun fair to June.",
    "Here at Souris, we have decided"
  ],
  [
    "We at Pipestone want families to know the dance is postponed.",
    "We at Pipestone want families to know"
  ],
  [
    "Here at Rivers Elementary, the spring concert has been cancelled.",
    "Here at Rivers Elementary, the spring concert has been cancelled"
  ],
  [
    "Chez nous, à l'École Lacerte, la soirée cinéma est reportée.",
    "Chez nous, à l'École Lacerte, la soirée cinéma est reportée"
  ],
  [
    "Nous, à l'École Lacerte, n'offrirons plus le dîner pizza.",
    "Nous, à l'École Lacerte, n'offrirons"
  ],
  [
    "On behalf of Russell Elementary, thank you to all our families.",
    "On behalf of Russell Elementary"
  ],
  ["Official announcement: school is closed tomorrow.", "Official announcement"],
  [
    "Park West School Division has decided to close all schools tomorrow.",
    "Park West School Division has decided"
  ],
  ["We at Shoal Lake School are cancelling the spring concert.", "We at Shoal Lake School are"],
  ["Au nom de l'école, merci à toutes les familles.", "Au nom de l'école"],
  ["Communiqué officiel : l'école sera fermée demain.", "Communiqué officiel"],
  ["La division scolaire a décidé de fermer les écoles.", "La division scolaire a décidé"],
  ["Nous, à l'école Laurier, annulons le concert.", "Nous, à l'école Laurier, annulons"],
  ["Oak Bank is pleased to announce our new principal!", "Oak Bank is pleased to announce"],
  // Decisions in the present or future, statements, headings, "nous, à l'École …".
  [
    "Effective Monday, the division is adopting a new cellphone policy.",
    "the division is adopting"
  ],
  ["La direction annonce que la photo est lundi.", "La direction annonce que"],
  ["À compter de lundi, l'école adopte un nouvel horaire.", "l'école adopte"],
  ["Au nom de tout le personnel, merci aux familles!", "Au nom de tout le personnel"],
  ["Official: Minnedosa Collegiate is closed Friday.", "Official"],
  ["The school's official position: no phones on trips.", "official position"],
  ["Position officielle de l'école : pas de costumes.", "Position officielle de l'école"],
  [
    "Statement from Erickson School about the lockdown: all students are safe.",
    "Statement from Erickson School"
  ],
  [
    "We are pleased to announce that the school will host the science fair.",
    "We are pleased to announce that the school"
  ],
  [
    "Speaking for the whole division here: be kind to bus drivers.",
    "Speaking for the whole division"
  ],
  [
    "Important notice from Strathclair School: classes are cancelled tomorrow.",
    "Important notice from Strathclair School"
  ],
  [
    "Please be advised that Park West School Division will not run buses today.",
    "Please be advised that Park West School Division"
  ],
  [
    "L'École Saint-Lazare informe les parents que l'école sera fermée.",
    "L'École Saint-Lazare informe les parents"
  ],
  // Second round: "Here at X, we …", "À l'école X, nous …", "X will no longer …", acronyms.
  [
    "Here at Oak Bank School, we believe every child can read.",
    "Here at Oak Bank School, we believe"
  ],
  ["We at Erickson Collegiate support the new bell times.", "We at Erickson Collegiate support"],
  ["Ici à l'école Laurier, nous offrons un nouveau club.", "Ici à l'école Laurier, nous offrons"],
  [
    "Oak Bank School will no longer be hosting the fair.",
    "Oak Bank School will no longer be hosting"
  ],
  ["L'école Laurier n'acceptera plus les inscriptions.", "L'école Laurier n'acceptera plus"],
  ["The division has unanimously decided to add a PD day.", "The division has unanimously decided"],
  ["De la part de toute l'école Laurier : bonnes vacances!", "De la part de toute l'école Laurier"],
  ["Au nom de toute la division scolaire, merci.", "Au nom de toute la division scolaire"],
  ["La DSFM a décidé de changer le calendrier.", "La DSFM a décidé"],
  [
    "À l'école Laurier, on a pris la décision de fermer tôt.",
    "À l'école Laurier, on a pris la décision"
  ],
  [
    "Here at Oak Bank School, we have decided to go phone-free.",
    "Here at Oak Bank School, we have decided"
  ],
  // Third round: the school's "we" and teams (we at / all of us at / the staff at / nous, à… /
  // l'équipe de…) with an act of announcing or deciding; institution names of many shapes.
  [
    "All of us at Rivers Elementary are thrilled to announce our new principal!",
    "All of us at Rivers Elementary are thrilled to announce"
  ],
  [
    "We at Park West S.D. are asking all families to keep sick kids home.",
    "We at Park West S.D. are"
  ],
  [
    "Everyone here at Rossburn Middle Years School is excited to announce a new breakfast club!",
    "Everyone here at Rossburn Middle Years School is excited to announce"
  ],
  [
    "We at Oakburn Middle Years will be closed Monday for the election.",
    "We at Oakburn Middle Years will"
  ],
  [
    "The staff at Russell Elementary have decided to cancel the Halloween parade.",
    "The staff at Russell Elementary have decided"
  ],
  [
    "All of us at Foxwarren School wish to announce that the gym reopens Monday.",
    "All of us at Foxwarren School wish to announce"
  ],
  [
    "The staff and administration at Reston School are excited to announce our spring musical!",
    "The staff and administration at Reston School are excited to announce"
  ],
  ["On behalf of all the staff at Oakburn School, Merry Christmas!", "On behalf of all the staff"],
  ["The school board has voted to close Foxwarren School in June.", "The school board has voted"],
  [
    "Shoal Lake School is postponing parent-teacher interviews to next week.",
    "Shoal Lake School is postponing"
  ],
  [
    "Nous, de l'école Lacerte, annonçons la fermeture de la bibliothèque pour rénovations.",
    "Nous, de l'école Lacerte, annonçons"
  ],
  ["Nous, à la DSFM, reportons la rentrée au 5 septembre.", "Nous, à la DSFM, reportons"],
  [
    "Nous, l'équipe-école de Sainte-Anne, souhaitons vous informer que la cour sera fermée.",
    "Nous, l'équipe-école de Sainte-Anne, souhaitons"
  ],
  [
    "Nous tous, à l'école Notre-Dame, sommes heureux d'annoncer la venue d'une nouvelle directrice.",
    "Nous tous, à l'école Notre-Dame, sommes heureux"
  ],
  [
    "Toute l'équipe de la DSFM vous annonce un nouveau calendrier.",
    "Toute l'équipe de la DSFM vous annonce"
  ],
  [
    "L'équipe de l'école Précieux-Sang annonce que la danse est annulée.",
    "L'équipe de l'école Précieux-Sang annonce"
  ],
  [
    "Ici, à l'école Pointe-des-Chênes, nous fermerons à midi demain.",
    "Ici, à l'école Pointe-des-Chênes, nous fermerons"
  ],
  [
    "Nous, au Collège Louis-Riel, sommes ravis d'accueillir nos nouveaux élèves.",
    "Nous, au Collège Louis-Riel, sommes ravis"
  ],
  [
    "L'École Saint-Joachim a choisi de reporter la remise des bulletins.",
    "L'École Saint-Joachim a choisi"
  ],
  ["L'école Taché reporte la soirée des parents au 14 novembre.", "L'école Taché reporte"],
  [
    "Le personnel de l'École communautaire Gilbert-Rosset annule le souper spaghetti de vendredi.",
    "Le personnel de l'École communautaire Gilbert-Rosset annule"
  ],
  [
    "Chez nous à l'École Sainte-Agathe, on interdit les cellulaires à partir de lundi.",
    "Chez nous à l'École Sainte-Agathe, on interdit"
  ],
  [
    "We at Oakburn are cancelling tonight's games because of the roads.",
    "We at Oakburn are cancelling"
  ],
  ["We at Goose Lake High have decided to move exams online.", "We at Goose Lake High have"],
  [
    "Here at the division office, we have decided to extend the break.",
    "Here at the division office, we have decided"
  ],
  ["As a school, we are moving to a four-day week in September.", "As a school, we are moving"],
  ["En tant qu'école, nous reportons la soirée des parents.", "En tant qu'école, nous reportons"],
  [
    "Les enseignants de l'École Lacerte ont décidé d'annuler le concert.",
    "Les enseignants de l'École Lacerte ont décidé"
  ],
  [
    "We at Erickson School have made the tough call to cancel the spring trip to Ottawa.",
    "We at Erickson School have"
  ],
  [
    "Hello families! We at Birtle Elementary are switching to online newsletters starting in March.",
    "We at Birtle Elementary are"
  ],
  [
    "We here at Strathclair Community School wish to inform you that the gym floor is being redone.",
    "We here at Strathclair Community School wish"
  ],
  [
    "All of us at McCreary School regret to announce that the winter carnival is cancelled.",
    "All of us at McCreary School regret to announce"
  ],
  [
    "We at Russell School Division are excited to share our new strategic plan with families.",
    "We at Russell School Division are"
  ],
  [
    "From all of us at Rossburn Collegiate: we are closing at noon today because of the storm.",
    "all of us at Rossburn Collegiate: we are closing"
  ],
  [
    "We, the staff at Inglis Elementary, have decided to donate our pizza day profits to the food bank.",
    "We, the staff at Inglis Elementary, have"
  ],
  [
    "Nous, les enseignants de l'École Saint-Malo, avons décidé de reporter l'expo-sciences.",
    "Nous, les enseignants de l'École Saint-Malo, avons décidé"
  ],
  [
    "Chez nous, à l'École Lacerte, la direction a décidé d'annuler le carnaval.",
    "la direction a décidé"
  ],
  [
    "À l'École communautaire Réal-Bérard, nous accueillerons les nouvelles familles le 28 août.",
    "À l'École communautaire Réal-Bérard, nous accueillerons"
  ],
  [
    "Nous, à l'école Taché, mettons en place un nouveau code de vie dès lundi.",
    "Nous, à l'école Taché, mettons"
  ],
  [
    "L'équipe de direction de l'École Pointe-des-Chênes annonce une journée pédagogique le 14 février.",
    "L'équipe de direction de l'École Pointe-des-Chênes annonce"
  ],
  [
    "Toute l'équipe de l'école Saint-Adolphe est heureuse de vous annoncer l'ouverture d'un club de lecture.",
    "Toute l'équipe de l'école Saint-Adolphe est heureuse"
  ],
  [
    "Nous, à la DSFM, avons le regret de vous informer que le transport scolaire est annulé demain.",
    "Nous, à la DSFM, avons"
  ]
]

const clean: string[] = [
  "Here at Souris Pool we saw three otters!",
  "Nous, à l'École Lacerte, avons eu une superbe journée au carnaval.",
  "Here at the park, we let the kids run wild.",
  "We at the zoo won't be back until 3.",
  "Our school posted that picture day is Monday.",
  "Reminder from the office: picture day is Monday.",
  "The division announced today that schools close at noon.",
  "On behalf of my Grade 3 class, thank you!",
  "I heard the division has decided to cancel buses.",
  "L'école a publié l'horaire du concert.",
  "Proud to work at Oak Bank School!",
  "We are so excited to announce that our class won the poster contest!",
  "I heard the school is moving to a new bell schedule.",
  "The board's official statement is on their website.",
  "La direction a annoncé que la photo est lundi.",
  "Au nom de ma classe, merci!",
  "Our school is hosting the book fair next week.",
  "Reminder from the school: picture day is Monday.",
  "Please note that the school posted the new schedule.",
  "At school we are learning about fractions this week.",
  "À l'école, on fait du bricolage aujourd'hui.",
  "At Oak Bank School, we had a great time at the winter carnival.",
  "À l'école Laurier, nous avons eu un super spectacle hier.",
  "We at the Friesen house are cheering for the Jets.",
  "My old car will no longer be starting in this cold.",
  "À l'école Laurier, on a joué au soccer toute la journée.",
  "Here at Oak Bank School, we have had so much fun this week!",
  "À l'école Laurier, nous avons chanté pour les aînés.",
  // A class, a home or a farm is not the school; opinions, reports and past accounts are not its voice.
  "My Grade 4s at Oakburn School have decided to name our class fish Bubbles.",
  "My class at Rivers Elementary has decided to adopt a whale!",
  "I'm glad the division decided to keep the pool open.",
  "Everyone at Souris School loved the assembly yesterday.",
  "Heard from the office that Reston School is closing early because of the storm.",
  "We at the Friesen farm are harvesting all weekend!",
  "Mes élèves de l'école Lacerte ont décidé de nommer notre poisson Bubulle.",
  "Ma classe de l'École Réal-Bérard a décidé d'adopter un hamster.",
  "Je trouve que la DSFM a pris une bonne décision pour les cellulaires.",
  "La direction nous a dit que l'école ferme tôt demain.",
  "Merci à toute l'équipe de l'École Lagimodière pour l'accueil pendant mon stage!",
  "L'équipe de l'école Taché a présenté un beau spectacle hier.",
  "Nous, à la maison, avons décidé de faire un pique-nique.",
  "We at home are cancelling our dinner plans lol.",
  "We at Grandma's are staying up late!",
  "We at Costco are out of everything.",
  "We at Grandpa's farm are harvesting potatoes this weekend with the grandkids.",
  "All of us in Room 12 have decided our class pet will be called Nugget!",
  "Everyone at the Co-op was so helpful when my class visited.",
  "I'm happy the school decided to keep the band program.",
  "Nous, à la cabane, avons décidé de rester une nuit de plus!",
  "Les enseignants de l'école Taché ont adoré le spectacle hier.",
  "Si j'ai bien compris, la division a décidé de fermer les écoles demain.",
  "Apparently the division has decided to cancel buses tomorrow."
]

describe("speaking-for-the-division", () => {
  test.each(flagged)("flags %j", (text, words) => {
    const f = found({ text })
    expect(f).toHaveLength(1)
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(words)
    expect(f[0]!.severity).toBe("info")
    expect(f[0]!.policyRef.clause).toMatch(/1\(a\)/)
    expect(f[0]!.message).toMatch(/official accounts/)
  })

  test.each(clean)("does not flag %j", (text) => {
    expect(found({ text })).toEqual([])
  })

  test("an official account (same site and handle) may speak for the school", () => {
    const text = "On behalf of Russell Elementary, thank you!"
    expect(found({ text, site: "facebook", account: { handle: "russellelementary" } })).toEqual([])
    expect(found({ text, site: "x", account: { handle: "russellelementary" } })).toHaveLength(1)
  })
})
