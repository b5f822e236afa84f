/** Sentences this rule finds something in, run when the checker wakes (core/warm-up.ts). */
export const warmUp = [
  "My student Jordan has an IEP and takes medication for his ADHD.",
  "One of my Grade 3s was suspended after the police came, and Sophie got a D in math.",
  "Mon élève Léa a un diagnostic d'autisme et reçoit l'aide d'une AE.",
  "Our new student Hana arrived last month from Nepal on a work permit and is on the waitlist for a psych-ed assessment.",
  "Liam was written up, has 12 absences and a 48 average, and lives on Park St.",
  "My little buddy works with the resource teacher, was coded this fall and is recovering from knee surgery.",
  "Une élève de ma classe a une éducatrice spécialisée à temps plein, et le permis de travail de son père expire.",
  "Nora is sitting at 38% in English and her dad had to call the police after she brought a knife to school.",
  "Tips for a kid with dyscalculia? Nathan a maintenant du temps supplémentaire, Félix (TDAH) a son PI et Sophie's new EA starts Monday.",
  "The kid with diabetes in my class gets pulled for reading intervention, and his outbursts got him a behaviour contract."
]
