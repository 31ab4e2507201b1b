import { describe, expect, it } from 'vitest'
import { decodeSuspendData, encodeSuspendData, SCORM12_SUSPEND_LIMIT } from '../../lib/lms/suspend-data'
import { cases, fullProgress } from '../fixtures/full-progress'

// suspend_data at its largest: every shipped case played to its debrief the longest way a learner can (every
// option tried at each decision before the one that moves on), every question of the self-test answered with a
// certainty, a best score for every scope, and every question reviewed three times.

describe('suspend_data for the LMS', () => {
  it(`stays under SCORM 1.2's ${SCORM12_SUSPEND_LIMIT} characters with every case played the longest way and every question answered and reviewed`, () => {
    const texts = fullProgress()
    expect(Object.keys(texts)).toHaveLength(cases.length + 2)
    const data = encodeSuspendData(texts)
    const raw = Object.values(texts).join('').length
    console.info(`suspend_data at its maximum: ${data.length} characters (the progress texts: ${raw})`)
    expect(data.length).toBeLessThan(SCORM12_SUSPEND_LIMIT)
    expect(data).toMatch(/^[\x20-\x7E]+$/)
  })

  it('gives back exactly the progress texts it was made from', () => {
    const texts = fullProgress()
    expect(decodeSuspendData(encodeSuspendData(texts))).toEqual(texts)
  })

  it('ignores what is not its own: nothing, another course\'s data, a damaged string', () => {
    expect(decodeSuspendData('')).toBeNull()
    expect(decodeSuspendData('bookmark=12')).toBeNull()
    expect(decodeSuspendData('omd1:not-base64-@@@')).toBeNull()
    expect(encodeSuspendData({ 'omd.case.x.v1': 'not json' })).toBe(encodeSuspendData({}))
  })
})
