import { alt } from "../support/alternation"
import { quickToCompile } from "../../text/quick-compile"
/**
 * Everyday ways teachers say a confidential detail, as small grammars over
 * NORMALISED text (accents folded): a write-up or a room clear, an absence count,
 * a common illness someone "has" or is "on" a medicine for, an average or an
 * incomplete, the street a student lives on. Each pattern opens on a literal word.
 */

/** Minor illnesses a child "has" or "caught" (the bare word alone is a topic). */
const COMMON_ILLNESS =
  "tummy bug|stomach bug|stomach flu|stomach virus|norovirus|ear infection|eye infection|pink eye|strep|cold sore|hand,? foot and mouth|scarlet fever|whooping cough|ringworm|impetigo"

export const EVERYDAY_DETAILS: { kind: string; re: RegExp }[] = [
  {
    kind: "behaviour",
    re: quickToCompile(
      alt([
        "\\b(?:was|got|been|being|gets|get) written up\\b",
        "\\b(?:ended up|landed|was sent|got sent|is back|was back) in the office\\b|\\bspent (?:the|all|most of the) (?:\\w+ )?(?:morning|afternoon|day) in the (?:principal's )?office\\b",
        "\\b(?:'s|his|her|their) behaviou?r (?:has been|is|was|keeps|is getting) (?:\\w+ )?(?:out of control|escalating|unsafe|dangerous|worse|a problem|aggressive)\\b",
        "\\b(?:had|has|having|another|a (?:major|huge|big)) (?:major |huge |big |full-blown )?meltdowns?\\b(?! (?:over|about) (?:the|a|his|her) (?:lost|missing|broken|spilled))",
        "\\b(?:had|has|another|during (?:a|the|his|her|their)) room clears?\\b|\\bhad to (?:clear|evacuate) the (?:room|classroom)\\b|\\ba fallu evacuer la classe\\b",
        "\\b(?:lost|loses|losing) (?:gym|recess|computer time|privileges|(?:his|her|their) (?:gym|privileges|phone privileges))\\b(?! (?:shoes|clothes|bag|strip|uniform|socks|shirt))",
        "\\b(?:has|had|with|missed|already) (?:\\d+|so many|too many) (?:absences|unexplained absences|lates)\\b|\\b\\d+ absences\\b"
      ]),
      "i"
    )
  },
  {
    kind: "health",
    re: quickToCompile(
      alt([
        `\\b(?:has|had|got|caught|with|'s got|came down with|home with|off with) (?:an? |the )?(?:${COMMON_ILLNESS})\\b`,
        "\\b(?:has|with|'s) type (?:1|2|one|two)\\b(?! (?:error|of|and))|\\b(?:check|checks|checking|test|tests|testing) (?:his|her|their) (?:blood )?sugars?\\b",
        "\\bon antibiotics\\b|\\bsous antibiotiques\\b|\\b(?:prend|prenait) des antibiotiques\\b"
      ]),
      "i"
    )
  },
  {
    kind: "marks",
    re: quickToCompile(
      alt([
        "\\b(?:has|had|with|at|carrying) an? \\d{1,3}(?: ?%)? average\\b|\\b(?:a|avait) une moyenne de \\d{1,3}\\b",
        "\\b(?:getting|got|gets|has|received|receive|will get) (?:an? )?(?:incomplete|insufficient evidence)\\b|\\b(?:a|aura|obtient) (?:un |une )?(?:incomplet|mention incomplete)\\b"
      ]),
      "i"
    )
  },
  {
    // "lives in the blue house beside the school on Park St": the street has a capital.
    kind: "contact",
    re: /\b(?:lives|living|habite|demeure)\b[^.!?]{0,60}?\b(?:on|off) [A-Z][\w'-]+ (?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Cres|Crescent|Bay|Blvd|Way|Court|Pl|Place)\b/
  }
]
