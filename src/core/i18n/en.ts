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
  "custom.clause": "Division rule",
  "custom.quote": "A rule set by your school division."
} as const

export type CoreTextId = keyof typeof EN
