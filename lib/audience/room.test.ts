import { describe, expect, it } from 'vitest'
import { castVote, closeVote, createRoom, endQuestion, openQuestion, presenterView, revealResults, tallyOf, voterView } from './room'

const question = { id: 'case:six-lesions:strategy', prompt: 'Next step?', options: [{ id: 'surgery', label: 'Surgery first' }, { id: 'chemo', label: 'Chemotherapy first' }] }

describe('a room vote', () => {
  it('counts one vote per phone, the latest replacing the earlier one', () => {
    const room = createRoom()
    openQuestion(room, question)
    expect(castVote(room, 'p1', question.id, 'surgery')).toBe(true)
    expect(castVote(room, 'p2', question.id, 'surgery')).toBe(true)
    expect(castVote(room, 'p1', question.id, 'chemo')).toBe(true)
    expect(tallyOf(room)).toEqual({ surgery: 1, chemo: 1 })
  })

  it('takes votes only for the open question and one of its options', () => {
    const room = createRoom()
    expect(castVote(room, 'p1', question.id, 'surgery')).toBe(false)
    openQuestion(room, question)
    expect(castVote(room, 'p1', 'another-question', 'surgery')).toBe(false)
    expect(castVote(room, 'p1', question.id, 'radiotherapy')).toBe(false)
    closeVote(room)
    expect(castVote(room, 'p1', question.id, 'surgery')).toBe(false)
    expect(tallyOf(room)).toEqual({ surgery: 0, chemo: 0 })
  })

  it('shows a phone neither the tally nor the right answer before the reveal', () => {
    const room = createRoom()
    openQuestion(room, question)
    castVote(room, 'p1', question.id, 'chemo')
    const open = voterView(room, 'p1')
    expect(open).toEqual({ type: 'question', question, phase: 'open', vote: 'chemo' })
    closeVote(room)
    expect(JSON.stringify(voterView(room, 'p1'))).not.toMatch(/tally|correct/)
    revealResults(room, ['surgery'])
    expect(voterView(room, 'p1')).toEqual({ type: 'results', question, tally: { surgery: 0, chemo: 1 }, correct: ['surgery'], vote: 'chemo' })
  })

  it('cannot reveal an open vote; re-opening the open question keeps its votes; a new question starts empty', () => {
    const room = createRoom()
    openQuestion(room, question)
    castVote(room, 'p1', question.id, 'chemo')
    revealResults(room, ['surgery'])
    expect(room.phase).toBe('open')
    openQuestion(room, question)
    expect(tallyOf(room).chemo).toBe(1)
    openQuestion(room, { ...question, id: 'next' })
    expect(tallyOf(room)).toEqual({ surgery: 0, chemo: 0 })
    endQuestion(room)
    expect(voterView(room, 'p1')).toEqual({ type: 'waiting' })
  })

  it('on a multiple-answer question, takes a set of its options and counts each chosen option', () => {
    const room = createRoom()
    const multiple = { id: 'omd-definition', prompt: 'Which belong?', multiple: true, options: ['a', 'b', 'c'].map(id => ({ id, label: id.toUpperCase() })) }
    openQuestion(room, multiple)
    expect(castVote(room, 'p1', multiple.id, 'c+a')).toBe(true)
    expect(castVote(room, 'p2', multiple.id, 'a')).toBe(true)
    expect(castVote(room, 'p3', multiple.id, 'a+a')).toBe(false)
    expect(castVote(room, 'p3', multiple.id, 'a+z')).toBe(false)
    expect(tallyOf(room)).toEqual({ a: 2, b: 0, c: 1 })
    expect(voterView(room, 'p1')).toMatchObject({ vote: 'a+c' })
    // A single-answer question takes one option only.
    openQuestion(room, question)
    expect(castVote(room, 'p1', question.id, 'surgery+chemo')).toBe(false)
  })

  it('tells the presenter the phones joined and voted, and the tally', () => {
    const room = createRoom()
    openQuestion(room, question)
    castVote(room, 'p1', question.id, 'chemo')
    expect(presenterView(room, 'http://10.0.0.2:3031/', 5, ['p1'])).toMatchObject({ joined: 5, voted: 1, tally: { chemo: 1, surgery: 0 }, phase: 'open', by: ['p1'] })
  })
})
