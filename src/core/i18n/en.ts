/**
 * The words the built-in rules show teachers, in English. Keys are stable ids
 * (`<rule>.<what>`); `{name}` placeholders are filled by coreText(). Never put a
 * student's name in a message: the panel shows the matched words separately.
 */
export const EN = {
  "student-full-name.message":
    "This looks like a student's full name. Publish only the first name unless full-name consent is on file.",
  "student-full-name.fix.keep-first-name": "Keep first name only",

  "non-disclosure-name.message":
    "This student is on the non-disclosure list: do not name them (or post their photo).",
  "non-disclosure-name.fix.remove-name": "Remove the name",
  "non-disclosure-name.advice.leave-out": "Leave this student out of the post and its photos",

  "field-trip-details.message":
    "This tells people where students will be away from school, and when. Share trip details after the trip, or leave out the time and meeting point.",
  "field-trip-details.advice.post-after": "Post after the trip instead",
  "field-trip-details.fix.remove-time": "Remove the time",
  "field-trip-details.fix.remove-date": "Remove the date",
  "field-trip-details.fix.remove-meeting-point": "Remove the meeting point",

  "missing-disclaimer.message":
    "This post identifies you as division staff. Add a line saying the views are your own, not your school's or the division's.",
  "missing-disclaimer.fix.add-disclaimer": "Add the disclaimer",

  "student-images.photos.one": "1 photo",
  "student-images.photos.many": "{count} photos",
  "student-images.videos.one": "1 video",
  "student-images.videos.many": "{count} videos",
  "student-images.and": "{first} and {second}",
  "student-images.attached": "{what} attached",
  "student-images.message": "{attached}. Before posting, check: {checklist}.",
  "student-images.checklist.purpose":
    "share student images only occasionally, for an educational or celebratory purpose",
  "student-images.checklist.consent": "written consent is on file for every student shown",
  "student-images.checklist.non-disclosure": "no one shown is on the non-disclosure list",
  "student-images.checklist.blur": "blur, crop, or use a distant or large-group shot",
  "student-images.checklist.first-names":
    "names visible in the picture (name tags, jerseys, certificates, whiteboards) are first names only",

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
  "custom.clause": "Division rule",
  "custom.quote": "A rule set by your school division."
} as const

export type CoreTextId = keyof typeof EN
