import { createSyncState } from '@slidev/client'
// @ts-expect-error virtual module provided by Slidev's server-ref plugin (declared in vite.config.ts)
import serverDeck from 'server-reactive:deck'
import { computed, type WritableComputedRef } from 'vue'

type DeckState = Record<string, unknown>

// One sync channel for every interactive component of the deck: over the dev server it follows
// the server-reactive module, in the static build it rides a BroadcastChannel between windows of
// one browser (presenter view and audience window).
const deck = createSyncState<DeckState>(serverDeck as DeckState, {})
deck.init('omd-deck-shared-state')

/**
 * State shared by the presenter and audience windows under `key`.
 * Writes replace the whole value, so keep it a small plain object.
 */
export function useSharedState<T>(key: string, initial: T): WritableComputedRef<T> {
  return computed({
    get: () => (key in deck.state ? deck.state[key] as T : initial),
    set: (value: T) => deck.patch(key, JSON.parse(JSON.stringify(value)) as unknown),
  })
}
