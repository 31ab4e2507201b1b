import type { ComputedRef } from 'vue'
import type { PresenterMessage, PresenterRoomMessage, RoomQuestion } from '../../lib/audience/protocol'
import { useWebSocket } from '@vueuse/core'
import { computed, effectScope, ref, shallowRef } from 'vue'
import { audienceConfig } from '../../lib/audience/deck-config'
import { reconnectDelay } from '../../lib/audience/protocol'
import { useSharedState } from './useSharedState'

/** The room as every window of the deck shows it (the voter ids of the last update left out). */
export type SharedRoom = Omit<PresenterRoomMessage, 'by'>

const room = shallowRef<SharedRoom | null>(null)
const connected = ref(false)
const refused = ref<string | null>(null)
let send: ((data: string) => boolean) | null = null

function configFromPage() {
  if (typeof location === 'undefined')
    return null
  const env = (import.meta as { env?: Record<string, string | undefined> }).env ?? {}
  return audienceConfig(location.search, { token: env.VITE_OMD_AUDIENCE_TOKEN, server: env.VITE_OMD_AUDIENCE_SERVER }, location)
}

/** One socket for the window, kept open whichever component asked for it first (a detached scope). */
function connect(url: string, token: string, onRoom: (next: SharedRoom) => void) {
  const socket = effectScope(true).run(() => useWebSocket(url, {
    autoReconnect: { retries: () => refused.value === null, delay: reconnectDelay },
    onConnected: ws => ws.send(JSON.stringify({ type: 'hello', role: 'presenter', token })),
    onDisconnected: () => { connected.value = false },
    onMessage: (_, event) => {
      const message = JSON.parse(String(event.data)) as PresenterMessage
      if (message.type === 'refused') {
        refused.value = message.reason
        return
      }
      if (message.type !== 'room')
        return
      connected.value = true
      const { by: _by, ...next } = message
      room.value = next
      onRoom(next)
    },
  }))!
  // A command while the socket is down is dropped, not replayed later: the presenter sees the room as it is.
  send = data => socket.send(data, false)
}

export interface RoomVote {
  /** This window holds the presenter token: it can open and close votes. */
  canPresent: boolean
  connected: ComputedRef<boolean>
  /** Why the audience server refused this deck (a wrong token), or null. */
  refused: ComputedRef<string | null>
  /** The room: live from the server in the presenter's window, mirrored in the audience window. */
  room: ComputedRef<SharedRoom | null>
  open: (question: RoomQuestion) => void
  close: () => void
  reveal: (correct: string[]) => void
  end: () => void
}

/**
 * The presenter's side of a room vote. With a token (npm run present, or `?audience=` in the deck's URL) this
 * window connects to the audience server once and reconnects by itself; the room it receives is written to the
 * deck's shared state, so the audience window (and a reloaded presenter) shows the same vote.
 */
export function useRoomVote(): RoomVote {
  const config = configFromPage()
  const shared = useSharedState<SharedRoom | null>('audience-room', null)
  if (config && !send)
    connect(config.socketUrl, config.token, (next) => { shared.value = next })
  const command = (message: unknown) => send?.(JSON.stringify(message))
  return {
    canPresent: config !== null,
    connected: computed(() => connected.value),
    refused: computed(() => refused.value),
    room: computed(() => (connected.value ? room.value : shared.value)),
    open: question => command({ type: 'open', question }),
    close: () => command({ type: 'close' }),
    reveal: correct => command({ type: 'reveal', correct }),
    end: () => command({ type: 'end' }),
  }
}
