import { readRoster } from "./roster"

test("one student per line, any order, preferred names in parentheses", () => {
  const r = readRoster("Sophie Tremblay\nFlett, Jordan\n\nJonathan (Jack) Friesen\nMadonna\n")
  expect(r.names).toEqual(["Sophie Tremblay", "Flett, Jordan", "Jonathan (Jack) Friesen"])
  expect(r.skipped).toEqual([{ line: 4, text: "Madonna", reason: "one-word" }])
})

test("an SIS export with English headers: other columns ignored", () => {
  const csv =
    "Student Number,Legal First Name,Preferred Name,Last Name,Grade,Birthdate\n" +
    "123456,Jonathan,Jack,Friesen,4,2015-03-02\n" +
    "123457,Sophie,,Tremblay,4,2015-07-09\n" +
    "123458,,,Nolin,4,2015-01-01\n"
  const r = readRoster(csv)
  expect(r.columns).toBe("Legal First Name + Preferred Name + Last Name")
  expect(r.names).toEqual(["Friesen, Jonathan (Jack)", "Tremblay, Sophie"])
  expect(r.skipped).toEqual([{ line: 4, text: "Nolin", reason: "missing-first" }])
  expect(JSON.stringify(r)).not.toMatch(/12345|2015/)
})

test("French headers, semicolons (Excel in French)", () => {
  const r = readRoster("Nom;Prénom;Niveau\nLefèvre;Zoë;5\nCôté;Sébastien;5\n")
  expect(r.names).toEqual(["Lefèvre, Zoë", "Côté, Sébastien"])
  expect(r.columns).toBe("Prénom + Nom")
})

test("'Nom de famille' and 'Prénom usuel'", () => {
  const r = readRoster("Prénom,Prénom usuel,Nom de famille\nElizabeth,Libby,Kowalchuk\n")
  expect(r.names).toEqual(["Kowalchuk, Elizabeth (Libby)"])
})

test("one 'Last, First' column, quoted", () => {
  const r = readRoster(
    'Student Name,Student ID\n"Tremblay, Sophie",991\n"Dela Cruz, Marisol",992\n'
  )
  expect(r.names).toEqual(["Tremblay, Sophie", "Dela Cruz, Marisol"])
})

test("tab-separated (pasted from a spreadsheet)", () => {
  const r = readRoster("First Name\tSurname\tGrade\nSophie\tTremblay\t4\n")
  expect(r.names).toEqual(["Tremblay, Sophie"])
})
