import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
/**
 * Special education in teachers' shorthand, for confidential-student-info, over
 * NORMALISED text (accents folded): the level of support ("has 1:1 support", "got
 * him an EA"), the plan's name ("a behaviour intervention plan", "un plan adapté"),
 * a designation ("her M-designation"), where and how tests are written, a program
 * modified in one subject, "one of my IEP kids", needs said as "issues" or
 * "challenges", a caseload, and French short forms ("un TDA", "est sur le spectre",
 * "en adaptation scolaire"). Each pattern opens on a literal word and needs a link
 * to a person ("has", "is", "his", "a un", "est").
 */

const SUBJECT =
  "(?:math|maths|ela|english|language arts|reading|writing|spelling|science|socials|social studies|french|literacy|numeracy|mathematiques|francais|lecture|ecriture|anglais)"

/** What a support plan is called for one child (not "safety plan" for a fire drill: those need a possessive elsewhere). */
const BEHAVIOUR_PLAN =
  "(?:positive )?behaviou?r(?:al)? (?:intervention|support|management|regulation|safety) plan|\\b(?:bip|bsp|pbsp)\\b"

/** A need said as "issues", "challenges": a support word before it makes it a plan's need. */
const NEED_AREA =
  "(?:sensory|learning|attention|attentional|processing|attachment|self-regulation|regulation|emotional regulation|fine motor|gross motor|speech|language|developmental|executive functioning)"

export const SUPPORT_SHORTHAND_DETAILS: { kind: string; re: RegExp }[] = [
  {
    kind: "special-education",
    re: quickToCompile(
      alt([
        "\\b(?:has|have|had|gets|get|got|needs|need|receives|received|requires|with) (?:a |an )?(?:1:1|1-1|one-on-one|one on one|one-to-one|1-on-1|full-time|full time) (?:support|aide|ea|para|assistant|adult support)\\b",
        `\\b(?:has|have|had|on|needs|got|gets|with|new|his|her|their|'s) (?:an? |his |her |their |new )?(?:${BEHAVIOUR_PLAN})`,
        "\\b[a-z]-designat(?:ion|ed)\\b|\\b(?:an?|his|her|their|'s) [a-z] designation\\b|\\b(?:sped|special needs|ministry) designat(?:ion|ed)\\b|\\b(?:his|her|their|'s) (?:\\w+ )?designation\\b",
        `\\b(?:writes?|writing|wrote|to write|does|do|takes|take|doing) (?:all )?(?:his|her|their) (?:tests|exams|quizzes|assessments|finals|unit tests)(?: \\w+)? (?:in|with|at|outside) (?:the |a |an |his |her |their )?(?:resource|scribe|reader|ea|aide|extra time|separate|quiet|learning support|hallway|library|office)\\b`,
        "\\b(?:quiet|separate|alternate|alternative) (?:room|space|setting|location) (?:to write|for) (?:his|her|their) (?:tests|exams|quizzes|finals|assessments)\\b",
        `\\b(?:is|are|was|'s|be|being|gets|now) (?:fully |on )?(?:modified|adapted) (?:in|for) ${SUBJECT}\\b`,
        "\\bone of (?:my|our) (?:iep|ipp|ea|sped|special ed|special needs|designated|coded|resource|1:1) (?:kids|kiddos|students|learners|boys|girls|friends)\\b|\\b(?:is|was|'s) (?:an?|my|our) (?:iep|ipp|ea|sped|special ed|special needs|designated|coded|1:1) (?:kid|kiddo|student|learner|boy|girl)\\b",
        `\\b(?:has|have|had|with|'s got|due to|because of) (?:some |significant |severe |big |real |serious |major |lots of |a lot of )?${NEED_AREA} (?:issues|challenges|difficulties|needs|delays?|problems|struggles|disorder)\\b`,
        "\\b(?:has|with|is|'s) (?:high|complex|significant|exceptional|intensive|additional support) needs\\b",
        "\\bon (?:my|our|her|his) caseload\\b",
        "\\b(?:got|get|getting|finally got|hired|assigned|approved) (?:him|her|them) (?:an?|a full-time|a part-time|a 1:1|a one-on-one) (?:ea|aide|para|educational assistant)\\b",
        "\\bneuro-?psych(?:ological)? (?:assessment|testing|evaluation|eval|report)\\b|\\bevaluation (?:neuro\\w*|psychometrique)\\b",
        "\\b(?:visual|hearing|physical|speech|language|intellectual|cognitive|motor) impairment\\b|\\bcommunication disorder\\b|\\bdeficience (?:auditive|visuelle|physique|motrice|langagiere)\\b",
        "\\b(?:is|'s|est) (?:adhd|asd|add|fasd|odd|tdah|tsa)\\b",
        "\\btwice[- ]exceptional\\b|\\b(?:identified|designated|tested|assessed|coded) (?:as )?gifted\\b",
        "\\b(?:gets|get|has|in|does|receives|started|attends|goes to|qualified for|qualifies for) (?:reading recovery|lli|leveled literacy intervention)\\b",
        "\\b(?:as part of|written into|according to|per) (?:his|her|their) (?:iep|ipp|pei|plan)\\b",
        "\\b(?:started|starts|began|begins|starting) (?:with|working with|sessions with) (?:a|the|our|his|her|their) (?:school |division )?(?:speech(?:-language)? pathologist|slp|speech therapist|ot|occupational therapist|resource teacher|psychologist|ea|aide|behaviou?r consultant|learning support teacher)\\b",
        "\\brapport (?:d'ergotherapie|d'orthophonie|de psychologie|psychologique|neuropsychologique|d'orthopedagogie|de l'ergotherapeute|de la psychologue)\\b",
        // The need as an adjective on the child: "my autistic student", "our ADHD kiddo", "mon élève TSA".
        "\\b(?:my|our|this|that|an?) (?:little |sweet |new )?(?:autistic|adhd|asd|fasd|dyslexic|deaf|blind|nonverbal|non-verbal|iep|1:1|sped|special needs) (?:student|kiddo|kid|boy|girl|learner|friend|guy)\\b(?!s)",
        "\\b(?:mon|ma|notre|cette|cet|ce|un|une) (?:petite? )?(?:eleve|etudiante?|enfant|garcon|fille|coco|cocotte) (?:tsa|tdah|tda|autiste|dyslexique|dysphasique|dyspraxique|hdaa|handicapee?|sourde?|aveugle|non verbale?)\\b",
        "\\b(?:i|we) (?:work with|support|help|see) (?:\\w+ )?(?:1:1|one-on-one|one on one|one-to-one)\\b|\\b(?:j'accompagne|j'aide|je soutiens|je travaille avec) (?:\\w+ )?(?:en 1:1|en un-a-un|un a un|individuellement)\\b|\\bque j'accompagne\\b",
        "\\b(?:had|has|have|having) (?:\\d+|two|three|four|five|several|multiple) meltdowns\\b",
        // French short forms
        "\\b(?:son|sa|un|une|leur) (?:nouveau |nouvel |nouvelle )?plan (?:adapte|d'adaptation|individualise|personnalise)\\b",
        "\\bbesoin (?:d'un|d'une|de l'|d'|de) ?(?:scribe|lecteur|ae|aide-enseignante?|accompagnement (?:individuel|1:1)|temps supplementaire|mesures d'adaptation|orthopedagogue|orthophoniste)\\b",
        "\\b(?:est|etait|serait|soit|se situe) sur le spectre\\b",
        "\\b(?:a|avait|avec|son|d'un|atteinte? d'un|diagnostic de|diagnostique d'un|diagnostiquee? d'un) (?:un )?(?:tda|tdah|tsa|tdl|tdc|tsaf)\\b",
        "\\b(?:est|etait|va|sont|placee?) en (?:adaptation scolaire|cheminement particulier|classe de langage|classe speciale)\\b",
        "\\b(?:est|etait) (?:un |une )?(?:eleve |enfant )?(?:hdaa|ehdaa)\\b"
      ]),
      "i"
    )
  },
  {
    // "We finally got Jacob an EA": a capitalised name between the verb and the aide.
    kind: "special-education",
    re: /\b(?:got|get|getting|hired|assigned|approved) [A-Z][a-z]+ (?:an?|a full-time|a part-time|a 1:1|a one-on-one) (?:EA|ea|aide|para|educational assistant)\b/
  },
  {
    // A failed test named by its kind ("flunked the provincial"), the class's best or worst mark in French.
    kind: "marks",
    re: /\b(?:failed|flunked|bombed|didn't pass|did not pass|won't pass|will not pass) (?:the |his |her |their |a |an )?(?:\w+ )?(?:provincials?|finals?|midterms?|semester|quiz|quizzes|term|diploma exam)\b|\b(?:la )?(?:meilleure|pire|plus haute|plus basse) (?:note|moyenne|resultat) (?:de la|du|de sa) (?:classe|groupe|niveau)\b/i
  },
  {
    // A course passed or failed "with a 52" / "avec 55 %"; the number ends the phrase or has a percent sign.
    kind: "marks",
    re: /\b(?:passed|passing|passes|failed|failing|finished|finishing|ended|ending|squeaked through|scraped through) (?:[\w-]+ ){1,3}with (?:a |an |only )?\d{1,3}(?: ?%|(?=[!.,]|$))|\b(?:reussi|reussit|echoue|passe|termine|fini|coule) (?:[\w'-]+ ){1,5}avec (?:un |une |seulement )?\d{1,3} ?%|\b(?:doubler|doublera|double|reprendre|reprendra|refaire|refera) (?:sa|son) (?:\d+(?:e|re) )?(?:annee|maternelle)\b/i
  },
  {
    // "working at a Grade 1 level": a level of work (not "reading", covered in lexicon.ts).
    kind: "marks",
    re: /\b(?:working|performing|functioning|writing|doing math) (?:at|around|below|well below) (?:an? |the )?(?:grade \w+|gr\.? ?\d+|kindergarten|k|\w+ grade) level\b/i
  }
]
