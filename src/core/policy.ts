import type { PolicyRef } from "./types"

/**
 * The clauses the built-in rules enforce, quoted from the procedures in
 * shared/policies. Defaults only: a division can cite its own text through
 * settings (`policyRefs`).
 */
export const POLICY = {
  firstNameOnly: {
    clause: "AP 144 — Use of Student Information on Social Media",
    quote: "Publish only the first name unless full-name consent is obtained."
  },
  nonDisclosure: {
    clause: "AP 144 — Use of Student Information on Social Media",
    quote:
      "Respect and implement any requests for non-disclosure of student images on social media."
  },
  fieldTrips: {
    clause: "AP 144 — Use of Student Information on Social Media",
    quote:
      "Limit information about school field trips or off-site activities to protect student safety."
  },
  studentImages: {
    clause: "AP 144 — Use of Student Information on Social Media; ESM procedure 2(a)",
    quote:
      "Limit the use of student images on social media. Consider additional safeguards when using student images, such as blurring or cropping, or using images in which students are shown from a distance or in a large group."
  },
  disclaimer: {
    clause: "Electronic Social Media procedure 1(b)",
    quote:
      "In cases where a user is directly or indirectly identified as an employee of the Division, the user profile or post must clearly state that said user is not representing the views of a school, department or the Division."
  },
  confidentialStudentInfo: {
    clause: "Electronic Social Media procedure 2(a); AP 144 — Guidelines",
    quote:
      "Divisional staff will not disclose confidential student information, images or confidential school, department or personnel records without first obtaining written consent from the principal, supervisor or guardian for students under the age of 18… (AP 144: avoiding disclosure of confidential or proprietary information.)"
  },
  professionalConduct: {
    clause:
      "Electronic Social Media procedure 2(b), 2(c), 2(f); AP 144 — Personal Use of Social Media",
    quote:
      "Employees should refrain from using offensive language or engaging in harassing, threatening, or defamatory communication."
  },
  representingDivision: {
    clause: "Electronic Social Media procedure 1(a)",
    quote:
      "Unless given written permission from a principal or supervisor, staff are not authorized to use electronic social media sites to represent a school, department or the Division."
  },
  divisionRule: {
    clause: "Division rule",
    quote: "A rule set by your school division."
  }
} satisfies Record<string, PolicyRef>
