import type { CaseFile } from '../../../machines/case/schema'
import type { CaseOverrides } from './caseFixture'
import { makeCase } from './caseFixture'

// Generated patients for the properties that must hold on every path (issue #23's consistency checks): each
// threshold of the pathway met on both sides (5/6/7 months; 1, 3/4, 5/6, 9/10/11 lesions; 20/21, 30/31, 50 mm;
// CEA 199/200; one or two extrahepatic sites; a primary in place or resected), crossed with courses that reach every
// restaging (response, stable, progression with and without a complete resection and an MDT consensus).

type Course = CaseFile['course']
type Timing = { presentation: 'synchronous', primaryInPlace: boolean } | { presentation: 'metachronous', months: number }

const TIMINGS: Timing[] = [
  { presentation: 'synchronous', primaryInPlace: true },
  { presentation: 'synchronous', primaryInPlace: false },
  { presentation: 'metachronous', months: 5 },
  { presentation: 'metachronous', months: 6 },
  { presentation: 'metachronous', months: 7 },
]

/** Each course with the CEA it is played with (200 meets Viganò's criterion, which matters at a progression). */
const COURSES: Array<{ course: Course, ceaNgPerMl: number }> = [
  { course: { firstLine: 'response', secondLine: 'response', convertedToResectable: true }, ceaNgPerMl: 199 },
  { course: { firstLine: 'stable', secondLine: 'stable', convertedToResectable: false }, ceaNgPerMl: 199 },
  { course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true, mdtConsensus: true }, ceaNgPerMl: 199 },
  { course: { firstLine: 'progression', secondLine: 'response', completeResectionPossible: false, mdtConsensus: false, convertedToResectable: false }, ceaNgPerMl: 200 },
  { course: { firstLine: 'progression', secondLine: 'progression', completeResectionPossible: true, mdtConsensus: false }, ceaNgPerMl: 199 },
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
              grid.push(colorectal(timing, { extrahepaticSites, ceaNgPerMl, liver: { count, largestMm, resectability } }, course))
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
        for (const { course, ceaNgPerMl } of COURSES) {
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
                grid.push(makeCase({
                  patient: { primarySite: 'breast', ceaNgPerMl: undefined, monthsFromPrimaryResection: months, fitForSurgery, extrahepaticSites, liver: { count, largestMm, resectability } },
                  course: { firstLine, secondLine: 'response', convertedToResectable: count < 6 },
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
