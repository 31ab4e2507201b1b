/**
 * Reads tables as the lecture prints them (data/source/lecture.txt): the Meijerink 2018 forest plot and COLLISION, so tests take
 * their expected values from the source text rather than from retyped numbers.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

// import.meta.url is not a file: URL under the jsdom environment; Vitest provides __dirname.
const LECTURE = resolve(__dirname, '../../../data/source/lecture.txt')

export interface PrintedStudyRow {
  label: string
  logEffect: string
  se: string
  weight: string
  hr: string
  ciLow: string
  ciHigh: string
}

export interface PrintedForestPlot {
  studies: PrintedStudyRow[]
  total: { weight: string; hr: string; ciLow: string; ciHigh: string }
  heterogeneity: { tau2: string; chi2: string; df: string; pQ: string; I2: string }
  overall: { z: string; p: string }
}

/** Printed strings, untouched (so the number of decimals printed is kept). */
export function readLectureForestPlot(): PrintedForestPlot {
  const lines = readFileSync(LECTURE, 'utf8').split('\n')
  const header = lines.findIndex((line) => line.startsWith('Study or Subgroup\tlog[Hazard Ratio]'))
  if (header < 0) throw new Error(`${LECTURE}: forest plot header "Study or Subgroup" not found`)
  const studies: PrintedStudyRow[] = []
  let index = header + 1
  const row = /^(.+?)\t(-?[\d.]+)\t([\d.]+)\t([\d.]+)%\t([\d.]+) \[([\d.]+), ([\d.]+)\]\s*$/
  for (; !lines[index].startsWith('Total'); index++) {
    const match = row.exec(lines[index])
    if (!match) throw new Error(`${LECTURE}:${index + 1}: unexpected forest plot row: ${lines[index]}`)
    const [, label, logEffect, se, weight, hr, ciLow, ciHigh] = match
    studies.push({ label, logEffect, se, weight, hr, ciLow, ciHigh })
  }
  const total = /^Total \(95% CI\)\t+([\d.]+)%\t([\d.]+) \[([\d.]+), ([\d.]+)\]/.exec(lines[index])
  const het = /Tau ² = ([\d.]+); Chi ² = ([\d.]+), df = (\d+) \(P = ([\d.]+)\); I ² = (\d+)%/.exec(lines[index + 1])
  const overall = /Test for overall effect: Z = ([\d.]+) \(P ([<=] [\d.]+)\)/.exec(lines[index + 2])
  if (!total || !het || !overall) throw new Error(`${LECTURE}:${index + 1}: total / heterogeneity / overall lines not as expected`)
  return {
    studies,
    total: { weight: total[1], hr: total[2], ciLow: total[3], ciHigh: total[4] },
    heterogeneity: { tau2: het[1], chi2: het[2], df: het[3], pQ: het[4], I2: het[5] },
    overall: { z: overall[1], p: overall[2] },
  }
}

/** Decimal places of a printed number ("0.010" → 3). */
export function decimalsOf(printed: string): number {
  const dot = printed.indexOf('.')
  return dot < 0 ? 0 : printed.length - dot - 1
}

/** True when `value`, rounded to the printed number of decimals, gives the printed number. */
export function roundsTo(value: number, printed: string): boolean {
  const halfUnit = 0.5 * 10 ** -decimalsOf(printed)
  return Math.abs(value - Number(printed)) <= halfUnit + 1e-12
}

export interface PrintedCollision {
  months: number[]
  /** "148 (0)", … per arm, as printed under "Number at risk (number of events)". */
  resection: string[]
  ablation: string[]
  /** [label, resection, ablation] of the summary's safety bullets, e.g. ['AEs rate', '56%', '19%']. */
  safety: [string, string, string][]
}

/** The COLLISION risk table and safety bullets as the lecture prints them. */
export function readLectureCollision(): PrintedCollision {
  const lines = readFileSync(LECTURE, 'utf8').split('\n')
  const at = lines.findIndex((line) => line.startsWith('Number at risk (number of events)'))
  const monthsLine = lines.slice(at + 1).find((line) => /^\t0\t12/.test(line))
  const resection = lines.find((line) => line.startsWith('Strata Resection\t'))
  const ablation = lines.find((line) => line.startsWith('Ablation\t') && /\(\d+\)/.test(line))
  if (at < 0 || !monthsLine || !resection || !ablation) throw new Error(`${LECTURE}: COLLISION risk table not found`)
  const safety = [...readFileSync(LECTURE, 'utf8').matchAll(/(?:- |and )([A-Za-z0-9 -]+?) ([\d.]+%) \(resection\) → ([\d.]+%) \(ablation\)/g)]
    .map((m) => [m[1], m[2], m[3]] as [string, string, string])
  if (safety.length === 0) throw new Error(`${LECTURE}: COLLISION safety bullets not found`)
  return {
    months: monthsLine.trim().split('\t').map(Number),
    resection: resection.split('\t').slice(1),
    ablation: ablation.split('\t').slice(1),
    safety,
  }
}
