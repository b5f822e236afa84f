import * as z from "zod"
import { compileCustomRule } from "../core/rules/custom"
import { selectorProblem } from "../core/selector-syntax"
import { BUILTIN_RULE_IDS, builtinRule, type BuiltinRuleId } from "../core/rules/registry"
import { MAX_EXTRA_SITES, matchPatternProblem } from "../sites/extra-sites"
import { SITE_IDS, siteName, type SiteId } from "../sites/registry"

/**
 * The one settings schema. Everything else derives from it: the checks in
 * resolve.ts (each key validated on its own), the `Settings` type and the Chrome
 * managed-storage schema (managed-schema.ts). Every key carries a title and a
 * description because IT admins read them in the managed schema.
 *
 * Conventions the resolver relies on:
 * - a plain `z.object` is merged field by field (managed > user > default), and a
 *   field set by policy is locked for the teacher;
 * - an object marked `merge: "whole"` (list items, citations) is taken or refused
 *   as one value;
 * - checks zod can express beyond types (enum, regex, required) are NOT copied
 *   to the managed schema (see managed-schema.ts), so resolve.ts reports them;
 * - lists replace the lower layer as a whole; bad items are dropped one by one.
 * No `.default()` and no `.transform()` here: defaults live in defaults.ts, and a
 * transform cannot be expressed in the JSON schema Chrome needs.
 */

/** Limits keep a runaway policy file or a pasted novel from slowing every keystroke's check. */
export const LIMITS = {
  names: 2000,
  /**
   * Student-name lists (consent, non-disclosure, "not a student"). Higher: a
   * division-wide list set by policy can be long, and a non-disclosure name cut
   * off by a limit would no longer be protected. 10,000 names index in a few
   * milliseconds (bench: settings).
   */
  studentNames: 10000,
  nameLength: 200,
  /**
   * Hashes in one hashed name list (class list, hashed non-disclosure list): a
   * student gives 3 to 16 forms (core/hash/names.ts), so 10,000 students fit.
   */
  hashes: 200000,
  phrases: 200,
  phraseLength: 300,
  accounts: 100,
  customRules: 100,
  words: 200,
  patternLength: 500,
  messageLength: 300,
  textLength: 1000
} as const

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const text = (max: number) => z.string().trim().min(1).max(max)
const textList = (maxItems: number, maxLength: number, item: string) =>
  z
    .array(text(maxLength).meta({ title: item, description: `One ${item.toLowerCase()}.` }))
    .max(maxItems)

export const severitySchema = z.enum(["info", "warn", "block"]).meta({
  title: "Severity",
  description:
    "One of info, warn, block. How serious a finding is: info (a note), warn (the teacher is asked once more before posting), block (the strongest warning; combine with enforcement.postAnyway = false to require a fix)."
})

const siteSchema = z.enum(SITE_IDS as [SiteId, ...SiteId[]]).meta({
  title: "Site",
  description: `One of ${SITE_IDS.join(", ")}.`
})

export const officialAccountSchema = z
  .object({
    site: siteSchema,
    handle: text(100).meta({
      title: "Handle",
      description: "The account's handle, with or without the @ (case does not matter)."
    })
  })
  .meta({
    title: "Official account",
    description: "An account that speaks for a school or the division. Needs site and handle.",
    merge: "whole"
  })

/**
 * The teacher's own accounts. The checker cannot read a profile page, so the
 * teacher says what it shows; src/settings/my-accounts.ts turns it into the
 * draft's account profile for the missing-disclaimer check.
 */
export const myAccountSchema = z
  .object({
    site: siteSchema,
    handle: text(100).meta({
      title: "Handle",
      description: "The account's handle, with or without the @ (case does not matter)."
    }),
    identifiesAsStaff: z.boolean().meta({
      title: "Profile identifies me as staff",
      description: "The profile names the division, a school or a school-staff role."
    }),
    hasDisclaimer: z.boolean().meta({
      title: "Profile carries the disclaimer",
      description: "The profile already says the views are the teacher's own."
    })
  })
  .meta({
    title: "My account",
    description:
      "One of the teacher's own accounts. Needs site, handle, identifiesAsStaff and hasDisclaimer.",
    merge: "whole"
  })

export const customRuleSchema = z
  .object({
    id: z
      .string()
      .max(40)
      .regex(SLUG, {
        error: 'must use only lowercase letters, digits and single dashes, like "no-bus-numbers"'
      })
      .meta({
        title: "Rule id",
        description:
          'A short name of lowercase letters, digits and dashes, e.g. "no-bus-numbers". Findings are reported as custom:<id>; keep it stable.'
      }),
    pattern: z.string().min(1).max(LIMITS.patternLength).optional().meta({
      title: "Pattern",
      description:
        "A regular expression (JavaScript syntax, matched ignoring case). Give either a pattern or a list of words. Patterns that could take very long on some posts (nested repeats like (a+)+, overlapping alternatives, back-references) are refused with a message."
    }),
    words: z
      .array(text(100).meta({ title: "Word", description: "A word or phrase to flag." }))
      .max(LIMITS.words)
      .optional()
      .meta({
        title: "Words",
        description:
          "Words or phrases to flag as whole words, ignoring case. Used when there is no pattern."
      }),
    message: text(LIMITS.messageLength).meta({
      title: "Message",
      description:
        "What the teacher is told when the rule matches. Never put a student's name here."
    }),
    severity: severitySchema,
    enabled: z
      .boolean()
      .optional()
      .meta({ title: "On", description: "false switches the rule off without deleting it." })
  })
  .meta({
    title: "Custom rule",
    description:
      "A division rule: a pattern or a list of words, with the message to show. Needs id, message, severity, and a pattern or words.",
    merge: "whole"
  })
  // The checker would skip a rule whose pattern does not compile; saying so here
  // lets the options page and chrome://policy readers see why.
  // Patterns that could freeze the check (support/regex-safety.ts) are refused the same way.
  .superRefine((rule, ctx) => {
    const compiled = compileCustomRule(rule)
    if ("regex" in compiled) return
    // The reason without the rule's name: the resolver's label already names it.
    ctx.addIssue({
      code: "custom",
      message: compiled.reason.replace(/\.$/, ""),
      // messages.ts words it again in the options page's language.
      params: { text: "custom-rule", rule },
      path: [rule.pattern ? "pattern" : "words"]
    })
  })

/**
 * A student-name list kept as salted hashes (core/hash/names.ts): the class list
 * the options page imports, or a non-disclosure list made by `npm run hash-names`.
 */
const hashedNamesSchema = (title: string, description: string) =>
  z
    .object({
      salt: z.string().min(8).max(200).meta({
        title: "Salt",
        description: "The random text the names were hashed with (printed by npm run hash-names)."
      }),
      hashes: z
        .array(
          z
            .string()
            .regex(/^[0-9a-f]{16}$/, { error: "must be 16 lowercase hexadecimal characters" })
            .meta({ title: "Hash", description: "One hashed name form (16 hex characters)." })
        )
        .max(LIMITS.hashes)
        .meta({ title: "Hashes", description: "The hashed name forms, as printed." }),
      count: z.int().min(0).optional().meta({
        title: "Number of students",
        description: "How many students the hashes were made from (shown to the teacher)."
      })
    })
    .meta({ title, description, merge: "whole" })

export const ruleSettingSchema = z.object({
  enabled: z.boolean().meta({ title: "On", description: "Whether this check runs." }),
  severity: severitySchema
})

export const policyRefSchema = z
  .object({
    clause: text(200).meta({
      title: "Clause",
      description: 'A short citation, e.g. "AP 144 — Use of Student Information on Social Media".'
    }),
    quote: text(LIMITS.textLength).meta({
      title: "Quote",
      description: "The text of the clause, quoted from your procedure."
    })
  })
  .meta({ merge: "whole" })

/** What IT reads about a built-in rule in the managed schema: its English title and description. */
function ruleInfo(id: BuiltinRuleId): { title: string; description: string } {
  const rule = builtinRule(id)
  return {
    title: rule.messages.en.title,
    description: `${rule.messages.en.description} (${rule.policyRef.clause}.)`
  }
}

/** One field per built-in rule, typed by rule id. */
function perRule<T extends z.ZodType>(make: (id: BuiltinRuleId) => T): Record<BuiltinRuleId, T> {
  return Object.fromEntries(BUILTIN_RULE_IDS.map((id) => [id, make(id)])) as Record<
    BuiltinRuleId,
    T
  >
}

/** One field per site of the site registry. */
function perSite<T extends z.ZodType>(make: (id: SiteId) => T): Record<SiteId, T> {
  return Object.fromEntries(SITE_IDS.map((id) => [id, make(id)])) as Record<SiteId, T>
}

/** A CSS selector from policy: its syntax is checked here, so a typo is a settings problem. */
const selectorSchema = z
  .string()
  .max(300)
  .superRefine((css, ctx) => {
    const why = selectorProblem(css)
    if (why) ctx.addIssue({ code: "custom", message: `the selector "${css}" ${why}` })
  })
  .meta({ title: "CSS selector", description: "One CSS selector." })

/**
 * Extra selectors and labels for one site, for when the site changed its markup
 * and the adapter misses its compose box or Post button (IT mends it the same day,
 * without a new release). Added to the built-in ones, never replacing them.
 */
export const siteOverrideSchema = z
  .object({
    editors: z.array(selectorSchema).max(20).optional().meta({
      title: "Compose boxes",
      description:
        "CSS selectors of compose boxes the extension should check (an editable element: contenteditable or textarea)."
    }),
    submit: z.array(selectorSchema).max(20).optional().meta({
      title: "Post buttons",
      description:
        "CSS selectors of the control that sends the post; the nearest one to the compose box is used."
    }),
    submitLabels: textList(20, 60, "Label").optional().meta({
      title: "Post button labels",
      description:
        'Extra words the Post button may read or carry as its aria-label (e.g. "Publier maintenant"), in any language.'
    })
  })
  .meta({
    title: "Site override",
    description: "Extra compose-box and Post-button selectors and labels for one site.",
    merge: "whole"
  })

const siteToggle = (name: string) =>
  z.boolean().meta({ title: name, description: `Check drafts written on ${name}.` })

export const settingsSchema = z.object({
  schemaVersion: z.int().min(0).meta({
    title: "Settings format version",
    description: "Set by the extension when it saves settings; used to upgrade older settings."
  }),
  divisionNames: textList(LIMITS.names, LIMITS.nameLength, "Division name").meta({
    title: "Division names",
    description:
      "Names and abbreviations of the school division. A post that mentions one identifies the author as division staff, so it needs a disclaimer."
  }),
  schools: textList(LIMITS.names, LIMITS.nameLength, "School name").meta({
    title: "School names",
    description:
      "Names of the division's schools. Mentioning one also identifies the author as division staff."
  }),
  officialAccounts: z.array(officialAccountSchema).max(LIMITS.accounts).meta({
    title: "Official accounts",
    description:
      "Accounts allowed to speak for a school or the division. Posts from them need no personal disclaimer."
  }),
  myAccounts: z.array(myAccountSchema).max(LIMITS.accounts).meta({
    title: "My accounts",
    description:
      "The teacher's own accounts and what their profiles say; the disclaimer check reads them as the account's profile. Usually left to each teacher."
  }),
  disclaimerPhrases: textList(LIMITS.phrases, LIMITS.phraseLength, "Disclaimer phrase").meta({
    title: "Disclaimer phrases",
    description:
      'Wordings accepted as a disclaimer, such as "views are my own". Matching ignores case and accents.'
  }),
  disclaimerText: text(LIMITS.textLength).meta({
    title: "Disclaimer text",
    description: "The disclaimer that the one-click fix adds to a post."
  }),
  consentedNames: textList(LIMITS.studentNames, LIMITS.nameLength, "Student name").meta({
    title: "Students with full-name consent",
    description:
      "Full names of students whose families agreed to publishing the full name. The full-name check does not flag them."
  }),
  nonDisclosureNames: textList(LIMITS.studentNames, LIMITS.nameLength, "Student name").meta({
    title: "Non-disclosure list",
    description:
      "Full names of students whose families asked for non-disclosure. Any mention, even the first name alone, is flagged."
  }),
  nonDisclosureHashed: hashedNamesSchema(
    "Non-disclosure list (hashed)",
    'The non-disclosure list as salted hashes, made by "npm run hash-names -- FILE": { "salt": "…", "hashes": ["…"] }. Matched like nonDisclosureNames (full name in any order, the first name alone), without the names being readable in the policy. Hashing hides the names from a casual reader only: anyone can test a guessed name against it, and first names alone are easily guessed.'
  ).optional(),
  classList: hashedNamesSchema(
    "My students (class list, hashed)",
    "The teacher's class list as salted hashes, made by the options page's import; never the names themselves. Every mention of a listed student's full name is flagged as certain. Kept on this computer only; usually left to each teacher."
  ).optional(),
  allowList: textList(LIMITS.studentNames, LIMITS.nameLength, "Name").meta({
    title: "Not student names",
    description:
      "Names the teacher marked as not a student (colleagues, authors, places). Never flagged as student names. Set by policy, it replaces the teacher's own list and locks it."
  }),
  customRules: z
    .array(customRuleSchema)
    .max(LIMITS.customRules)
    .superRefine((rules, ctx) => {
      const seen = new Set<string>()
      rules.forEach((r, i) => {
        if (seen.has(r.id))
          ctx.addIssue({
            code: "custom",
            message: `another custom rule already uses the id "${r.id}"`,
            params: { text: "duplicate-id", id: r.id },
            path: [i, "id"]
          })
        seen.add(r.id)
      })
    })
    .meta({
      title: "Custom rules",
      description: "The division's own rules, checked after the built-in ones."
    }),
  rules: z
    .object(
      perRule((id) =>
        ruleSettingSchema.meta({
          title: ruleInfo(id).title,
          description: `${ruleInfo(id).description} Rule id: ${id}.`
        })
      )
    )
    .meta({
      title: "Built-in checks",
      description:
        "Switch each built-in check on or off and set its severity. A field set by policy is locked for the teacher."
    }),
  policyRefs: z
    .object(
      perRule((id) =>
        policyRefSchema
          .meta({
            title: `Citation: ${ruleInfo(id).title}`,
            description: `The clause the "${id}" check cites instead of its built-in one. Needs clause and quote.`,
            merge: "whole"
          })
          .optional()
      )
    )
    .meta({
      title: "Procedure citations",
      description:
        "Cite your own division's procedure in a check's messages instead of the built-in clause."
    }),
  sites: z
    .object(perSite((id) => siteToggle(siteName(id))))
    .meta({ title: "Sites", description: "The sites where drafts are checked." }),
  extraSites: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(300)
        .superRefine((pattern, ctx) => {
          const problem = matchPatternProblem(pattern)
          if (!problem) return
          ctx.addIssue({
            code: "custom",
            message: `"${pattern}" is not a usable match pattern (like https://*.blogspot.com/*)`,
            params: { text: "match-pattern", pattern, problem }
          })
        })
        .meta({
          title: "Site pattern",
          description:
            "A URL match pattern such as https://*.blogspot.com/* or https://www.linkedin.com/* (http or https, a named host)."
        })
    )
    .max(MAX_EXTRA_SITES)
    .meta({
      title: "More sites",
      description:
        "More sites where drafts are checked by the generic editor finder: URL match patterns such as https://schoolblog.example.org/*, https://*.blogspot.com/*, https://www.linkedin.com/*. Each listed host needs a one-time permission click by the teacher in the options page (Sites), because the browser requires it."
    }),
  siteOverrides: z
    .object(perSite((id) => siteOverrideSchema.optional().meta({ title: siteName(id) })))
    .optional()
    .meta({
      title: "Site overrides",
      description:
        "Per site: extra compose-box selectors (editors), Post-button selectors (submit) and Post-button labels (submitLabels), for when a site changes its markup. A selector that is not valid CSS is reported as a settings problem and ignored."
    }),
  ocr: z
    .object({
      enabled: z.boolean().meta({
        title: "Read text in images",
        description:
          "Read the text of attached images on this computer (nothing is uploaded) and check it like the post."
      })
    })
    .meta({ title: "Text in images", description: "Checking text inside attached images." }),
  faces: z
    .object({
      enabled: z.boolean().meta({
        title: "Find faces in photos",
        description:
          "Count the faces in attached photos on this computer (nothing is uploaded, no one is recognised) and offer to blur them."
      }),
      closeUp: severitySchema.meta({
        title: "Close-up faces",
        description:
          "Severity when a photo shows a face large enough to recognise (taller than about 8% of the picture)."
      }),
      group: severitySchema.meta({
        title: "Distant or large group",
        description:
          "Severity when every face in a photo is small (a distant shot or a large group)."
      })
    })
    .meta({
      title: "Faces in photos",
      description: "Face boxes only, kept in memory with the photo; nothing is stored."
    }),
  enforcement: z
    .object({
      allowPause: z.boolean().meta({
        title: "Allow pausing",
        description: "Whether the teacher may pause checking for a while."
      }),
      postAnyway: z
        .object({
          ...perRule((id) =>
            z.boolean().meta({
              title: ruleInfo(id).title,
              description: `Whether the teacher may post despite open "${id}" findings.`
            })
          ),
          customRules: z.boolean().meta({
            title: "Custom rules",
            description: "Whether the teacher may post despite open findings of custom rules."
          })
        })
        .meta({
          title: 'Allow "Post anyway"',
          description:
            'Per check: true offers "Post anyway" when findings are open; false requires fixing the draft first.'
        })
    })
    .meta({
      title: "Enforcement",
      description: "How strictly the extension holds the teacher to its findings."
    })
})

export type Settings = z.output<typeof settingsSchema>
export type SettingsKey = keyof Settings
