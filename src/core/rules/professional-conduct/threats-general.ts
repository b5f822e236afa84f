import { ROLE_EN } from "./words"

/**
 * The general English threat: a first-person intent ("I'm going to", "I'm this
 * close to", "I'd love to") + a violent verb in any form + a person as its object
 * within a few words ("lay him out", "throttling the next parent who…", "smack
 * the attitude right out of that kid"). Objects are people only, so "destroy this
 * pile of marking" and "strangle this laminator" stay quiet; prepositions that
 * turn the verb into something else ("knock on the parents' door", "hit up the
 * parents") cannot stand in the gap, and games ("at chess") end it.
 */

const INTENT =
  "(?:\\b(?:i|we)(?:'ll| will|'m going to| am going to|'m gonna| am gonna|'d love to| would love to|'d like to| want to| wanna|'m (?:this|so|very|getting|dangerously) close to| am (?:this|so) close to|'m about to| am about to|'m ready to| could| might| swear i'll| swear i will| swear to god i'll| feel like| am tempted to|'m tempted to| can't wait to| will probably| may just| might just| just might|'m gonna have to)|\\bgonna|\\bgoing to)"

const VIOLENT =
  "(?:kill(?:ing)?|murder(?:ing)?|strangl(?:e|ing)|throttl(?:e|ing)|chok(?:e|ing)|punch(?:ing)?|slap(?:ping)?|smack(?:ing)?|deck(?:ing)?|sock(?:ing)?|kick(?:ing)?|beat(?:ing)?(?! up on)|hit(?:ting)?(?! up)|hurt(?:ing)?|stab(?:bing)?|shoot(?:ing)?|knif(?:e|ing)|slash(?:ing)?|smash(?:ing)?|bash(?:ing)?|lay(?:ing)?(?= (?:him|her|them|you|that|the)\\b)|knock(?:ing)?(?= (?:him|her|them|you|that|the)\\b)|rip(?:ping)?(?= (?:him|her|them|you|that|the)\\b)|wring(?:ing)?|pummel(?:l?ing)?|thrash(?:ing)?|whack(?:ing)?|whoop(?:ing)?|clobber(?:ing)?|flatten(?:ing)?|tackl(?:e|ing)|headbutt(?:ing)?|body-?slam(?:ming)?|maim(?:ing)?|crippl(?:e|ing)|drown(?:ing)?|sucker-?punch(?:ing)?|beat(?:ing)? up|rough(?:ing)? up|run(?:ning)? over|tak(?:e|ing) out|destroy(?:ing)?|ruin(?:ing)?|end(?:ing)?)"

/** A person as the object (never a building or a body: "hit the gym after school"): pronouns, "whoever", "the next parent", "that kid", "one of my students". */
const PERSON = `(?:him|her|them|you|'em|y'all|whoever|someone|somebody|everyone|everybody|anyone|anybody|(?:that|this|the|these|those|my|our|his|her|their|some|every|each|one of (?:my|the|these|those|our)|the next|the first)(?: [\\w'-]+){0,2}? ${ROLE_EN})(?![\\w-])(?!'(?!s ))(?<!school|division|district|office|board|class|classes|homeroom|team|bunch|group|cohort)(?!'s (?!(?:whole |entire |teaching |)(?:career|reputation|life|job|face|head|neck|car|tires|teeth|nose|jaw)\\b))`

/** Words in the gap may not be prepositions that change the verb ("knock on", "hit up", "beat at"). */
const GAP =
  "(?: (?!on\\b|at\\b|for\\b|to\\b|about\\b|with\\b|into\\b|up on\\b|not\\b|never\\b)[\\w'-]+){0,4}?"

/** "at chess", "with kindness", "to the gym", "an email", "up for volunteers": a game or a figure of speech, not harm. */
export const NOT_A_GAME =
  "(?! (?:at|in|on|for|to|up|out|outside|around)\\b(?! the (?:face|head|parking|hallway|hall|lot)\\b)| with\\b(?! (?:a|my|the|this) (?:chair|bat|stick|brick|shovel|hockey stick|stapler|ruler|binder|bus|fist)\\b)| (?:an?|the|some|my) (?:email|e-mail|message|text|note|reminder|quick|line|invite|link|survey|update|party|curveball)\\b)"

export const GENERAL_THREAT_EN = `${INTENT}(?: (?!not\\b|never\\b)[\\w']+){0,3}? ${VIOLENT}${GAP} ${PERSON}${NOT_A_GAME}`
