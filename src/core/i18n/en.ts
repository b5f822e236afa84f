/**
 * The checker's own words that belong to no built-in rule (division custom rules
 * and their problems), in English. Each built-in rule keeps its words in its own
 * folder (`rules/<id>/messages.ts`). `{name}` placeholders are filled by coreText().
 */
export const EN = {
  "custom.problem.bad-pattern":
    'Custom rule "{id}": the pattern is not a valid regular expression ({error}).',
  "custom.problem.empty": 'Custom rule "{id}" has neither a pattern nor any words.',
  "custom.problem.rule": 'Custom rule "{id}": {reason}',
  "custom.problem.slow":
    'Custom rule "{id}" took longer than {ms} ms on one post and was skipped for it. Simplify its pattern in the custom rules settings.',
  "custom.reason.bad-pattern": "the pattern is not a valid regular expression ({error}).",
  "custom.reason.empty": "it has neither a pattern nor any words.",
  "custom.reason.too-long":
    "the pattern is longer than {max} characters. Split it into several shorter rules.",
  "custom.reason.backreference":
    'the pattern refers back to an earlier group ("{fragment}"). That can make checking a post extremely slow, so it is not allowed: write the text again instead of referring back to it.',
  "custom.reason.nested":
    'in "{fragment}", a repeated part contains another open-ended repeat (like (a+)+ or (\\w*)*). That could freeze the check on some posts. Remove the inner or the outer repeat.',
  "custom.reason.overlap":
    'in "{fragment}", a repeated group offers choices that can match the same text (like (a|ab)* or (\\w|\\d)+). That could freeze the check on some posts. Make the choices start differently, or merge them into one set such as [\\w-].',
  "custom.reason.ambiguous":
    'in "{fragment}", a repeated group can match the same text in more than one way (like (a?a)+). That could freeze the check on some posts. Make each part of the group required, or repeat it fewer times.',
  "custom.reason.polynomial":
    'in "{fragment}", two open-ended repeats (like .* or \\w+) can match the same characters. That makes the check slow on long posts. Keep only one of them, or give one a limit, such as .{0,40} instead of .*.',
  "custom.title": "Division rule",
  "custom.clause": "Division rule",
  "custom.quote": "A rule set by your school division."
} as const

export type CoreTextId = keyof typeof EN
