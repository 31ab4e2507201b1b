import { describe, expect, it } from 'vitest'
import { lookup, lookupNumber } from '../../lib/deck/lookup'

// Expected values from the lecture text (JCOG0603 abstract, COLLISION numbers at risk, Viganò thresholds).

describe('lookup of a dotted data path', () => {
  it('finds the JCOG0603 5-year OS after hepatectomy alone (83.1%)', () => {
    expect(lookupNumber('jcog0603.os.hepatectomyAlone.fiveYearPct')).toBe(83.1)
  })

  it('reads array items with ".2" or "[2]" (COLLISION resection arm at risk at 24 months: 84)', () => {
    expect(lookupNumber('collision.arms.resection.atRisk.2')).toBe(84)
    expect(lookupNumber('collision.arms.resection.atRisk[2]')).toBe(84)
  })

  it('returns objects and strings too (Viganò thresholds)', () => {
    expect(lookup('vigano2012.ceaNgPerMl')).toBe(200)
    expect(lookup('collision.design.limitedBurden')).toMatchObject({ maxLesions: 3, maxSizeCm: 3 })
  })

  it('names the path and the dataset file when a field is unknown', () => {
    expect(() => lookup('jcog0603.os.surgeryAlone.fiveYearPct')).toThrow(
      /"jcog0603\.os\.surgeryAlone\.fiveYearPct".*"surgeryAlone".*data\/jcog0603\.ts/,
    )
  })

  it('names the missing dataset file when the dataset id is unknown', () => {
    expect(() => lookup('jcog0606.os')).toThrow(/"jcog0606\.os".*data\/jcog0606\.ts/)
  })

  it('refuses to print a non-number as a number', () => {
    expect(() => lookupNumber('jcog0603.os.hepatectomyAlone.ci95')).toThrow(/data\/jcog0603\.ts is not a number/)
    expect(() => lookupNumber('')).toThrow(/Empty data path/)
  })
})
