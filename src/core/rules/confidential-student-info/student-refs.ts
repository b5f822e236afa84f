import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
/**
 * More ways a post points at one student, for confidential-student-info, over
 * NORMALISED text (accents folded): endearments ("my little guy", "mon petit
 * bonhomme"), "one of the kids in my class", "a 7th grader", "our new student",
 * a child placed by the teacher's grade, period or seat ("une élève de ma 2e année", "a kid
 * in period 2", "the quiet boy at the back of my Grade 5 room", "this student of mine"),
 * and the cues that make a word that is also a common word a person's name.
 */

/** Words after "student" that make it a staff role or a thing, not a child ("our new student teacher"). */
const NOT_A_CHILD =
  "(?! (?:teachers?|councils?|handbooks?|portals?|leaders?|leadership|services|orientation|registration|information|records?|ids?|cards?|success|voice|union|body|art|work|numbers?|accounts?|chromebooks?|laptops?)\\b)"

const ORDINAL =
  "(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"

export const MORE_STUDENT_PHRASE = quickToCompile(
  "\\b" +
    alt([
      // Endearments: "my little guy", "my sweet boy", "my kiddo" (a teacher's word for a pupil).
      "my (?:little|lil|sweet|wee|tiny|young) (?:guy|buddy|man|dude|friend|one|girl|boy|lady|kiddo|guy|pal|sweetie|love)",
      "my (?:kiddo|lil one|little one)\\b(?!s)",
      // "one of my littles", "one of the kids in my class", "one of my 7th graders".
      "(?:a|one|two|three|some|several) of (?:my|our) (?:littles|little ones|babies|friends|cuties|sweeties|bigs|homeroom kids|grade \\w+ (?:boys|girls|kids|students)|gr\\.? ?\\d+ (?:boys|girls|kids|students))",
      "(?:a|one|two|three|some|several) of the (?:kids|students|boys|girls|children|learners|kiddos) (?:in|from) (?:my|our) (?:class|classroom|room|homeroom|group|school|program)",
      `(?:a|an|one|this|that|my|our) (?:(?:little|young|new) )?${ORDINAL}[- ]graders?`,
      `(?:a|one|two|three|several) of (?:my|our) ${ORDINAL}[- ]graders`,
      // "our new student", "the new girl in my class" (not "our new student teacher").
      `(?:my|our|the) (?:new|newest) (?:student|girl|boy|kid|kiddo|learner)${NOT_A_CHILD}`,
      `my (?:grade|gr\\.?) ?\\d+ (?:student|boy|girl|kid|learner)${NOT_A_CHILD}`,
      // "the boy in my class with autism", "the kid with diabetes in my class" (bounded gap).
      "(?:the|a|one|this|that) (?:little |young |new |sweet )?(?:boy|girl|kid|student|child|kiddo|guy|learner)\\b[^.!?]{0,40}?\\b(?:in|from) (?:my|our) (?:class|classroom|room|homeroom|group|program)",
      // "the quiet boy at the back of my Grade 5 room", "le petit gars tranquille au fond de ma classe".
      "(?:the|a|one|this|that) (?:\\w+ )?(?:boy|girl|kid|student|child|kiddo|guy|learner) (?:\\w+ )?(?:at|in|from) the (?:back|front|corner|end) of (?:my|our) (?:(?:grade|gr\\.?) ?\\d+ )?(?:class|classroom|room|homeroom|group)",
      "(?:l'|le |la |un |une )(?:petite? |jeune )?(?:eleve|enfant|garcon|fille|petite?|jeune|gars)(?: [\\w']+){0,2} (?:au fond|en avant|a l'avant|a l'arriere|dans le coin) de (?:ma|mon|notre) (?:classe|groupe|local)",
      // "This student of mine", "Kid in period 2", "le jeune de ma 2e période" (not "every kid in period 2").
      "(?:this|that) (?:\\w+ )?(?:student|kid|learner|boy|girl) of (?:mine|ours)",
      "(?<!(?:every|each|no|any|all|the other) )(?:kid|student|boy|girl|guy) in (?:my )?(?:period|block) ?\\d\\b",
      "(?:le|la|l') ?(?:jeune|eleve|gars|fille|garcon) de (?:ma|mon) (?:\\d+(?:e|re) )?(?:periode|cours|groupe)\\b",
      // "Anyone else have a Grade 1 with a Level 3 designation?": a child said by the grade (not "a Grade 1 with 28 kids").
      "(?:have|had|got|teach|with) (?:a|one) (?:grade|gr\\.?) ?\\d+ (?:with|who|whose)\\b(?! \\d)",
      "(?:l'|le |la |un |une )(?:petite? |jeune )?(?:eleve|enfant|garcon|fille|petite?|jeune|gars|coco|cocotte)(?: [\\w']+){0,2} (?:de|dans) (?:ma|mon|notre) (?:classe|groupe|local)",
      // A demonstrative before a child word: "this kiddo", "that little guy", "cette élève", "ce petit bonhomme".
      "(?:this|that) (?:kiddo|little one|lil one|(?:little|lil|sweet|young|tiny|wee) (?:guy|girl|boy|man|dude|buddy|lady|friend|kiddo|one|pea))(?![-'])",
      // A plain "this student" only as the subject ("this kid has…"): "to support this student" is no one in particular.
      "(?:this|that) (?:kid|student|boy|girl|child|learner) (?=(?:is|has|was|had|gets|got|needs|works|goes|went|started|uses|sees|can't|won't|didn't|just|finally|still|struggles|qualifies|receives)\\b)",
      "(?:cette|cet) (?:petite |jeune |grande )?(?:eleve|enfant|etudiante|fillette|cocotte|puce|jeune fille)",
      "ce (?:petit |jeune |grand )?(?:garcon|gars|bonhomme|coco|loulou|eleve|jeune homme|etudiant)",
      "(?:ce|cette) (?:petit|petite|jeune)(?= (?:a|est|n'a|n'est|ne|va|fait|vit|avait|etait|doit|prend|lit|qui)\\b|[,!.?])",
      "(?:mon|ma) (?:coco|cocotte|loulou|puce|bonhomme|choupette|poussin|champion|championne)",
      // A special-education word before the child word: "one of my IEP kids", "a student on my caseload".
      "(?:a|one|two|three|some|several) of (?:my|our) (?:iep|ipp|pei|ea|sped|special needs|designated|coded|resource|autistic|adhd|asd|fasd) (?:kids|kiddos|students|learners|boys|girls|friends|eleves)",
      "(?:a|one|this|that) (?:\\w+ )?(?:student|kid|kiddo|boy|girl|learner) on (?:my|our) caseload",
      // The need before the child word: "my autistic student", "mon élève TSA" (the word is also the detail).
      "(?:my|our|this|that) (?:little |sweet |new )?(?:autistic|adhd|asd|fasd|dyslexic|deaf|blind|nonverbal|non-verbal|iep|1:1|sped|special needs) (?:student|kiddo|kid|boy|girl|learner|friend|guy)(?!s)",
      "(?:mon|ma|notre|cette|cet|ce) (?:petite? )?(?:eleve|etudiante?|enfant|garcon|fille|coco|cocotte) (?:tsa|tdah|tda|autiste|dyslexique|dysphasique|dyspraxique|hdaa|handicapee?|sourde?|aveugle)",
      // The child a teacher or an aide works with: "the student I support", "le petit que j'accompagne".
      "(?:the|a|one|this|that) (?:little |young )?(?:student|kid|kiddo|boy|girl|guy|child|learner) (?:i|we) (?:support|work with|teach|tutor|help|look after|am assigned to)",
      "(?:le|la|l') ?(?:petite?|eleve|enfant|jeune|garcon|fille) (?:que|qu') ?(?:j'accompagne|j'aide|je soutiens|j'ai en 1:1)",
      // French: "mon petit bonhomme", "ma nouvelle élève", "un de mes anciens élèves".
      "(?:mon|ma) (?:petit bonhomme|petite puce|petit coco|petite cocotte|petit loulou|petite loulou|petit gars|petite choupette|petit cheri|petite cherie|petit ange|grand gars)",
      "(?:mon|ma|notre) (?:nouvel|nouvelle|nouveau|ancienne?|jeune) (?:eleve|etudiante?|ami|amie|arrivante?)",
      "(?:un|une|l'un|l'une|deux|trois) (?:de|d'entre) (?:mes|nos) (?:anciens|anciennes|nouveaux|nouvelles) (?:eleves|etudiants|etudiantes)",
      "(?:un|une) (?:garcon|fille|eleve|enfant|jeune) de (?:ma|mon|notre) (?:classe|groupe|ecole|local)",
      // "une élève de ma 2e année", "un garçon de ma maternelle": the teacher's own grade.
      "(?:un|une|l'un|l'une) (?:garcon|fille|eleve|enfant|jeune|petite?) de (?:ma|mon|notre) (?:\\d+(?:e|re)|premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme|maternelle)(?: annee)?",
      "(?:un|une|l'un|l'une) des (?:enfants|eleves|jeunes|garcons|filles) de (?:ma|mon|notre) (?:classe|groupe)"
    ]) +
    "\\b",
  "i"
)

/** A capitalised word right after an endearment is a child's name ("mon petit Louis", "little Grace"). */
export const ENDEARMENT_BEFORE =
  /\b(?:my little|my sweet|little|lil|mon petit|ma petite|notre petit|notre petite|mon eleve|mon etudiant|ma eleve|mon ami|mon amie)\s$/i

/**
 * After a name that is also a word, cues strong enough to make it a person even when it opens
 * the sentence ("Grace in my class got…", "Chase's mom…", "Rose (my Grade 2) has…").
 */
export const STRONG_PERSON_AFTER =
  /^(?:'s\b|, (?:who|whose|qui|dont)\b| \((?:my|mon|ma|gr|grade|\d)| (?:from|in|de|dans) (?:my|our|ma|mon|notre) (?:\w+ ){0,3}(?:class|homeroom|room|group|classe|groupe)\b|, (?:my|one of my|mon|ma|un de mes|une de mes) )/i

/** Given names that are also words but are people's names far more often than sentence openers. */
export const NAME_LIKE = new Set(
  "grace hope faith joy rose dawn bill bob pat sue chase dale glen guy max terry louis angel sunny river lane".split(
    " "
  )
)

/** Pronouns and determiners that open sentences with a capital and are no one's name. */
export const NEVER_A_NAME = new Set(
  "celui celle ceux celles quiconque chacun chacune personne whoever someone somebody anyone anybody everyone everybody nobody".split(
    " "
  )
)
