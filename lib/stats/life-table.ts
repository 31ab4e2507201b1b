/**
 * Actuarial life table (Cutler–Ederer method; Cutler SJ, Ederer F. Maximum utilization of the life table
 * method in analyzing survival. J Chronic Dis 1958;8:699–712) from what a published survival figure prints
 * under its axis: numbers at risk and cumulative numbers of events at each time point.
 *
 * For the interval [t_i, t_i+1):
 *   deaths        d_i = events_i+1 − events_i
 *   withdrawals   w_i = (atRisk_i − atRisk_i+1) − d_i      (censored: left the risk set without an event)
 *   effective n   n'_i = atRisk_i − w_i / 2                 (withdrawals count as at risk for half the interval)
 *   S(t_i+1) = S(t_i) · (1 − d_i / n'_i),  S(t_0) = 1
 * This is a reconstruction: it is not the trial's Kaplan–Meier curve, which uses the exact event times.
 */

export interface LifeTableInput {
  /** Time points, strictly increasing (e.g. months from randomization). */
  times: readonly number[]
  /** Patients at risk at each time point. */
  atRisk: readonly number[]
  /** Cumulative number of events at each time point. */
  cumulativeEvents: readonly number[]
  /** Names the data in error messages, e.g. "data/collision.ts arms.resection". */
  source?: string
}

export interface LifeTableInterval {
  start: number
  end: number
  atRisk: number
  deaths: number
  withdrawals: number
  effectiveAtRisk: number
  /** Conditional probability of surviving the interval, 1 − d / n'. */
  conditionalSurvival: number
  /** Cumulative survival at the end of the interval. */
  survival: number
}

export interface LifeTable {
  intervals: LifeTableInterval[]
  /** Survival at each input time point; survival[0] = 1. */
  survival: number[]
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0
}

function validate({ times, atRisk, cumulativeEvents, source }: LifeTableInput): void {
  const where = source ? `${source}: ` : ''
  const fail = (message: string): never => {
    throw new Error(`actuarialLifeTable: ${where}${message}`)
  }
  if (times.length < 2) fail(`"times" needs at least 2 time points, got ${times.length}`)
  if (atRisk.length !== times.length) fail(`"atRisk" has ${atRisk.length} values for ${times.length} time points`)
  if (cumulativeEvents.length !== times.length) {
    fail(`"cumulativeEvents" has ${cumulativeEvents.length} values for ${times.length} time points`)
  }
  times.forEach((t, i) => {
    if (!Number.isFinite(t)) fail(`"times"[${i}] is not a finite number: ${t}`)
    if (i > 0 && t <= times[i - 1]) fail(`"times" must increase: ${times[i - 1]} then ${t} at index ${i}`)
  })
  atRisk.forEach((n, i) => {
    if (!isCount(n)) fail(`"atRisk"[${i}] must be a non-negative integer, got ${n}`)
    if (i > 0 && n > atRisk[i - 1]) fail(`"atRisk" must not increase: ${atRisk[i - 1]} then ${n} at time ${times[i]}`)
  })
  cumulativeEvents.forEach((e, i) => {
    if (!isCount(e)) fail(`"cumulativeEvents"[${i}] must be a non-negative integer, got ${e}`)
    if (i > 0 && e < cumulativeEvents[i - 1]) {
      fail(`"cumulativeEvents" must not decrease: ${cumulativeEvents[i - 1]} then ${e} at time ${times[i]}`)
    }
  })
  if (atRisk[0] === 0) fail('"atRisk"[0] is 0: nobody to follow')
  for (let i = 0; i + 1 < times.length; i++) {
    const deaths = cumulativeEvents[i + 1] - cumulativeEvents[i]
    const drop = atRisk[i] - atRisk[i + 1]
    if (deaths > drop) {
      fail(`between ${times[i]} and ${times[i + 1]}: ${deaths} events but the number at risk only drops by ${drop}`)
    }
  }
}

/** Cutler–Ederer actuarial survival from numbers at risk and cumulative events. */
export function actuarialLifeTable(input: LifeTableInput): LifeTable {
  validate(input)
  const { times, atRisk, cumulativeEvents } = input
  const intervals: LifeTableInterval[] = []
  const survival = [1]
  for (let i = 0; i + 1 < times.length; i++) {
    const deaths = cumulativeEvents[i + 1] - cumulativeEvents[i]
    const withdrawals = atRisk[i] - atRisk[i + 1] - deaths
    const effectiveAtRisk = atRisk[i] - withdrawals / 2
    const conditionalSurvival = effectiveAtRisk > 0 ? 1 - deaths / effectiveAtRisk : 1
    const s = survival[i] * conditionalSurvival
    survival.push(s)
    intervals.push({
      start: times[i],
      end: times[i + 1],
      atRisk: atRisk[i],
      deaths,
      withdrawals,
      effectiveAtRisk,
      conditionalSurvival,
      survival: s,
    })
  }
  return { intervals, survival }
}
