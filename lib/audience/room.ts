import type { PresenterRoomMessage, RoomPhase, RoomQuestion, Tally, VoterMessage } from './protocol'

/**
 * The state of one room vote, as the audience server keeps it: the question on screen, one vote per phone (a new
 * vote replaces the old), and what each side may see. Pure apart from mutating the room it is given; the server
 * owns the sockets.
 */

export interface Room {
  phase: RoomPhase
  question: RoomQuestion | null
  /** voter id → option id, for the current question only. */
  votes: Map<string, string>
  correct: string[] | null
}

export function createRoom(): Room {
  return { phase: 'waiting', question: null, votes: new Map(), correct: null }
}

/** A new question: earlier votes are forgotten. Re-opening the question already open keeps its votes. */
export function openQuestion(room: Room, question: RoomQuestion): void {
  if (room.question?.id === question.id && room.phase === 'open')
    return
  room.question = question
  room.phase = 'open'
  room.votes = new Map()
  room.correct = null
}

/** The options a vote chooses: one id, or (multiple-answer questions) ids joined by "+". */
export function votedOptions(vote: string): string[] {
  return vote.split('+')
}

/**
 * Counts `option` as `voter`'s vote when the question is open and the option is one of its own (on a
 * multiple-answer question, a "+"-joined set of its options, each once; kept in the question's order).
 */
export function castVote(room: Room, voter: string, questionId: string, option: string): boolean {
  const question = room.question
  if (room.phase !== 'open' || question?.id !== questionId)
    return false
  const chosen = votedOptions(option)
  const known = chosen.every(id => question.options.some(o => o.id === id))
  if (!known || new Set(chosen).size !== chosen.length || (chosen.length > 1 && !question.multiple))
    return false
  room.votes.set(voter, question.options.filter(o => chosen.includes(o.id)).map(o => o.id).join('+'))
  return true
}

export function closeVote(room: Room): void {
  if (room.phase === 'open')
    room.phase = 'closed'
}

/** The tally (and the right answer, when the presenter gives one) reach the phones only now. */
export function revealResults(room: Room, correct: readonly string[]): void {
  if (room.phase !== 'closed' || !room.question)
    return
  room.correct = correct.filter(id => room.question!.options.some(o => o.id === id))
  room.phase = 'revealed'
}

export function endQuestion(room: Room): void {
  room.phase = 'waiting'
  room.question = null
  room.votes = new Map()
  room.correct = null
}

export function tallyOf(room: Room): Tally {
  const tally: Tally = Object.fromEntries((room.question?.options ?? []).map(o => [o.id, 0]))
  for (const vote of room.votes.values()) {
    for (const option of votedOptions(vote))
      tally[option] = (tally[option] ?? 0) + 1
  }
  return tally
}

export function voterView(room: Room, voter: string): VoterMessage {
  if (!room.question || room.phase === 'waiting')
    return { type: 'waiting' }
  const vote = room.votes.get(voter) ?? null
  if (room.phase === 'revealed')
    return { type: 'results', question: room.question, tally: tallyOf(room), correct: room.correct ?? [], vote }
  return { type: 'question', question: room.question, phase: room.phase, vote }
}

export function presenterView(room: Room, joinUrl: string, joined: number, by: string[]): PresenterRoomMessage {
  return { type: 'room', joinUrl, phase: room.phase, question: room.question, joined, voted: room.votes.size, tally: tallyOf(room), correct: room.correct, by }
}
