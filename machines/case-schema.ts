import { z } from 'zod'
import { ALL_OPTIONS, NODE_IDS } from './pathway-ids'

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

const patientSchema = z.strictObject({
  age: wholeNumber().min(18).max(110),
  primarySite: z.enum(['colon', 'rectum']),
  /** Metachronous only: months between resection of the primary and the liver recurrence. */
  monthsFromPrimaryResection: z.number().min(0).optional(),
  /** Metachronous only. */
  adjuvantChemotherapy: z.boolean().optional(),
  fitForSurgery: z.boolean(),
  primaryControlled: z.boolean(),
  /** Metastatic sites outside the liver (the liver itself is one site). */
  extrahepaticSites: wholeNumber().min(0),
  liver: liverSchema,
  ceaNgPerMl: z.number().min(0),
})

/** What restaging shows after each line of chemotherapy; a field is needed only if the pathway can reach it. */
const courseSchema = z.strictObject({
  firstLine: restagingResult.optional(),
  secondLine: restagingResult.optional(),
  completeResectionPossible: z.boolean().optional(),
  mdtConsensus: z.boolean().optional(),
})

/** The clinician's own answer key: tests check that the rules agree with it. */
const keyStepSchema = z.strictObject({
  node: z.enum(NODE_IDS),
  best: z.array(z.enum(ALL_OPTIONS)).min(1),
  acceptable: z.array(z.enum(ALL_OPTIONS)),
})

export const caseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case words joined by "-")'),
  title: z.string().min(1),
  presentation: z.enum(['synchronous', 'metachronous']),
  stem: z.string().min(1),
  patient: patientSchema,
  // `course:` left empty in YAML is null: read it as "nothing needed".
  course: courseSchema.nullish().transform(course => course ?? {}),
  expectedKey: z.array(keyStepSchema).min(1),
}).superRefine((file, ctx) => {
  const onlyMetachronous = ['monthsFromPrimaryResection', 'adjuvantChemotherapy'] as const
  for (const field of onlyMetachronous) {
    const given = file.patient[field] !== undefined
    if (file.presentation === 'metachronous' && !given)
      ctx.addIssue({ code: 'custom', path: ['patient', field], message: 'required for a metachronous presentation' })
    if (file.presentation === 'synchronous' && given)
      ctx.addIssue({ code: 'custom', path: ['patient', field], message: 'only for a metachronous presentation (remove it)' })
  }
})

export type CaseFile = z.infer<typeof caseSchema>
export type Patient = CaseFile['patient']
export type Course = CaseFile['course']
export type KeyStep = CaseFile['expectedKey'][number]
