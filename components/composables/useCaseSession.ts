import type { Ref, ShallowRef } from 'vue'
import type { Actor } from 'xstate'
import type { CaseProgress } from '../../machines/case/progress-codec'
import type { CaseStorageNotice } from '../../machines/case/storage-notices'
import type { CaseFile } from '../../machines/case/schema'
import type { CaseEvent } from '../../machines/case/caseMachine'
import type { CaseView } from '../../machines/case/view'
import type { CaseSnapshot } from '../../machines/case/walk'
import { useSelector } from '@xstate/vue'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { createActor } from 'xstate'
import { makeCaseProgress, restoreCaseProgress } from '../../machines/case/progress-codec'
import { caseMachine } from '../../machines/case/caseMachine'
import { buildCaseView } from '../../machines/case/view'
import { browserStorage, useProgressStorage } from './useProgressStorage'
import { useSharedState } from './useSharedState'
import { caseStorageKey } from '../../lib/learner/storage-keys'

export interface CaseSession {
  snapshot: Ref<CaseSnapshot>
  /** What the player shows, computed from the snapshot. */
  view: Ref<CaseView>
  send: (event: CaseEvent) => void
  /** Set when saved progress could not be used and the case started afresh. */
  notice: Ref<CaseStorageNotice | null>
  /** False when progress cannot be saved in this browser (the case still works). */
  saving: Ref<boolean>
}

/**
 * One learner's (or the presenter's) run through a case. Every accepted event is journalled by the machine;
 * the journal goes to localStorage (survives a reload) and to the shared deck state under `case:<id>`, so the
 * audience window replays what the presenter plays. When the shared journal changes elsewhere, the actor is
 * replaced by one restored from it: `useSelector` follows the new actor. Ends with the component or effect scope
 * it was made in.
 */
export function useCaseSession(caseFile: CaseFile, storage: Storage | null = browserStorage()): CaseSession {
  const stored = useProgressStorage(caseStorageKey(caseFile.id), storage)
  const shared = useSharedState<CaseProgress | null>(`case:${caseFile.id}`, null)
  const notice = ref<CaseStorageNotice | null>(null)

  function save(events: readonly CaseEvent[]) {
    const progress = makeCaseProgress(caseFile, events)
    shared.value = progress
    // When storage refuses it, the shared state still mirrors the case and the player says it is not saved.
    stored.write(JSON.stringify(progress))
  }

  const machine = caseMachine.provide({
    actions: { persistProgress: ({ context }) => save(context.journal) },
  })

  function startActor(snapshot: CaseSnapshot | null): Actor<typeof machine> {
    const actor = snapshot
      ? createActor(machine, { input: { caseFile }, snapshot: machine.getPersistedSnapshot(snapshot) as never })
      : createActor(machine, { input: { caseFile } })
    return actor.start()
  }

  // The shared journal wins (another window is already playing); otherwise what this browser saved.
  let restored = restoreCaseProgress(shared.value, caseFile)
  if (!restored.snapshot && !restored.notice && !shared.value)
    restored = restoreCaseProgress(stored.read(), caseFile)
  notice.value = restored.notice
  const actorRef: ShallowRef<Actor<typeof machine>> = shallowRef(startActor(restored.snapshot))
  if (restored.notice)
    save([])

  const snapshot = useSelector(actorRef, current => current) as unknown as Ref<CaseSnapshot>

  const sameJournal = (events: readonly CaseEvent[]) =>
    JSON.stringify(events) === JSON.stringify(actorRef.value.getSnapshot().context.journal)

  watch(shared, (remote) => {
    if (!remote || sameJournal(remote.payload.events))
      return
    const mirrored = restoreCaseProgress(remote, caseFile)
    if (!mirrored.snapshot && mirrored.notice)
      return
    actorRef.value.stop()
    actorRef.value = startActor(mirrored.snapshot)
    stored.write(JSON.stringify(remote))
  })

  onScopeDispose(() => actorRef.value.stop())

  return {
    snapshot,
    view: computed(() => buildCaseView(snapshot.value)),
    send: event => actorRef.value.send(event),
    notice,
    saving: computed(() => stored.health.value === 'ok'),
  }
}
