import type { CaseFile } from '../../../machines/case/schema'
import type { CaseOverrides } from './caseFixture'
import { makeCase } from './caseFixture'

// Generated patients for the properties that must hold on every path (issue #23's consistency checks): each
// threshold of the pathway met on both sides (5/6/7 months; 1, 3/4, 5/6, 9/10/11 lesions; 20/21, 30/31, 50 mm;
// CEA 199/200; one or two extrahepatic sites; a primary in place or resected), crossed with courses that reach every
// restaging (response, stable, progression with and without a complete resection and an MDT consensus), some with
// new figures at each restaging that cross those thresholds again after chemotherapy.

type Course = CaseFile['course']
type Timing = { presentation: 'synchronous', primaryInPlace: boolean } | { presentation: 'metachronous', months: number }

const TIMINGS: Timing[] = [
  { presentation: 'synchronous', primaryInPlace: true },
  { presentation: 'synchronous', primaryInPlace: false },
  { presentation: 'metachronous', months: 5 },
  { presentation: 'metachronous', months: 6 },
  { presentation: 'metachronous', months: 7 },
]

type Liver = { count: number, largestMm: number }
type Figures = NonNullable<NonNullable<Course['figures']>['firstLine']>

/** After a response each restaging measures one lesion fewer and the largest 10 mm smaller (6 → 5 lesions, 31 → 21 mm). */
const shrunk = (liver: Liver, cea: number, times: number): Figures =>
  ({ count: Math.max(1, liver.count - times), largestMm: Math.max(5, liver.largestMm - 10 * times), ceaNgPerMl: Math.max(1, cea - 100 * times) })
/** After a progression, one lesion more and the largest 10 mm bigger (3 → 4 lesions, 20 → 30 mm); the CEA 100 higher. */
const grown = (liver: Liver, cea: number, times: number): Figures =>
  ({ count: liver.count + times, largestMm: liver.largestMm + 10 * times, ceaNgPerMl: cea + 100 * times })

/**
 * Each course with the CEA it is played with (200 meets Viganò's criterion, which matters at a progression). Some
 * courses give each restaging its own figures, which move the disease across the pathway's thresholds after
 * chemotherapy (Viganò's criteria stay read on the presentation's: a CEA of 199 that rises is still 199 to them).
 */
const COURSES: Array<{ course: (liver: Liver, cea: number) => Course, ceaNgPerMl: number }> = [
  { course: (liver, cea) => ({ firstLine: 'response', secondLine: 'response', convertedToResectable: true, figures: { firstLine: shrunk(liver, cea, 1), secondLine: shrunk(liver, cea, 2) } }), ceaNgPerMl: 199 },
  { course: () => ({ firstLine: 'stable', secondLine: 'stable', convertedToResectable: false }), ceaNgPerMl: 199 },
  { course: (liver, cea) => ({ firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true, mdtConsensus: true, figures: { firstLine: grown(liver, cea, 1), secondLine: grown(liver, cea, 2) } }), ceaNgPerMl: 199 },
  { course: (liver, cea) => ({ firstLine: 'progression', secondLine: 'response', completeResectionPossible: false, mdtConsensus: false, convertedToResectable: false, figures: { firstLine: grown(liver, cea, 1), secondLine: liver.count > 1 ? shrunk(liver, cea, 1) : { ...liver, ceaNgPerMl: cea } } }), ceaNgPerMl: 200 },
  { course: () => ({ firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true, mdtConsensus: false }), ceaNgPerMl: 199 },
]

function colorectal(timing: Timing, patient: NonNullable<CaseOverrides['patient']>, course: Course): CaseFile {
  return makeCase({
    presentation: timing.presentation,
    patient: {
      ...(timing.presentation === 'metachronous'
        ? { monthsFromPrimaryResection: timing.months }
        : { adjuvantChemotherapy: undefined, primaryInPlace: timing.primaryInPlace }),
      ...patient,
    },
    course,
  })
}

/** Fit colorectal patients: every count, size and resectability boundary, liver only or with one extrahepatic site. */
function fitColorectal(): CaseFile[] {
  const grid: CaseFile[] = []
  for (const timing of TIMINGS) {
    for (const count of [1, 3, 4, 6, 9, 10, 11]) {
      for (const largestMm of [20, 21, 30, 31, 50]) {
        for (const resectability of ['upfront', 'marginal', 'unresectable'] as const) {
          for (const extrahepaticSites of [0, 1]) {
            for (const { course, ceaNgPerMl } of COURSES)
              grid.push(colorectal(timing, { extrahepaticSites, ceaNgPerMl, liver: { count, largestMm, resectability } }, course({ count, largestMm }, ceaNgPerMl)))
          }
        }
      }
    }
  }
  return grid
}

/** Unfit colorectal patients, and the two exclusions: two extrahepatic sites, a primary not controlled. */
function unfitAndExcluded(): CaseFile[] {
  const grid: CaseFile[] = []
  for (const timing of TIMINGS) {
    for (const count of [1, 3, 4, 5, 6]) {
      for (const largestMm of [20, 21, 30, 31]) {
        for (const { course: courseOf, ceaNgPerMl } of COURSES) {
          const course = courseOf({ count, largestMm }, ceaNgPerMl)
          for (const extrahepaticSites of [0, 1])
            grid.push(colorectal(timing, { fitForSurgery: false, extrahepaticSites, ceaNgPerMl, liver: { count, largestMm, resectability: 'upfront' } }, course))
          grid.push(colorectal(timing, { extrahepaticSites: 2, ceaNgPerMl, liver: { count, largestMm, resectability: 'upfront' } }, course))
          grid.push(colorectal(timing, { primaryControlled: false, ceaNgPerMl, liver: { count, largestMm, resectability: 'marginal' } }, course))
        }
      }
    }
  }
  return grid
}

/** Breast-cancer patients (their course never shows progression: the lecture gives no rule for it). */
function breast(): CaseFile[] {
  const grid: CaseFile[] = []
  for (const months of [6, 18]) {
    for (const count of [1, 3, 5, 6]) {
      for (const largestMm of [20, 30, 31]) {
        for (const resectability of ['upfront', 'marginal', 'unresectable'] as const) {
          for (const fitForSurgery of [true, false]) {
            for (const extrahepaticSites of [0, 1, 2]) {
              for (const firstLine of ['response', 'stable'] as const) {
                const after = firstLine === 'response' ? { count: Math.max(1, count - 1), largestMm: largestMm - 10 } : { count, largestMm }
                grid.push(makeCase({
                  patient: { primarySite: 'breast', ceaNgPerMl: undefined, monthsFromPrimaryResection: months, fitForSurgery, extrahepaticSites, liver: { count, largestMm, resectability } },
                  course: { firstLine, secondLine: 'response', convertedToResectable: count < 6, figures: { firstLine: after } },
                }))
              }
            }
          }
        }
      }
    }
  }
  return grid
}

/** Every generated patient: fit and unfit colorectal, the exclusions, and breast cancer. */
export function patientGrid(): CaseFile[] {
  return [...fitColorectal(), ...unfitAndExcluded(), ...breast()]
}
