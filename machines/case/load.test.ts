import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CaseFileError, loadCaseFiles, parseCaseFile } from './load'

// A clinician edits YAML: every mistake must come back as "<file>: <field>: <what is wrong>".

const FILE = 'cases/late-single-metachronous.yaml'
const valid = readFileSync(join(__dirname, '../..', FILE), 'utf8')

function problems(text: string, file = FILE): string[] {
  try {
    parseCaseFile(file, text)
  }
  catch (error) {
    if (error instanceof CaseFileError)
      return error.message.split('\n')
    throw error
  }
  return []
}

describe('parseCaseFile', () => {
  it('reads a shipped case: facts, course and the clinician\'s key', () => {
    const caseFile = parseCaseFile(FILE, valid)
    expect(caseFile.patient.liver).toEqual({ count: 1, largestMm: 25, resectability: 'upfront' })
    expect(caseFile.expectedKey?.[0]).toEqual({ node: 'strategy', best: ['surgery-first'], acceptable: ['chemo-first', 'non-surgical-local'] })
  })

  it('names the file and the field of a wrong value', () => {
    expect(problems(valid.replace('count: 1,', 'count: 1.5,'))).toEqual([`${FILE}: patient.liver.count: expected a whole number`])
    expect(problems(valid.replace('presentation: metachronous', 'presentation: metachronus'))[0]).toMatch(new RegExp(`^${FILE}: presentation: `))
  })

  it('names a misspelt field instead of ignoring it', () => {
    expect(problems(valid.replace('ceaNgPerMl: 8', 'ceaNgPerML: 8'))).toEqual([
      `${FILE}: patient.ceaNgPerML: unknown field (misspelt?)`,
      `${FILE}: patient.ceaNgPerMl: required for a colorectal primary (Viganò's criteria read it)`,
    ])
  })

  it('requires the CEA for a colorectal primary, not for breast', () => {
    const noCea = valid.replace('  ceaNgPerMl: 8\n', '')
    expect(problems(noCea)).toEqual([`${FILE}: patient.ceaNgPerMl: required for a colorectal primary (Viganò's criteria read it)`])
    expect(problems(noCea.replace('primarySite: colon', 'primarySite: breast'))).toEqual([])
  })

  it('restaging figures: a count, a largest size and (colorectal) a CEA, for a restaging the course gives; a mistake names the field', () => {
    const measured = '    firstLine: { count: 1, largestMm: 18, ceaNgPerMl: 4 }\n'
    expect(valid).toContain(measured)
    const figures = (lines: string) => valid.replace(measured, lines)
    expect(problems(figures('    firstLine: { count: 1, largestMm: 18 }\n'))).toEqual([`${FILE}: course.figures.firstLine.ceaNgPerMl: required for a colorectal primary (the restaging screen shows the CEA beside the count and size)`])
    expect(problems(figures('    firstLine: { count: 1.5, largestMm: 18, ceaNgPerMl: 4 }\n'))).toEqual([`${FILE}: course.figures.firstLine.count: expected a whole number`])
    expect(problems(figures(`${measured}    secondLine: { count: 1, largestMm: 10, ceaNgPerMl: 2 }\n`))).toEqual([`${FILE}: course.figures.secondLine: figures for a restaging the course does not give (course.secondLine is missing)`])
    expect(problems(figures('    firstLine: { count: 1, largestMM: 18, ceaNgPerMl: 4 }\n'))).toContain(`${FILE}: course.figures.firstLine.largestMM: unknown field (misspelt?)`)
    expect(problems(figures('    firstLine: { count: 1, largestMm: 18 }\n').replace('primarySite: colon', 'primarySite: breast'))).toEqual([])
  })

  it('refuses a breast-cancer case whose course shows progression, naming the line', () => {
    const breast = valid.replace('primarySite: colon', 'primarySite: breast').replace('firstLine: response', 'firstLine: progression')
    expect(problems(breast)).toContain(`${FILE}: course.firstLine: progression in a breast-cancer case: the lecture gives no rule for it`)
  })

  it('a synchronous case may say it had no adjuvant chemotherapy, never that it had one', () => {
    const synchronous = valid.replace('presentation: metachronous', 'presentation: synchronous').replace('  monthsFromPrimaryResection: 18\n', '')
    expect(problems(synchronous)).toEqual([
      `${FILE}: patient.adjuvantChemotherapy: a synchronous presentation has had no resection to be adjuvant to (false, or remove it)`,
    ])
    expect(problems(synchronous.replace('adjuvantChemotherapy: true', 'adjuvantChemotherapy: false'))).not.toContainEqual(expect.stringContaining('adjuvantChemotherapy'))
  })

  it('asks whether disease not upfront resectable is resectable now, once restaging with tumour control can be reached', () => {
    const unresectable = valid.replace('resectability: upfront', 'resectability: unresectable')
    expect(problems(unresectable)).toEqual([
      `${FILE}: course.convertedToResectable: required because definitely unresectable disease can reach restaging with tumour control (the screen says whether it is resectable now)`,
    ])
    expect(problems(valid.replace('resectability: upfront', 'resectability: marginal'))).toEqual([
      `${FILE}: course.convertedToResectable: required because marginally resectable disease can reach restaging with tumour control (the screen says whether it is resectable now)`,
    ])
    // An unfit patient's restaging grades do not read resectability, so the question is not asked.
    expect(problems(valid.replace('resectability: upfront', 'resectability: marginal').replace('fitForSurgery: true', 'fitForSurgery: false'))).not.toContainEqual(expect.stringContaining('convertedToResectable'))
  })

  it('names a missing field', () => {
    expect(problems(valid.replace('  fitForSurgery: true\n', ''))).toEqual([`${FILE}: patient.fitForSurgery: required field is missing`])
  })

  it('names the position inside lists (expectedKey[1].best[0])', () => {
    expect(problems(valid.replace('acceptable: [ablation, resection-plus-ablation]', 'acceptable: [hepatectomy, resection-plus-ablation]'))[0]).toMatch(new RegExp(`^${FILE}: expectedKey\\[1\\]\\.acceptable\\[0\\]: `))
  })

  it('asks for the months since resection in a metachronous case, and refuses them in a synchronous one', () => {
    expect(problems(valid.replace('  monthsFromPrimaryResection: 18\n', ''))).toEqual([
      `${FILE}: patient.monthsFromPrimaryResection: required for a metachronous presentation`,
    ])
    const synchronous = valid.replace('presentation: metachronous', 'presentation: synchronous')
    expect(problems(synchronous)).toContain(`${FILE}: patient.monthsFromPrimaryResection: only for a metachronous presentation (remove it)`)
  })

  it('asks for the restaging result once the pathway can reach it (chemotherapy first is viable in every shipped case)', () => {
    expect(problems(valid.replace(/course:\n {2}firstLine: response\n {2}figures:\n.*\n/, ''))).toEqual([
      `${FILE}: course.firstLine: required because the pathway can reach restaging after first-line chemotherapy`,
    ])
  })

  it('asks for the second line, for completeness at any progression, and for the MDT after progression on the second line', () => {
    const file = 'cases/three-large-progressing.yaml'
    const text = readFileSync(join(__dirname, '../..', file), 'utf8')
    expect(problems(text.replace('  secondLine: progression\n', '').replace(/ {4}secondLine: .*\n/g, ''), file)).toEqual([
      `${file}: course.secondLine: required because the pathway can reach restaging after second-line chemotherapy`,
    ])
    expect(problems(text.replace('  completeResectionPossible: true\n', ''), file)).toEqual([
      `${file}: course.completeResectionPossible: required because a restaging after first-line chemotherapy can show progression (the screen says whether resection could be complete)`,
    ])
    expect(problems(text.replace('  mdtConsensus: true\n', ''), file)).toEqual([
      `${file}: course.mdtConsensus: required because the restaging after second-line chemotherapy can show progression (the screen says what the MDT decided)`,
    ])
  })

  it('reads a renamed option in expectedKey as its new id (second-line-chemo, continue-systemic)', () => {
    const file = 'cases/three-large-progressing.yaml'
    const text = readFileSync(join(__dirname, '../..', file), 'utf8')
    const legacy = text.replace('best: [change-regimen]', 'best: [second-line-chemo]')
    expect(legacy).toContain('second-line-chemo')
    expect(parseCaseFile(file, legacy).expectedKey).toEqual(parseCaseFile(file, text).expectedKey)
  })

  it('primaryInPlace is for a synchronous presentation only; a report needs its restaging', () => {
    expect(problems(valid.replace('  primaryControlled: true\n', '  primaryControlled: true\n  primaryInPlace: true\n'))).toEqual([
      `${FILE}: patient.primaryInPlace: only for a synchronous presentation (remove it)`,
    ])
    expect(problems(valid.replace('  firstLine: response\n', '  firstLine: response\n  report:\n    secondLine: Growth.\n'))).toEqual([
      `${FILE}: course.report.secondLine: a report for a restaging the course does not give (course.secondLine is missing)`,
    ])
  })

  it('requires the id to match the file name', () => {
    expect(problems(valid, 'cases/another-name.yaml')).toEqual(['cases/another-name.yaml: id: "late-single-metachronous" must match the file name (another-name.yaml)'])
  })

  it('reports a YAML syntax error with its line', () => {
    const broken = valid.replace('  age: 64', '  age: [64')
    expect(problems(broken)[0]).toMatch(new RegExp(`^${FILE}: line \\d+: YAML syntax: `))
  })
})

describe('loadCaseFiles', () => {
  it('keeps going past a bad file and flags a duplicated id on the second file', () => {
    const loaded = loadCaseFiles({
      'cases/late-single-metachronous.yaml': valid,
      'cases/z/late-single-metachronous.yaml': valid,
      'cases/broken.yaml': 'id: broken\n',
    })
    expect(loaded.map(item => item.ok)).toEqual([false, true, false])
    const messages = loaded.flatMap(item => (item.ok ? [] : [item.error.message]))
    expect(messages[0]).toMatch(/^cases\/broken\.yaml: title: required field is missing/)
    expect(messages[1]).toBe('cases/z/late-single-metachronous.yaml: id: "late-single-metachronous" is already used by cases/late-single-metachronous.yaml')
  })
})
