import { z } from 'zod'
import { currentOption, NODE_IDS, READABLE_OPTIONS } from './ids'

// The shape of a case file (cases/*.yaml), written by clinicians. Objects are strict: a misspelt field is an
// error naming that field, never a silently ignored line.

export const RESTAGING_RESULTS = ['response', 'stable', 'progression'] as const
export type RestagingResult = typeof RESTAGING_RESULTS[number]

const restagingResult = z.enum(RESTAGING_RESULTS)

/** A count: "expected a whole number" reads better to a clinician than zod's "expected int". */
const wholeNumber = () => z.int({ error: issue => issue.input === undefined ? undefined : 'expected a whole number' })

const liverSchema = z.strictObject({
  count: wholeNumber().min(1),
  largestMm: z.number().positive(),
  resectability: z.enum(['upfront', 'marginal', 'unresectable']),
})

export const PRIMARY_SITES = ['colon', 'rectum', 'breast'] as const
export type PrimarySite = typeof PRIMARY_SITES[number]

const patientSchema = z.strictObject({
  age: wholeNumber().min(18).max(110),
  primarySite: z.enum(PRIMARY_SITES),
  /** Metachronous only: months between resection of the primary and the liver recurrence. */
  monthsFromPrimaryResection: z.number().min(0).optional(),
  /** Required for a metachronous presentation; a synchronous case may say `false` (nothing to be adjuvant to). */
  adjuvantChemotherapy: z.boolean().optional(),
  fitForSurgery: z.boolean(),
  /**
   * ESMO's "Controlled primary tumor (optionally resected)": true when the primary has been resected, or is in
   * place and treatable with curative intent (e.g. resectable with the liver in one or two stages); false when
   * it is progressing or cannot be treated locally with curative intent (a palliative stent does not control it).
   */
  primaryControlled: z.boolean(),
  /**
   * Synchronous only: the primary is still in place (default true). The options that treat liver and primary
   * together (one or two stages) are offered only for a colorectal primary still in place.
   */
  primaryInPlace: z.boolean().optional(),
  /** Metastatic sites outside the liver (the liver itself is one site). */
  extrahepaticSites: wholeNumber().min(0),
  liver: liverSchema,
  /** Required for a colorectal primary (Viganò's criteria read it); optional for breast. */
  ceaNgPerMl: z.number().min(0).optional(),
})

/**
 * What a restaging measured after a line of chemotherapy: the count, the largest size and (colorectal) the CEA, shown
 * on its screen. The rules read the latest figures after chemotherapy (Viganò's criteria excepted: see the readings).
 */
const figuresSchema = z.strictObject({
  count: wholeNumber().min(1),
  largestMm: z.number().positive(),
  ceaNgPerMl: z.number().min(0).optional(),
})

const restagingFiguresSchema = z.strictObject({
  firstLine: figuresSchema.optional(),
  secondLine: figuresSchema.optional(),
})

/** What the restaging report says, in a line or two, after each line of chemotherapy (shown to the learner). */
const reportSchema = z.strictObject({
  firstLine: z.string().min(1).optional(),
  secondLine: z.string().min(1).optional(),
})

/**
 * What restaging shows after each line of chemotherapy; a field is needed only if the pathway can reach it. The
 * restaging screen shows every field the grades read, so nothing the learner is graded on stays in the file.
 */
const courseSchema = z.strictObject({
  firstLine: restagingResult.optional(),
  secondLine: restagingResult.optional(),
  /** At any restaging that shows progression: could a resection still be complete? */
  completeResectionPossible: z.boolean().optional(),
  /** After progression on the second line: does the MDT decide by consensus to operate? */
  mdtConsensus: z.boolean().optional(),
  /**
   * Disease not upfront resectable (marginal or definitely unresectable) in a fit patient, controlled by chemotherapy:
   * is it resectable now (for definitely unresectable disease, a conversion)? Shown on the restaging screen.
   */
  convertedToResectable: z.boolean().optional(),
  report: reportSchema.optional(),
  /** The figures each restaging measured; a restaging without them shows (and the rules read) the previous ones. */
  figures: restagingFiguresSchema.optional(),
})

/** An option as a case file writes it: a renamed id (LEGACY_OPTION_IDS) is read as its new id. */
const option = z.enum(READABLE_OPTIONS).transform(currentOption)

/** The clinician's own answer key: tests check that the rules agree with it. */
const keyStepSchema = z.strictObject({
  node: z.enum(NODE_IDS),
  best: z.array(option).min(1),
  acceptable: z.array(option),
  /** The lecture leaves this decision open: every defensible option is best. */
  open: z.literal(true).optional(),
})

export const caseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case words joined by "-")'),
  title: z.string().min(1),
  presentation: z.enum(['synchronous', 'metachronous']),
  stem: z.string().min(1),
  patient: patientSchema,
  // `course:` left empty in YAML is null: read it as "nothing needed".
  course: courseSchema.nullish().transform(course => course ?? {}),
  /** Optional in a draft (`case:key` computes it); the shipped cases in cases/ keep theirs, checked by the tests. */
  expectedKey: z.array(keyStepSchema).min(1).optional(),
}).superRefine((file, ctx) => {
  const { patient } = file
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message })
  for (const field of ['monthsFromPrimaryResection', 'adjuvantChemotherapy'] as const) {
    if (file.presentation === 'metachronous' && patient[field] === undefined)
      issue(['patient', field], 'required for a metachronous presentation')
  }
  if (file.presentation === 'synchronous' && patient.monthsFromPrimaryResection !== undefined)
    issue(['patient', 'monthsFromPrimaryResection'], 'only for a metachronous presentation (remove it)')
  if (file.presentation === 'synchronous' && patient.adjuvantChemotherapy === true)
    issue(['patient', 'adjuvantChemotherapy'], 'a synchronous presentation has had no resection to be adjuvant to (false, or remove it)')
  if (file.presentation === 'metachronous' && patient.primaryInPlace !== undefined)
    issue(['patient', 'primaryInPlace'], 'only for a synchronous presentation (remove it)')
  for (const line of ['firstLine', 'secondLine'] as const) {
    if (file.course?.report?.[line] !== undefined && file.course?.[line] === undefined)
      issue(['course', 'report', line], `a report for a restaging the course does not give (course.${line} is missing)`)
    const figures = file.course?.figures?.[line]
    if (figures !== undefined && file.course?.[line] === undefined)
      issue(['course', 'figures', line], `figures for a restaging the course does not give (course.${line} is missing)`)
    if (figures !== undefined && patient.primarySite !== 'breast' && figures.ceaNgPerMl === undefined)
      issue(['course', 'figures', line, 'ceaNgPerMl'], 'required for a colorectal primary (the restaging screen shows the CEA beside the count and size)')
  }
  if (patient.primarySite !== 'breast' && patient.ceaNgPerMl === undefined)
    issue(['patient', 'ceaNgPerMl'], 'required for a colorectal primary (Viganò\'s criteria read it)')
  if (patient.primarySite === 'breast') {
    for (const line of ['firstLine', 'secondLine'] as const) {
      if (file.course?.[line] === 'progression')
        issue(['course', line], 'progression in a breast-cancer case: the lecture gives no rule for it')
    }
  }
})

export type CaseFile = z.infer<typeof caseSchema>
export type Patient = CaseFile['patient']
export type Course = CaseFile['course']
export type KeyStep = NonNullable<CaseFile['expectedKey']>[number]
