/**
 * A Storage kept in memory: where the deck keeps a learner's progress inside an LMS (the LMS holds the lasting copy).
 * Hand-written: the Web Storage interface is six members over a Map, and the Storage the browser gives is bound to
 * local or session storage, which is what must not be written here.
 */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial))
  return {
    get length() {
      return items.size
    },
    key: index => [...items.keys()][index] ?? null,
    getItem: key => items.get(key) ?? null,
    setItem: (key, value) => { items.set(key, String(value)) },
    removeItem: (key) => { items.delete(key) },
    clear: () => items.clear(),
  }
}
