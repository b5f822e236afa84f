/**
 * What turns a voice match back into an ordinary post: relayed news, the teacher's own
 * opinion, a past frame, a question, a class placed at the school, or a school name that
 * is only a place complement. Each is checked on the sentence up to the match.
 */

/** Relaying what the school or division said is not speaking for it. */
export const RELAY =
  /\b(?:posted|shared|sharing|announced|says|said|reports?|reported|according to|i (?:just )?(?:heard|read|saw|learned)|news that|heard that|has announced|a annonce|a publie|selon|j'ai appris|rappel de|reminder from|je partage|heard|told (?:us|me|parents|families)|(?:nous|m'|leur) a (?:dit|annonce|ecrit)|a dit|ont dit|dit que|apparently|supposedly|rumou?r|word is|apparemment|il para[iî]t|si j'ai bien compris|on dit que|semble-t-il)\b/i

/** A time gone by frames the "we": "Last year at X we cancelled…", "Quand j'enseignais à X, on…". */
export const PAST_FRAME =
  /\b(?:last (?:year|spring|fall|winter|summer|term|month)|years? ago|back (?:when|in)|when i (?:was|taught|worked|started)|i used to|used to|my (?:old|former|previous) school|in my day|l'an (?:passe|dernier)|l'annee (?:passee|derniere)|il y a (?:\d+|quelques|deux|trois) ans|quand j'(?:etais|enseignais|travaillais)|autrefois|mon ancienne ecole|a l'epoque)\b/i

/** The "we" is a class placed at the school: "My class at X, we…", "Les 5e à l'École X, nous…". */
export const CLASS_BEFORE =
  /\b(?:my|our|ma|mon|mes|notre|nos|les|the)\s(?:[\w'-]+\s){0,2}?(?:class(?:room)?|kids|students|kiddos|group|grade\s?\d+s?|\d+(?:e|es|s|th|re)?|classe|groupe|eleves|enfants|amis)\s*$/i

/** A sentence that ends in a question mark (emoji and closing quotes aside). */
export const QUESTION = /\?(?:[\s"')\]]|\u200d|\ufe0f|\p{Extended_Pictographic})*$/u

/** The teacher's own opinion of a decision ("I'm glad the division decided…", "je pense que la DSFM…"). */
export const OPINION =
  /\b(?:(?:i'm|i am|so) (?:glad|happy|relieved|thankful|grateful|disappointed|sad|upset|surprised)(?! to)|i (?:think|believe|feel|hope|agree|disagree|wish|guess|doubt)|in my (?:opinion|view)|personally|je (?:pense|crois|trouve|doute|suis (?:content|contente|heureux|heureuse|decu|decue|soulage|soulagee|surpris|surprise|triste))|j'espere|personnellement|a mon avis|mon avis)\b/i

/**
 * The match sits inside a place complement with capitalised name words before it
 * ("my Grade 4s at Oakburn| School have decided"): the school is not the speaker.
 * Case matters here, so this is checked apart from the case-insensitive voice pattern.
 */
export const INSIDE_COMPLEMENT =
  /\b(?:at|of|from|in|with|for|to|de|du|des|a|chez|pour|avec|dans) (?:(?:l'|la |le |the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'.-]* ){1,4}$/
