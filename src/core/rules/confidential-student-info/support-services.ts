import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
import { anyCase } from "./accommodations"
/**
 * Special education said through the services around one child, for
 * confidential-student-info, over NORMALISED text (accents folded):
 * - a clinician who sees or works for the child ("our speech-language pathologist, who's been
 *   seeing Kiana", "notre orthophoniste qui voit Noémie", "the OT's sensory ideas for Arjun",
 *   "les idées de l'ergothérapeute pour Raphaël", "pour que Léo voie le psychologue scolaire");
 * - one-on-one support and the regular class it keeps the child in ("works one-on-one with
 *   Tobias", "travaille en un-à-un avec Olivier", "so he can stay in the regular classroom");
 * - time out of class for help ("sort de la classe pour de l'aide en lecture avec la
 *   ressource", "gets pulled out for reading help", "goes to resource");
 * - clinical assessment and screening ("Rowan's cognitive and academic testing", "l'évaluation
 *   cognitive de Jérémie", "la faire évaluer en orthopédagogie", "ciblé pour une intervention
 *   de niveau 3 après le dépistage", "flagged in the fall screening");
 * - accommodations and a modified course ("Kayden's reader-and-scribe accommodations", "les
 *   mesures d'adaptation de Mathilde", "lecteur pis scribe", "his modified math course", "son
 *   cours de maths modifié");
 * - the child's own plan ("dans son plan individuel", "her individual education plan", "a un
 *   horaire visuel");
 * - reading far below the grade ("reads at a kindergarten level", "two grades below grade level").
 * Each needs the child: the detail's sentence has a student reference (detect.ts), and the
 * patterns that name no need of their own want a capitalised name after "for", "with", "voit".
 * Staff thanked with no child, whole-class programmes and school-wide screening have neither.
 */

/** Clinicians and specialists one child sees (EN); "ot" and "slp" only as words. */
const CLINICIAN =
  "(?:(?:school |division )?(?:speech(?:-language)? (?:pathologist|therapist|path)|slp|ot|occupational therapist|physiotherapist|physical therapist|psychologist|psychiatrist|clinician|social worker|resource teacher|learning support teacher|reading specialist|reading interventionist|interventionist|behaviou?r (?:consultant|specialist|analyst|therapist)))"

/** The same in French (folded). */
const CLINICIAN_FR =
  "(?:orthophoniste|orthopedagogue|psychologue|ergotherapeute|physiotherapeute|pedopsychiatre|psychiatre|psychoeducatrice|psychoeducateur|educatrice specialisee|educateur specialise|technicienne? en education specialisee|travailleu(?:r|se) social(?:e)?|enseignante? ressource|enseignante? en adaptation scolaire)(?: scolaire)?"

/**
 * A child's given name after "for", "with", "voit": a capital, not a title, a day, a month,
 * a holiday or a whole group ("for Grade 2", "with Mrs. Roy", "for Friday", "pour Noël").
 */
const NAME =
  "(?!(?:Grade|Gr|Kindergarten|Kinder|All|Every|Each|The|Our|My|Students?|Kids|Families|Parents|Staff|Team|Division|School|Ecole|Mr|Mrs|Ms|Mx|Dr|Mme|Madame|Monsieur|Coach|Principal|Superintendent|Elder|Nurse|Officer|Directeur|Directrice|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Halloween|Canada|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Janvier|Fevrier|Mars|Avril|Mai|Juin|Juillet|Aout|Septembre|Octobre|Novembre|Decembre|Noel|Paques|Tous|Toutes|Les|La|Le|Nos|Notre|Mes|Ma|Mon)\\b)[A-Z][a-z]+\\b(?!'s (?:[Cc]lass|[Cc]lassroom|[Rr]oom|[Gg]rade|[Tt]eam|[Gg]roup|[Hh]omeroom)\\b)"

/** School subjects a course can be modified in (EN and folded FR). */
const SUBJECT =
  "(?:math|maths|ela|english|language arts|reading|writing|science|socials|social studies|french|literacy|numeracy|mathematiques|francais|anglais|sciences|lecture|ecriture|histoire)"

/** Kinds of assessment only a clinician gives one child (not a class's reading assessment). */
const CLINICAL_TEST =
  "(?:cognitive|psycho-?educational|psych-?ed|psychological|psychometric|neuro-?psych\\w*|intellectual|iq|speech-language|occupational therapy|sensory processing|developmental)"

/** Where a pattern written for anyCase wants NAME (kept out of anyCase: its case is its point). */
const SLOT = "§"

/** Words in any case, NAME where SLOT stands. */
const named = (source: string): string => anyCase(source).replaceAll(SLOT, NAME)

/**
 * Alternatives packed into patterns of under 2,000 characters each: V8 optimises a pattern that
 * short (quick-compile.ts), and each sentence about a student is scanned several times faster
 * than by one long unoptimised pattern. Each pack is its own scanner (one detail each).
 */
function packed(parts: readonly string[], flags = ""): RegExp[] {
  const out: RegExp[] = []
  let current: string[] = []
  for (const part of parts) {
    if (current.length && alt([...current, part]).length >= 1900) {
      out.push(quickToCompile(alt(current), flags))
      current = []
    }
    current.push(part)
  }
  if (current.length) out.push(quickToCompile(alt(current), flags))
  return out
}

/** The clinician, the aide or the one-on-one time, tied to a capitalised name. */
const NAMED_PARTS = [
  // "our speech-language pathologist, who's been seeing Kiana", "the OT who works with Arjun".
  `\\b${CLINICIAN}(?:'s)?,?(?: (?:who|that))?(?:'s| is| has| had| was| will be)?(?: been| finally| also| now| still)? (?:seeing|sees|saw|seen|working with|works with|worked with|meets with|meeting with|met with|met|treating|treats|assessed|assessing|tested|testing|evaluated|evaluating) (?:${SLOT}|my (?:student|little|kiddo)|one of my)`,
  // "the SLP has been working on Kiana's sounds".
  `\\b${CLINICIAN}(?:'s)?(?: (?:who|that))?(?:'s| is| has| had)?(?: been)? (?:working|works|worked) on ${SLOT}'s\\b`,
  // "notre orthophoniste qui voit Noémie", "la psychologue qui suit Léa".
  `\\b${CLINICIAN_FR},?(?: qui)? (?:a (?:enfin |finalement )?(?:vu|rencontre|evalue|teste)|voit|voyait|verra|rencontre|rencontrait|suit|suivait|accompagne|accompagnait|evalue|evaluait|a evalue|travaille avec|travaillait avec) (?:${SLOT}|mon eleve|ma petite|mon petit)`,
  // "the OT's sensory ideas for Arjun", "les idées sensorielles de l'ergothérapeute pour Raphaël".
  `\\b${CLINICIAN}(?:'s)?(?: [\\w-]+){0,4} (?:for|with) ${SLOT}`,
  `\\b${CLINICIAN_FR}(?: [\\w'-]+){0,4} (?:pour|avec) ${SLOT}`,
  // "works one-on-one with Tobias", "travaille en un-à-un avec Olivier".
  `\\b(?:works?|worked|working|sits?|sat|spends?|spent|spending|stays?|stayed|is|was|travaille|travaillait|travailler|est|etait|passe|passait|reste)(?: [\\w'-]+){0,3}? (?:en )?(?:one-on-one|one on one|1:1|1-on-1|one-to-one|un-a-un|un a un|1 a 1|individuellement|en tete-a-tete) (?:with|avec) (?:${SLOT}|my (?:student|little|kiddo)|mon eleve|ma petite|mon petit)`,
  `\\b(?:works?|worked|working|sits?|sat|travaille|travaillait) (?:with|avec) ${SLOT} (?:en )?(?:one-on-one|one on one|1:1|1-on-1|one-to-one|un-a-un|un a un|1 a 1|individuellement)\\b`,
  // "the clinician team for finishing Rowan's testing", "l'équipe clinique d'avoir évalué Jérémie".
  `\\b(?:clinicians|clinician team|clinical team|student services team|student support team|multidisciplinary team)(?: [\\w'-]+){0,4}? (?:testing|tested|assessing|assessed|evaluating|evaluated|seeing|saw|seen|supporting|working with|finishing|finished|completing|completed)(?: \\w+)? ${SLOT}`,
  `\\b(?:l'equipe (?:clinique|multidisciplinaire|des services aux eleves|du soutien aux eleves))(?: [\\w'-]+){0,4}? (?:evalue|evaluer|teste|tester|rencontre|rencontrer|suivi|suivre|accompagne|accompagner|vu|voir|termine|terminer|fini|finir)(?: [\\w']+){0,2} (?:de |d')?${SLOT}`,
  // "Our school psych finally tested the quiet boy…", "La psychologue scolaire a enfin évalué le petit…".
  `\\b(?:${CLINICIAN}|(?:school )?psych)(?: \\w+)? (?:tested|assessed|evaluated|diagnosed) (?:him|her|(?:the|a|my|our|this|that) (?:\\w+ )?(?:boy|girl|kid|kiddo|student|child|guy|learner)|${SLOT})\\b`,
  `\\b${CLINICIAN_FR} (?:a |vient d'|va )(?:enfin |finalement |deja )?(?:evalue|teste|diagnostique|evaluer|tester) (?:(?:le|la|mon|ma|notre|cette|ce|cet|un|une) (?:petite? |jeune )?(?:eleve|enfant|garcon|fille|gars|petite?|jeune|coco|cocotte)|${SLOT})\\b`,
  // "Les mesures d'adaptation de Mathilde", "accommodations for Kayden": the child named after.
  `\\b(?:mesures (?:d'adaptation|adaptatives|de soutien particulieres)|accommodements|accommodations) (?:de |d'|pour |for )${SLOT}`
].map(named)

const PARTS = [
  // "pour que Léo voie le psychologue scolaire" (the subjunctive and the future).
  `\\b(?:voie|voient|verra|verront|voyait|a vu|aille voir|ira voir|consulte|consultera) (?:l'|la |le |une? |son |sa )${CLINICIAN_FR}\\b`,
  // "so he can stay in the regular classroom", "pour qu'il puisse rester en classe régulière".
  "\\b(?:so|so that) (?:he|she|they) (?:can|could|is able to|will be able to) (?:stay|remain|be|learn) in (?:the |a |his |her |their )?(?:regular|mainstream|general) (?:class|classroom|program)\\b",
  "\\bpour qu'(?:il|elle)s? (?:puisse|puissent|pourra|peut|reste|restent|demeure)(?: (?:rester|demeurer|etre|apprendre))? (?:en|dans (?:la|sa|une)) classe (?:reguliere|ordinaire)\\b",
  // "sort de la classe trois fois par semaine pour de l'aide", "gets pulled out for reading help".
  "\\b(?:sort|sortait|sortira|sortent|sortir|retiree?|retire|quitte|quittait|quittera) (?:de (?:la |sa )?classe|du groupe|la classe|sa classe)\\b(?: [\\w']+){0,6}? (?:pour|avec) (?:de l'aide|du soutien|de l'appui|travailler avec|des services|la ressource|l'orthopedagogue|l'orthophoniste)",
  "\\b(?:de l'aide|du soutien|de l'appui|des services) (?:en (?:lecture|ecriture|maths?|mathematiques|francais) )?(?:avec|de|a|aupres de) (?:la |l')(?:ressource|enseignante? ressource|orthopedagogue|orthopedagogie)\\b",
  `\\b(?:pulled|pulls|pulling|taken|comes|goes|leaves|left|steps) out(?: of (?:the |my |our )?(?:class|classroom|room))?\\b(?: [\\w']+){0,6}? (?:for|to get|to work on|to work with|to see) (?:extra |some |small-group |one-on-one |1:1 |the |a |our )?(?:help|support|reading help|reading support|math help|math support|resource|intervention|speech|ot|resource teacher|${CLINICIAN})\\b`,
  "\\b(?:leaves|left|leaving|misses|missed|missing) (?:the |my |our )?(?:class|classroom|room)\\b(?: [\\w']+){0,6}? (?:for|to get|to work on|to work with) (?:extra |some |small-group |one-on-one |1:1 )?(?:help|support|reading help|reading support|math help|math support|resource|the resource teacher|intervention|speech|ot)\\b",
  "\\b(?:goes|go|went|going|heads|headed) (?:to|into) (?:the )?resource room (?:every|each|for (?:help|reading|math|writing|support|extra)|\\w+ times)\\b",
  "\\b(?:goes|go|went|going|is|was) (?:to|in) resource\\b|\\b(?:va|allait|ira|est) (?:en|a la) (?:classe )?ressource\\b",
  // "Rowan's cognitive and academic testing", "l'évaluation cognitive de Jérémie".
  `\\b${CLINICAL_TEST}(?: and (?:academic|achievement|language|speech|cognitive|behaviou?r(?:al)?))? (?:testing|tests|assessments?|evaluations?|eval|screening)\\b`,
  "\\bevaluations? (?:cognitive|psychologique|psychoeducative|psychometrique|intellectuelle|orthophonique|orthopedagogique|du langage|langagiere|en (?:orthopedagogie|orthophonie|ergotherapie|psychologie|neuropsychologie))s?\\b",
  "\\b(?:tests?|bilan|bilans) (?:cognitifs?|psychometriques?|de qi|psychologiques?|neuropsychologiques?|orthophoniques?|orthopedagogiques?)\\b|\\b(?:wisc|wiat|wechsler)(?:-\\w+)?\\b",
  "\\b(?:evaluer|tester|evaluee?|testee?|diagnostiquee?) (?:en|par (?:une?|la|le|l')) ?(?:orthoped\\w*|orthophon\\w*|psycho\\w*|ergo\\w*|neuropsy\\w*|pedopsy\\w*)",
  "\\b(?:get|getting|got|have|having) (?:him|her) (?:assessed|tested|evaluated|screened|diagnosed)\\b",
  // "ciblé pour une intervention de niveau 3 après le dépistage", "flagged in the fall screening".
  "\\b(?:ciblee?s?|identifiee?s?|reperee?s?|selectionnee?s?|signalee?s?) (?:pour|lors du|au|par le|apres le|dans le) (?:une? |le |la |l')?(?:intervention|depistage|soutien|orthopedagog\\w*|groupe de besoin)",
  "\\b(?:intervention|soutien) (?:de |du |en )?(?:niveau|palier) (?:2|3|deux|trois)\\b",
  "\\b(?:gets|receives|needs|qualifies for|qualified for|started|starts|getting) tier (?:2|3|two|three)\\b",
  "\\b(?:flagged|identified|targeted|selected|picked) (?:for|in|by|after|through) (?:the |a |an |our )?(?:\\w+ )?(?:screening|screener|intervention|tier (?:2|3|two|three))\\b",
  "\\b(?:in|into|joins?|joined|for|moved to|moved up to|on) (?:the |a |our )?tier (?:2|3|two|three)\\b(?! (?:team|hockey|league|division|club|squad|tournament)\\b)",
  // "Kayden's reader-and-scribe accommodations", "lecteur pis scribe", "ses mesures d'adaptation".
  "(?:'s|\\bhis|\\bher|\\btheir) (?:new |exam |test |testing |classroom |learning |iep |reader |scribe |reader-and-scribe |reader and scribe |extra-time |provincial exam )?accommodations\\b",
  "\\b(?:reader|scribe|reader-and-scribe|reader and scribe|reader/scribe|text-to-speech|speech-to-text|extra[- ]time|exam|test|testing) accommodations\\b",
  "\\b(?:has|have|gets|got|needs|uses|with|had) (?:a |her |his |their )?reader (?:and|or|/|&) (?:a )?scribe\\b|\\b(?:a|avec|ont|obtient|aura|recoit|besoin d'un) (?:un |une |son |sa )?(?:lecteur|lectrice) (?:et|pis|ou|/) (?:un |une )?(?:scribe|scripteur|scriptrice)\\b|\\((?:reader|lecteur|lectrice) (?:and|or|et|pis|ou|/|&) (?:scribe|scripteur|scriptrice)\\)",
  "\\b(?:ses|sa|son) (?:mesures d'adaptation|mesures adaptatives|accommodements)\\b",
  // "his modified math course", "son cours de maths modifié".
  `(?:'s|\\bhis|\\bher|\\btheir) (?:modified|adapted) (?:${SUBJECT} )?(?:course|class|program|programming|curriculum)s?\\b`,
  `\\b(?:a|an) (?:modified|adapted) ${SUBJECT} (?:course|class|program|curriculum)\\b`,
  `\\b(?:passed|passes|takes|took|taking|is in|was in|enrolled in|failed|in) (?:the )?(?:modified|adapted) ${SUBJECT}\\b|\\b(?:en|dans le cours de) (?:maths?|mathematiques|francais|anglais|sciences) (?:modifiee?s?|adaptee?s?)\\b`,
  "\\b(?:aura|avait|obtient|recoit|a eu|aura besoin d') (?:un |une |son |sa )?(?:scribe|scripteur|scriptrice)\\b",
  "\\b(?:a droit a|aura droit a|ont droit a) (?:un |une |du |des )?(?:lecteur|lectrice|scribe|temps supplementaire|mesures d'adaptation|local (?:isole|a part))\\b",
  "\\b(?:son|sa|ses|un|des) (?:cours|programme) (?:de |d')?(?:maths?|mathematiques|francais|anglais|sciences|lecture|ecriture|histoire )?(?:modifies?|adaptes?)\\b|\\bcours de (?:maths?|mathematiques|francais|anglais|sciences|lecture|ecriture|histoire) (?:modifies?|adaptes?)\\b",
  // "dans son plan individuel", "her individual education plan", "a un horaire visuel".
  "\\b(?:son|sa|leur) (?:nouveau |propre )?(?:plan (?:individuel|individualise|d'enseignement individualise|d'apprentissage|personnalise)|programme individualise)\\b|\\bplan d'enseignement individualise\\b",
  "\\b(?:in|into|dans) (?:his|her|their|son|sa) (?:iep|ipp|pei|ppi|pi)\\b|(?:'s|\\bhis|\\bher|\\btheir) (?:new |own |draft )?(?:ipp|pei|ppi)\\b",
  // "Her plan includes a visual schedule": what the plan gives, after "includes".
  "\\b(?:includes|including|include) (?:a |an )?(?:visual schedule|token board|first-then board|weighted (?:vest|blanket|lap pad)|noise-cancell?ing headphones|sensory breaks|movement breaks|scribe|reader|extra time)\\b",
  "(?:'s|\\bhis|\\bher|\\btheir) (?:new |own )?(?:individual(?:ized)? (?:education |program |learning |support )?plan|student-specific plan|education plan)\\b",
  "\\b(?:a|avec|utilise|son|sa) (?:un |une |son |sa )?(?:horaire (?:visuel|imag\\w+)|sequence visuelle|casque (?:anti-?bruit|antibruit)|veste lestee|coussin sensoriel|tableau de communication)\\b",
  // "reads at a kindergarten level", "two grades below grade level", "lit au niveau de la maternelle".
  "\\b(?:reads|reading|read|is|works|working|writes|writing) (?:\\w+ )?(?:at|on) (?:a |an |the )?(?:kindergarten|pre-?k|preschool|grade (?:one|two|three|\\d)|gr\\.? ?\\d|first-grade|second-grade) (?:reading )?level\\b",
  "\\b(?:(?:two|three|four|\\d) (?:grades?|years?|levels?) |far |well |way )(?:below|behind) (?:grade level|(?:his|her|their) grade(?: level)?|(?:his|her|their) (?:peers|classmates))\\b|\\b(?:ans|annees?) de retard (?:en|dans sa|dans son)\\b"
]

// A sports coach works one-on-one with a player; that is no plan.
const COACH = /\b(?:coach|entraineu(?:r|se))\b/i

export const SUPPORT_SERVICE_DETAILS: { kind: string; re: RegExp; unless?: RegExp }[] = [
  ...packed(NAMED_PARTS).map((re) => ({ kind: "special-education", re, unless: COACH })),
  ...packed(PARTS, "i").map((re) => ({ kind: "special-education", re }))
]
