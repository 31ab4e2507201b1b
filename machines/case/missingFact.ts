/** A fact the pathway needs but the case file does not give; `field` is its path in the file. */
export class MissingCaseFact extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: required because ${reason}`)
    this.name = 'MissingCaseFact'
  }
}
