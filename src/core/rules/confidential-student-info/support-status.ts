import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
/**
 * More cues for confidential-student-info, as small grammars over NORMALISED text
 * (accents folded): where a student is placed for support (a program, a class, a
 * timetable), who follows them, what the plan gives them, and the steps of an
 * immigration file (sponsorship, permits, asylum, citizenship). Each pattern opens
 * on a literal word and needs a link to a person ("is in", "has a", "works with").
 */

/** A specialised class or program a student is placed in. */
const PLACEMENT = alt([
  "intensive support|behaviou?r|life skills|learning(?: assistance| support)?|special ed(?:ucation)?",
  "structured learning|social communication|functional (?:skills|academics?)|alternative education|adapted"
])

/** Clinicians a student sees (the word "speech-language pathologist" has a hyphen). */
const CLINICIAN =
  "(?:speech(?:-language)? |occupational |physical |play |behaviou?r )?(?:therapist|slp|pathologist|psychologist|psychiatrist|pediatrician|paediatrician|clinician|social worker|case ?worker)(?! dogs?\\b)"
const CLINICIAN_FR =
  "orthophoniste|orthopedagogue|psychologue|ergotherapeute|pedopsychiatre|psychiatre|psychoeducatrice|psychoeducateur|educatrice specialisee|educateur specialise|technicienne? en education specialisee|travailleu(?:r|se) social(?:e)?"

/** Countries families commonly arrive from as newcomers (lower case, accents folded). */
const ORIGIN =
  "ghana|nigeria|kenya|uganda|rwanda|burundi|chad|mali|cameroon|guinea|senegal|libya|palestine|gaza|lebanon|colombia|el salvador|guatemala|honduras|nicaragua|nepal|bhutan|pakistan|bangladesh|the philippines|vietnam|russia|belarus|moldova|north korea|cuba|ecuador|tigray|kurdistan"

export const SUPPORT_STATUS_DETAILS: { kind: string; re: RegExp }[] = [
  {
    kind: "special-education",
    re: quickToCompile(
      alt([
        // "is in the life skills class", "spends afternoons in the behaviour classroom"
        `\\b(?:is in|was in|are in|is now in|attends|spends (?:\\w+ )?(?:\\w+ )?in|placed in|moved to|goes to) (?:a |the |our )?${PLACEMENT} (?:class|classroom|program|room|centre|center)\\b`,
        "\\b(?:est|sont|va|placee?s?|inscrite?s?) (?:en|dans une?|dans la|a la) classe (?:d'adaptation|speciale|de cheminement|de langage|d'apprentissage|de soutien|ressource)\\b",
        // "has an individual program plan", "now has a support plan for reading"
        "\\b(?:has|have|had|on|needs|got|gets|with|new) (?:now |also |still )?(?:an?|his|her|their) (?:new )?(?:individual(?:ized)? )?(?:program|education|learning|support|behaviou?r|transition|student support) plan\\b",
        // "one-to-one aide"
        "\\b(?:one-to-one|one to one|1-on-1|1 on 1) (?:aide|ea|support|assistant|para)\\b",
        // "started seeing the speech-language pathologist", "support from our resource teacher"
        `\\b(?:sees|see|seeing|saw|started seeing|meets with|met with|meeting with|works with|worked with|working with) (?:a|the|our|his|her|their) (?:school |division )?${CLINICIAN}\\b`,
        `\\b(?:support|help|sessions?) (?:from|with) (?:a|the|our|his|her|their) (?:resource teacher|learning support teacher|ea|educational assistant|para|${CLINICIAN})\\b`,
        `\\b(?:voit|voir|va voir|rencontre|rencontrer|consulte|travaille avec) (?:l'|la |le |une? |son |sa )(?:${CLINICIAN_FR})\\b`,
        `\\bservices? (?:d'|de l'|de la |en |de )(?:aide-enseignante?|orthophonie|orthopedagogie|ergotherapie|psychologie|${CLINICIAN_FR})\\b`,
        "\\b(?:referee?s?|reference) (?:en|a la|au|pour une?) (?:psychologie|orthophonie|orthopedagogie|ergotherapie|evaluation|pedopsychiatrie)\\b",
        // "on the waitlist for an assessment", "sur la liste d'attente pour une évaluation"
        "\\b(?:waitlist|wait list|waiting list|liste d'attente) (?:for|pour) (?:an? |une? |the |la |l')?(?:\\w+ )?(?:assessment|evaluation|testing|diagnosis|diagnostic|psych-?ed|speech|ot|psychologue|orthophon\\w*)\\b",
        // What the plan gives: a scribe, extra time, a reduced day
        "\\b(?:needs|uses|has|gets|with|a|avec) (?:a |an |un |une )?(?:scribe|human reader)\\b",
        "\\b(?:gets|has|needs|given|receives) (?:extra|additional) time (?:on|for) (?:tests|exams|quizzes|assignments)\\b",
        "\\b(?:is|was|been|be|put|kept) on an? (?:reduced|partial|shortened|modified) (?:timetable|schedule|day)\\b|\\b(?:has|have|had) an? (?:reduced|partial|modified) (?:timetable|schedule)\\b|\\bpartial[- ]day (?:schedule|timetable|attendance)\\b|\\bhoraire (?:reduit|allege|partiel)\\b",
        // "a student whose behaviour plan…", "son nouveau plan d'intervention"
        "\\bwhose (?:new )?(?:iep|ipp|behaviou?r plan|safety plan|learning plan|support plan|ea|aide|para|educational assistant|assessment|diagnosis)\\b",
        "\\b(?:son|sa|un|une|leur) (?:nouveau |nouvel |nouvelle |propre )?(?:pei|ppi|plan d'intervention|plan educatif|plan de comportement|plan de securite)\\b",
        "\\b(?:ae|aide-enseignante?|aide enseignante?|orthopedagogue|accompagnatrice|accompagnateur) (?:qui )?(?:travaille|travaillait|est|etait) (?:en )?(?:un-a-un|un a un|1:1|1 a 1|individuellement) avec\\b",
        // "waiting on an autism assessment", "receives OT", "qualifies for learning support"
        "\\b(?:autism|adhd|asd|fasd|developmental|psychological|ot|occupational therapy|psycho-?educational|psych-?ed) (?:assessment|testing|evaluation|referral|screening)\\b",
        "\\b(?:receives|receiving|gets|getting|qualifies for|qualified for|eligible for|referred for) (?:ot|pt|slp|speech therapy|speech-language|learning support|resource support|resource help|ea support|occupational therapy|physiotherapy)\\b",
        "\\b(?:ea|educational assistant|aide|para)\\b (?:[\\w.]+ ){0,3}(?:is|stays|sits|works) with \\w+ (?:all day|full[- ]time|every day|each day|one-on-one|1:1)\\b",
        // The student's support tools: "uses a visual schedule", "has a communication book"
        "\\b(?:uses|using|has|needs|with|gets) (?:a |an |his |her |their )?(?:visual schedule|token board|first-then board|weighted (?:vest|blanket|lap pad)|noise-cancell?ing headphones|communication (?:book|board|device|binder)|sensory (?:kit|breaks|diet)|chew(?:y|ie)? necklace)\\b",
        "\\b(?:on|follows|has) an? (?:modified|adapted|individuali[sz]ed) (?:\\w+ )?(?:program|programming|curriculum)\\b|\\b(?:a|avec|suit) un programme (?:modifie|adapte|individualise)\\b",
        "\\b(?:a un|avec un|son) pi\\b(?! ?=)",
        "\\b(?:a|ont|avec|recoit|beneficie d[e']|obtient) (?:des |du |de )?(?:mesures d'adaptation|mesures adaptatives|temps supplementaire)\\b",
        // "gets EA time", "his calm-down plan", "sa lecture a un plan d'aide"
        "\\b(?:gets|has|needs|receives|with|more|less|full-time|part-time) (?:ea|aide|para|resource) (?:time|support|hours|help)\\b",
        "\\b(?:his|her|their|'s) (?:calm-?down|calming|regulation|self-regulation|sensory|crisis|support|behaviou?r|safety|transition|intervention) plan\\b",
        "\\b(?:son|sa|un|une|leur) (?:nouveau |nouvel |nouvelle )?plan (?:d'aide|de soutien|d'accompagnement)\\b",
        "\\b'?s (?:coding|designation|funding application) (?:approved|was approved|came through|went through)\\b|\\bgot (?:his|her|their) (?:coding|designation) approved\\b",
        "\\b(?:gets|has|needs|uses|with) a (?:reader|scribe) (?:for|on|during) (?:all )?(?:his |her |their |the )?(?:tests|exams|quizzes|assessments|writing)\\b",
        `\\b(?:suivie?s? par |(?:beneficie|beneficient|recoit|recoivent|a besoin) de l'(?:aide|appui) d')(?:l'|la |le |une? )(?:${CLINICIAN_FR}|tes|aide-enseignante?|ae)\\b`,
        // Funding codes
        "\\b(?:is|was|been|being|got|get) coded (?:as|for|under|in)\\b|\\bfunded as (?:a )?level\\b|\\blevel [1-3] funding\\b|\\bcode de difficulte\\b|\\b(?:codee?|cotee?) (?:en|comme|pour) (?:difficulte|trouble|handicap)\\b"
      ]),
      "i"
    )
  },
  {
    kind: "immigration",
    re: quickToCompile(
      alt([
        `\\b(?:arrived|came|moved|immigrated|fled) (?:here |to canada |in canada )?(?:(?:last|this) (?:\\w+ )?(?:month|week|year|spring|summer|fall|winter) |recently |in \\w+ )?from (?:${ORIGIN})\\b`,
        "\\b(?:arrived|came|landed) (?:here |to canada |in canada )?(?:(?:last|this) (?:\\w+ )?(?:month|week|year|spring|summer|fall|winter) |recently |in \\w+ )?(?:from|in) (?:canada|syria|ukraine|afghanistan|sudan|eritrea|somalia|congo|yemen|iraq|iran|ethiopia|venezuela|haiti|myanmar)\\b",
        "\\bpermanent residence\\b|\\b(?:became|become|becomes|becoming) (?:a )?canadian citizens?\\b|\\b(?:devenue?s?|devenir|devient) (?:des )?citoyen(?:ne)?s? canadien\\w*\\b",
        "\\b(?:privately |government[- ]assisted |government )sponsored\\b|\\bsponsored (?:by (?:a |an |our |the |their )?(?:church|mosque|synagogue|parish|congregation|community group|sponsorship group)|refugees?)\\b|\\bparrainee?s? (?:par (?:une?|la|leur|notre) (?:eglise|mosquee|paroisse|groupe|communaute)|par le gouvernement|comme refugie)",
        "\\b(?:demande|demander|demandent|demandait|a demande|ont demande) l'asile\\b|\\b(?:claimed|claiming|claim|seeking|sought|applied for) asylum\\b",
        "\\b(?:waiting|wait|waits|waited) (?:for|on) (?:his|her|their) (?:immigration |refugee )?(?:status|visa|permit|work permit|study permit|pr|citizenship|residency|hearing)\\b|\\ben attente (?:de|d'|du) (?:son |sa |leur |leurs |ses )?(?:statut|papiers|visa|permis|citoyennete|residence|audience)\\b",
        "\\b(?:here|in canada|au canada|came|arrived|stays?|staying) on an? (?:[\\w-]+ )?visa\\b",
        "\\b(?:ici|au canada|arrivee?s?|venue?s?|reste) (?:avec|sous) (?:un |une )?(?:[\\w-]+ )?(?:visa|permis)\\b|\\bcuaet\\b|\\bvisa (?:d'urgence|temporaire|de resident temporaire)\\b",
        "\\b(?:doesn't|does not|don't|do not|didn't|did not) (?:yet )?have (?:legal |immigration |permanent |any )?(?:status|papers)(?: yet)?\\b|\\bn'(?:a|ont|avait|avaient) (?:pas|toujours pas|pas encore) (?:de |ses |leurs |son |sa )?(?:papiers|statut)\\b",
        "\\b(?:had to leave|left|escaped|fled|flee|fleeing|a quitte|ont quitte|quitter|ont du quitter|a du quitter|a fui|ont fui) (?:l')?(?:syria|ukraine|afghanistan|sudan|south sudan|eritrea|somalia|congo|the drc|yemen|iraq|iran|ethiopia|venezuela|haiti|myanmar|gaza|palestine|lebanon|syrie|soudan|erythree|somalie|irak|ethiopie|liban)\\b",
        "\\b(?:escaped|escaping|fled|fleeing|ran from) (?:the )?(?:war|violence|fighting|conflict|persecution|taliban)\\b|\\b(?:echappe|echappee?s?|fui|fuyant) (?:a la |la )?(?:guerre|violence|persecution)\\b",
        "\\b(?:on|with) (?:a |an )?(?:temporary |expired )?(?:work permit|study permit|work visa|student visa|visitor visa|tourist visa|temporary (?:visa|permit))\\b|\\b(?:avec|sous) (?:un )?(?:permis de travail|permis d'etudes|visa (?:de travail|d'etudiant|de visiteur))\\b"
      ]),
      "i"
    )
  },
  {
    // Custody proceedings and supervised access.
    kind: "family",
    re: /\b(?:audience|audiences) (?:de garde|au tribunal de la famille)\b|\bvisites? supervisees?\b|\bsupervised (?:visits?|visitation|access)\b|\bcustody (?:hearing|battle|case|dispute)\b/i
  },
  {
    // French possession of a condition: "l'allergie aux arachides de Maëlle" (the name has a capital).
    kind: "health",
    re: /\b(?:[Ll]'|[Ll]a |[Ll]e |[Ss]on |[Ss]a )(?:allergie|diabete|epilepsie|asthme|autisme|anxiete|diagnostic|medication|epipen|pompe a insuline|fauteuil roulant)(?: [a-z']+){0,2} (?:de |d')[A-Z]\w*/
  },
  {
    // The student's own devices and procedures: "Everett's insulin pump", "her knee surgery".
    kind: "health",
    re: /\b(?:'s|his|her|their) (?:insulin pump|cgm|glucose monitor|feeding tube|g-tube|cochlear implants?|nebuli[sz]er|ostomy|epi-?pen)\b|\b(?:'s|his|her|their) (?:\w+ )?(?:surgery|operation|chemo|chemotherapy|radiation|infusions?|transplant|dialysis)\b|\b(?:starts|started|starting|begins|began|finished|finishes|back from) (?:his |her |their )?(?:chemo|chemotherapy|radiation|dialysis|cancer treatment)\b/i
  }
]
