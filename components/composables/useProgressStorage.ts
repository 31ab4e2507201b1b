import type { Ref } from 'vue'
import { StorageSerializers, useStorage } from '@vueuse/core'
import { readonly, ref } from 'vue'

/**
 * Where a learner's progress is kept: one local-storage key through @vueuse/core's useStorage, with the health
 * of this browser's storage shared by every caller. 'blocked': the browser refuses local storage (index.html
 * then installs an in-memory stand-in so Slidev keeps running, and flags it: the stand-in must not pass for
 * storage); 'full': a write failed. Nothing may claim progress is saved unless the last write succeeded.
 */

export type StorageHealth = 'ok' | 'blocked' | 'full'

export const PROGRESS_NOT_SAVED = 'Progress cannot be saved in this browser'

const health = ref<StorageHealth>('ok')

/** This browser's storage health as last seen by any caller (readonly). */
export const storageHealth = readonly(health)

type WriteListener = (text: string) => void
const listeners = new Map<string, Set<WriteListener>>()

/** Calls `listener` with every text written under `key` (saved or not); returns the way to stop. */
export function onProgressWritten(key: string, listener: WriteListener): () => void {
  const set = listeners.get(key) ?? new Set<WriteListener>()
  listeners.set(key, set.add(listener))
  return () => set.delete(listener)
}

const clearListeners = new Set<(keys: readonly string[]) => void>()

/** Calls `listener` with the keys "reset my progress" erased; returns the way to stop. */
export function onProgressCleared(listener: (keys: readonly string[]) => void): () => void {
  clearListeners.add(listener)
  return () => clearListeners.delete(listener)
}

function notify(key: string, text: string) {
  for (const listener of listeners.get(key) ?? [])
    listener(text)
}

let progressStore: Storage | null = null

/**
 * Inside an LMS the progress lives in `storage` (the LMS runtime's copy, kept in memory and sent to the LMS), never
 * in this browser's local storage: a shared computer keeps nothing of a learner, and the LMS's copy is the only one.
 */
export function keepProgressIn(storage: Storage): void {
  progressStore = storage
}

/**
 * Where progress is kept: the LMS's copy when an LMS launched the deck, else the browser's local storage, or null
 * when it is refused (reading it throws, or only the stand-in is there).
 */
export function browserStorage(): Storage | null {
  if (progressStore)
    return progressStore
  try {
    if ((window as { __omdStorageUnavailable?: boolean }).__omdStorageUnavailable)
      return null
    return window.localStorage
  }
  catch {
    return null
  }
}

/** Removes the saved progress under `keys` ("reset my progress"); false when storage refused. */
export function clearProgress(keys: readonly string[], storage: Storage | null = browserStorage()): boolean {
  if (!storage)
    return false
  try {
    for (const key of keys)
      storage.removeItem(key)
    for (const listener of clearListeners)
      listener(keys)
    return true
  }
  catch {
    return false
  }
}

export interface ProgressStorage {
  /** The saved text (null when nothing was saved, or storage is refused). */
  read: () => string | null
  /** Saves `text`; false when it could not be saved. */
  write: (text: string) => boolean
  /** This browser's storage: shared by every key. */
  health: Ref<StorageHealth>
  /** What this key holds is in storage: the last write succeeded, or it was there from an earlier visit. */
  saved: Ref<boolean>
}

const failureOf = (error: unknown): StorageHealth => (error as DOMException | undefined)?.name === 'SecurityError' ? 'blocked' : 'full'

/** A write and a removal of a probe key: a refused or full storage says so before the learner relies on it. */
function probe(storage: Storage): StorageHealth {
  try {
    storage.setItem('omd.probe', '1')
    storage.removeItem('omd.probe')
    return 'ok'
  }
  catch (error) {
    return failureOf(error)
  }
}

/** Probes `storage` and records its health: false when there is none or the browser refuses it. */
function usable(storage: Storage | null): storage is Storage {
  health.value = storage ? probe(storage) : 'blocked'
  return storage !== null && health.value !== 'blocked'
}

/**
 * A reader of what this browser keeps under any key, after one probe of its health: for a page that reads many
 * keys and writes none (the learner's home), without a storage binding per key.
 */
export function progressReader(storage: Storage | null = browserStorage()): (key: string) => string | null {
  if (!usable(storage))
    return () => null
  return (key) => {
    try {
      return storage.getItem(key)
    }
    catch {
      return null
    }
  }
}

export function useProgressStorage(key: string, storage: Storage | null = browserStorage()): ProgressStorage {
  const saved = ref(false)
  if (!usable(storage))
    return { read: () => null, write: (text) => { notify(key, text); return false }, health, saved }
  let failed = false
  const stored = useStorage<string | null>(key, null, storage, {
    serializer: StorageSerializers.string,
    flush: 'sync',
    writeDefaults: false,
    listenToStorageChanges: false,
    onError: (error) => {
      failed = true
      health.value = failureOf(error)
    },
  })
  // What is already there was saved by an earlier visit.
  saved.value = stored.value !== null
  return {
    read: () => stored.value,
    write: (text) => {
      notify(key, text)
      // useStorage writes only a changed value: an unchanged one keeps the outcome of its last write.
      if (stored.value === text)
        return saved.value
      failed = false
      stored.value = text
      saved.value = !failed
      if (!failed)
        health.value = 'ok'
      return !failed
    },
    health,
    saved,
  }
}
