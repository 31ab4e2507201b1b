import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { datasetFile, datasets } from '../../data/index'
import { dataLeaves } from './data-walk'

// Every number stored in data/ must be printed in the lecture, in the part of the text its dataset comes from.
const root = resolve(__dirname, '../..')
const lecture = readFileSync(resolve(root, 'data/source/lecture.txt'), 'utf8')
const seed = resolve(root, '../shared/seeds/000_867d51172a938933.txt')

/**
 * Where numbers are printed: [first words, words that start the next part], per dataset id or, more narrowly,
 * per field prefix ("collision.population"); the longest matching key wins.
 */
const sections: Record<string, Array<[string, string]>> = {
  omdConcept: [['The concept of oligometastatic disease', 'ESMO Clinical Practice Guideline']],
  esmo2022: [['A traditional clinical definition of OMD', 'Owing to the heterogeneity']],
  agenda: [['Management of Oligo-Progressive Colorectal Liver Metastases', 'Perioperative chemotherapy improve']],
  epoc2008: [['Perioperative chemotherapy improve DFS', 'O\tN']],
  'epoc2008.atRisk': [['O\tN\tNumber of patients at risk', 'Nordlinger Lancet 2008']],
  'epoc2008.longTerm': [['EORTC/EPOC news', 'Is Chemotherapy useful for Single']],
  lmsSingleMetachronous: [['Is Chemotherapy useful for Single', 'Role of Preop Chemotherapy']],
  'lmsSingleMetachronous.tables.preop1450': [['1450 patients', 'Metastases : 1063']],
  'lmsSingleMetachronous.tables.postop1063': [['1063 patients', 'Metastases : 1355']],
  'lmsSingleMetachronous.tables.preop1355': [['1355 patients', 'Metastases : 972']],
  'lmsSingleMetachronous.tables.postop972': [['972 patients', 'LIVERMETSURVEY June 2021']],
  jcog0603: [['Hepatectomy Followed by mFOLFOX6 Versus', 'What is the objective']],
  'jcog0603.design': [['PATIENTS AND METHODS', 'RESULTS Between']],
  'jcog0603.randomized': [['Between March 2007', 'At the third interim']],
  'jcog0603.followUp': [['At the third interim', 'the updated 5-year DFS']],
  'jcog0603.dfs': [['the updated 5-year DFS', 'However, the updated']],
  'jcog0603.os': [['However, the updated 5-year overall', 'In the chemotherapy arm']],
  'jcog0603.adverseEvents': [['the most common grade 3', 'One patient died']],
  'jcog0603.deaths': [['One patient died', 'administration.']],
  'liverMetSurvey.dec2023': [['Dec 2023', 'Resection of Breast Cancer']],
  'liverMetSurvey.june2020': [['June 2020', 'www.livermetsurvey']],
  blmSeries: [['Resection of Breast Cancer Liver Metastases', 'Survival after Resection of BLM']],
  'blmSeries.printedRanges': [['5y OS', 'Survival after Resection of BLM']],
  blmPaulBrousse: [['Survival after Resection of BLM', 'Liver metastases from breast cancer']],
  'mariani2013.noSurgery': [['RR = 3.04', ', and RR']],
  'mariani2013.boneMetastases': [['and RR = 2.324', 'Figure 2']],
  'mariani2013.logRankP': [['Figure 2', 'Surgical Resection versus Systemic']],
  ruiz2018: [['Surgical Resection versus Systemic', 'Surgery combined to systemic']],
  clocc: [['In the randomized phase II', 'CLOCC : Results']],
  thermalAblation: [['Thermal ablation such as', 'In the randomized phase II']],
  'clocc.arms': [['Nombre de patients', 'SURGERY VERSUS ABLATION']],
  meijerink2018: [['Study or Subgroup', 'Phase III international multicenter']],
  'meijerink2018.total': [['Total (95% CI)', 'Heterogeneity']],
  'meijerink2018.heterogeneity': [['Heterogeneity', 'Test for overall effect']],
  'meijerink2018.overallEffect': [['Test for overall effect', 'Phase III international multicenter']],
  'collision.design': [['Phase III multicenter partially single-blind', '- 62% low']],
  'collision.population': [['- 62% low disease burden', 'RESULTS']],
  'collision.conditionalProbabilityPct': [['Conditional probability', 'Number at risk']],
  'collision.months': [['Number at risk (number of events)', 'Strata Resection']],
  'collision.arms': [['Strata Resection', 'Months from randomization']],
  'collision.safety': [['treatment related mortality', 'Was at least as good']],
  'collision.localControl': [['no difference in *per-patient*', 'Showed no difference']],
  'collision.comments': [['COLLISION was addressed', 'Equal results']],
  sbrt2022: [['Summary of some selected prospective', 'Abbreviations']],
  preopChemotherapy: [['Role of Preop Chemotherapy vs Number and Size', 'Is chemotherapy always indicated']],
  consensus2015: [['What definition for oligo progressive disease', 'What definition for progressive disease']],
  progressionInPlace: [['Progression of liver metastases in place ?**', 'LIVERMETSURVEY : Overall Survival']],
  adam2017: [['Resection of colorectal liver metastases after second-line', 'Progression while Receiving']],
  vigano2012: [['No. of factors', 'Survival\t']],
  'vigano2012.rows': [['3 years (%)', 'Liver resection is contraindicated']],
  takeHome: [['4. Surgery remains the standard of care', '5. Thermo ablation']],
  references: [],
}

/** Datasets of public facts the deck adds (not printed in the lecture): checked against their own statements below. */
const PUBLIC_FACTS = new Set<string>(['addedEvidence'])

/** Numbers that are derived, not printed, with the reason. */
const derived: Record<string, string> = {
  'lmsSingleMetachronous.years.0': 'the "Total" column is time 0',
  'blmPaulBrousse.years.0': 'the "Total" column is time 0',
}

function sectionsFor(fieldPath: string): Array<[string, string]> {
  const key = Object.keys(sections)
    .filter(k => fieldPath === k || fieldPath.startsWith(`${k}.`))
    .sort((a, b) => b.length - a.length)[0]
  if (!key) throw new Error(`no lecture section configured for ${fieldPath}`)
  return sections[key]
}

function section(start: string, end: string): string {
  const from = lecture.indexOf(start)
  if (from < 0) throw new Error(`section start not found in the lecture: "${start}"`)
  const to = lecture.indexOf(end, from + start.length)
  return lecture.slice(from, to < 0 ? undefined : to + end.length)
}

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** The ways the lecture may print a number: 6, 0.50, .006, 31,536, "three". */
function printedForms(value: number): string[] {
  const forms = new Set([String(value), value.toLocaleString('en-US', { maximumFractionDigits: 10 })])
  if (Number.isInteger(value) && value >= 0 && value < numberWords.length) {
    forms.add(numberWords[value])
    forms.add(numberWords[value][0].toUpperCase() + numberWords[value].slice(1))
  }
  for (let d = 1; d <= 4; d++) forms.add(value.toFixed(d))
  for (const f of [...forms]) if (f.startsWith('0.')) forms.add(f.slice(1))
  return [...forms]
}

function printedIn(text: string, value: number): boolean {
  return printedForms(value).some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text)
  })
}

describe('the lecture copy', () => {
  it('is the lecture (title, author, last take-home message)', () => {
    expect(lecture).toContain('Management of Oligoprogressive Liver Metastases')
    expect(lecture).toContain('René Adam')
    expect(lecture.trimEnd().endsWith('before any local treatment to optimize outcome')).toBe(true)
  })

  it('equals the shared seed when the seed is beside the repository', () => {
    const copyIsSeed = !existsSync(seed) || readFileSync(seed, 'utf8') === lecture
    expect(copyIsSeed, `data/source/lecture.txt differs from ${seed}`).toBe(true)
  })
})

describe('every number in data/ is printed in the lecture', () => {
  it.each((Object.keys(datasets) as Array<keyof typeof datasets>).filter(id => !PUBLIC_FACTS.has(id)))('%s', (id) => {
    const file = datasetFile(id)
    const missing = dataLeaves(datasets[id] as unknown as Record<string, unknown>)
      .filter(leaf => typeof leaf.value === 'number')
      .filter(leaf => !derived[`${id}.${leaf.path}`])
      .filter((leaf) => {
        const text = sectionsFor(`${id}.${leaf.path}`).map(([start, end]) => section(start, end)).join('\n')
        return !printedIn(text, leaf.value as number)
      })
      .map(leaf => `${file}: ${leaf.path} = ${leaf.value} is not printed in its part of the lecture`)
    expect(missing).toEqual([])
  })

  it('has a lecture section for every dataset', () => {
    for (const id of Object.keys(datasets).filter(id => !PUBLIC_FACTS.has(id))) expect(Object.keys(sections).some(k => k === id || k.startsWith(`${id}.`)), datasetFile(id)).toBe(true)
  })

  it('lists as derived only fields that exist', () => {
    for (const path of Object.keys(derived)) {
      const [id, ...rest] = path.split('.')
      const leaf = dataLeaves(datasets[id as keyof typeof datasets] as unknown as Record<string, unknown>).find(l => l.path === rest.join('.'))
      expect(leaf, `${datasetFile(id)}: ${rest.join('.')} does not exist`).toBeDefined()
    }
  })
})

describe('public facts the deck adds: each with its short citation, full reference and statement', () => {
  const items = Object.entries(datasets.addedEvidence).filter(([key]) => !['id', 'source', 'measures'].includes(key)) as Array<[string, Record<string, unknown>]>

  it.each(items)('%s: a citation with a year, a full reference with a DOI, and every number in its statement', (key, item) => {
    const where = `${datasetFile('addedEvidence')}: ${key}`
    expect(item.citation, `${where}.citation`).toMatch(/^[\p{L} -]+ [A-Z]{1,2} et al\., .+ (19|20)\d\d;/u)
    // The short citation names the publication's first author.
    expect(item.publication as string, `${where}.publication`).toMatch(new RegExp(`^${(item.citation as string).split(' et al')[0]}`))
    expect(item.publication, `${where}.publication`).toMatch(/(19|20)\d\d.*(doi|10\.\d{4,}\/)/i)
    expect(typeof item.statement === 'string' && item.statement.length > 20, `${where}.statement`).toBe(true)
    const numbers = dataLeaves(item).filter(leaf => typeof leaf.value === 'number')
    for (const leaf of numbers)
      expect(printedIn(item.statement as string, leaf.value as number), `${where}.${leaf.path} = ${leaf.value} is not in its statement`).toBe(true)
  })

  it('none of its statements claims to be the lecture\'s words', () => {
    for (const [, item] of items) expect(lecture).not.toContain(item.statement as string)
  })
})

describe('SBRT parsed numbers come from their printed cells', () => {
  it.each(datasets.sbrt2022.rows.map(r => [r.cells.study, r] as const))('%s', (_study, row) => {
    const where = `${datasetFile('sbrt2022')}: rows[${row.cells.study}]`
    expect(row.cells.study, where).toBe(`${row.author} ${row.year}`)
    expect(row.cells.caseAndLesions, where).toBe(row.lesions === null ? `${row.patients} patients` : `${row.patients} patients ${row.lesions} lesions`)
    expect(row.cells.doseFractions.endsWith(`/${row.fractions}`), where).toBe(true)
    if (row.localControl1yPct === null) expect(row.cells.localControl, where).not.toContain('1-year')
    else expect(row.cells.localControl, where).toContain(`1-year: ${row.localControl1yPct}%`)
  })
})
