import { describe, expect, it } from 'vitest'
import { cmi5SessionMode, scormSessionMode } from './session-mode'

describe('what a launch may record', () => {
  it('a normal launch for credit records everything, and says nothing about it', () => {
    expect(scormSessionMode('normal', 'credit')).toEqual({ recording: 'everything', notice: null })
    // An LMS that leaves the elements empty launches normally, for credit (their defaults).
    expect(scormSessionMode('', '')).toEqual({ recording: 'everything', notice: null })
    expect(cmi5SessionMode('Normal')).toEqual({ recording: 'everything', notice: null })
  })

  it('Moodle\'s relaunch of a finished attempt (review, no-credit) records nothing and says so', () => {
    expect(scormSessionMode('review', 'no-credit')).toEqual({ recording: 'nothing', notice: 'Review mode: your answers are not recorded' })
    expect(cmi5SessionMode('Review').recording).toBe('nothing')
  })

  it('browse records nothing; a normal launch without credit keeps progress but never a score', () => {
    expect(scormSessionMode('browse', 'no-credit')).toEqual({ recording: 'nothing', notice: 'Browse mode: your answers are not recorded' })
    expect(cmi5SessionMode('Browse').recording).toBe('nothing')
    expect(scormSessionMode('normal', 'no-credit')).toEqual({ recording: 'progress', notice: 'No credit: your score is not recorded' })
  })
})
