import type { CaseFile, Patient } from './schema'

// The figures a decision reads: at presentation, or after chemotherapy the ones the latest restaging measured (the
// case file's `course.figures`; a restaging that gives none keeps the previous figures, and its screen says so).

export type ChemotherapyLine = 'firstLine' | 'secondLine'

export interface Figures {
  count: number
  largestMm: number
  ceaNgPerMl?: number
}

export interface FiguresAt extends Figures {
  /** The restaging these figures are read at; null: at presentation. */
  line: ChemotherapyLine | null
  /** The case file gives figures for this restaging (false: the previous ones, not measured again). */
  measured: boolean
}

export function presentationFigures(file: CaseFile): Figures {
  const { patient } = file
  return { count: patient.liver.count, largestMm: patient.liver.largestMm, ...(patient.ceaNgPerMl === undefined ? {} : { ceaNgPerMl: patient.ceaNgPerMl }) }
}

/** The figures at presentation (`line` null) or at the restaging after `line`. */
export function figuresAt(file: CaseFile, line: ChemotherapyLine | null): FiguresAt {
  if (line === null)
    return { ...presentationFigures(file), line, measured: true }
  const given = file.course.figures?.[line]
  if (given)
    return { ...given, line, measured: true }
  const previous = line === 'secondLine' ? figuresAt(file, 'firstLine') : figuresAt(file, null)
  return { ...previous, line, measured: false }
}

/** The patient as the rules read them at `line`: the liver's count and largest size and the CEA of that restaging. */
export function patientAt(file: CaseFile, line: ChemotherapyLine | null): Patient {
  const { count, largestMm, ceaNgPerMl } = figuresAt(file, line)
  const { ceaNgPerMl: _atPresentation, ...patient } = file.patient
  return { ...patient, liver: { ...patient.liver, count, largestMm }, ...(ceaNgPerMl === undefined ? {} : { ceaNgPerMl }) }
}

/** "2 lesions, largest 55 mm, CEA 40 ng/mL". */
export function figuresText(figures: Figures): string {
  return `${figures.count} lesion${figures.count === 1 ? '' : 's'}, largest ${figures.largestMm} mm${figures.ceaNgPerMl === undefined ? '' : `, CEA ${figures.ceaNgPerMl} ng/mL`}`
}
