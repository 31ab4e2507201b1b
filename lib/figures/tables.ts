/**
 * The lecture's tables that a slide shows, as a plain model for <SourceTable> or for the data table under a figure
 * (lib/figures/registry.ts): caption, columns, rows of printed cells (formatted as the lecture prints them), source line
 * and caveats. Pure: numbers come from data/. A figure that draws its own table (the forest plot, the Viganò heat map,
 * the COLLISION survival curves) needs none here; tests/unit/deck-structure.test.ts fails on a table no slide shows.
 */
import { datasets } from '../../data/index'
import type { Provenance } from '../../data/types'
import { formatCell, formatCi, formatHr, formatNumber, formatP, formatPercent, formatRange } from '../deck/format'

export interface TableColumn {
  key: string
  label: string
  /** Right-aligned, tabular figures. */
  numeric?: boolean
}

export type TableRow = Record<string, string>

export interface SourceTableModel {
  id: TableId
  caption: string
  columns: TableColumn[]
  /** Key of the column whose cells are row headers (<th scope="row">). */
  rowHeader: string
  rows: TableRow[]
  /** Lines printed under the table in the lecture (totals, heterogeneity, axis label...). */
  notes: string[]
  /** The citation as the lecture gives it. */
  source: string
  publication?: string
  caveats: string[]
  /** Dataset the numbers come from (data/<dataset>.ts). */
  dataset: string
  /** Route alias of the slide that shows the table. */
  slide: string
}

const n = (value: number, digits?: number) => formatNumber(value, { digits })

function provenance(source: Provenance, dataset: string) {
  return { source: source.citation, publication: source.publication, caveats: source.caveats ?? [], dataset }
}

/** Columns for the unlabelled at-risk time points (the text gives none): t1, t2, ... */
function unlabelledTimes(count: number): TableColumn[] {
  return Array.from({ length: count }, (_, i) => ({ key: `t${i + 1}`, label: `t${i + 1}`, numeric: true }))
}

function atRiskCells(values: readonly number[]): TableRow {
  return Object.fromEntries(values.map((v, i) => [`t${i + 1}`, n(v)]))
}

function epocAtRisk(): SourceTableModel {
  const d = datasets.epoc2008
  const arms = [d.atRisk.arms.surgeryAlone, d.atRisk.arms.perioperativeFolfox4]
  return {
    id: 'epoc-at-risk',
    caption: 'EORTC 40983 (EPOC): Number of patients at risk :',
    columns: [{ key: 'arm', label: 'Arm' }, { key: 'o', label: 'O', numeric: true }, { key: 'n', label: 'N', numeric: true }, ...unlabelledTimes(4)],
    rowHeader: 'arm',
    rows: arms.map(arm => ({ arm: arm.label, o: n(arm.observedEvents), n: n(arm.patients), ...atRiskCells(arm.atRisk) })),
    notes: ['O: observed events; N: patients. t1–t4: time points not given in the text.'],
    ...provenance(d.source, d.id),
    slide: 'epoc-dfs',
  }
}

function epocLongTerm(): SourceTableModel {
  const d = datasets.epoc2008
  const lt = d.longTerm
  // Printed as "61 vs 54 months" and "51.2 vs 47.8%": the unit once, after the second value.
  const pair = (values: readonly number[], digits?: number) => `${n(values[0], digits)} vs ${n(values[1], digits)}`
  return {
    id: 'epoc-long-term',
    caption: `EORTC/EPOC: overall survival at a follow-up of ${n(lt.followUpYears)} yrs`,
    columns: [{ key: 'analysis', label: 'Analysis' }, { key: 'median', label: 'Median OS' }, { key: 'fiveYear', label: 'OS at 5 yrs' }],
    rowHeader: 'analysis',
    rows: [
      { analysis: 'ITT', median: `${pair(lt.itt.medianMonths)} months`, fiveYear: `${pair(lt.itt.fiveYearPct, 1)}%` },
      { analysis: 'Per protocol', median: `${pair(lt.perProtocol.medianMonths)} months`, fiveYear: `${pair(lt.perProtocol.fiveYearPct, 1)}%` },
    ],
    notes: [`No improvement of OS, HR: ${n(lt.osHr)} (${formatP(lt.osP)})`, 'Improvement of PFS (Lancet 2008)'],
    ...provenance(d.source, d.id),
    caveats: (d.source.caveats ?? []).filter(c => /long-term update/.test(c)),
    slide: 'epoc-long-term',
  }
}

type LmsKey = keyof typeof datasets.lmsSingleMetachronous.tables
const lmsTableIds: Record<LmsKey, TableId> = {
  preop1450: 'lms-preop-1450',
  postop1063: 'lms-postop-1063',
  preop1355: 'lms-preop-1355',
  postop972: 'lms-postop-972',
}
const lmsSlides: Record<LmsKey, string> = { preop1450: 'lms-single-1', postop1063: 'lms-single-1', preop1355: 'lms-single-2', postop972: 'lms-single-2' }

function lmsTable(key: LmsKey): SourceTableModel {
  const d = datasets.lmsSingleMetachronous
  const t = d.tables[key]
  const timeKeys = ['total', 'y1', 'y2', 'y3', 'y4', 'y5']
  return {
    id: lmsTableIds[key],
    caption: `${t.title} (numbers at risk)`,
    columns: [{ key: 'group', label: 'Group' }, ...d.columns.map((label, i) => ({ key: timeKeys[i], label, numeric: true }))],
    rowHeader: 'group',
    rows: [t.arms.noChemo, t.arms.withChemo].map(arm => ({
      group: arm.label,
      ...Object.fromEntries(arm.atRisk.map((v, i) => [timeKeys[i], n(v)])),
    })),
    notes: [],
    ...provenance(d.source, d.id),
    slide: lmsSlides[key],
  }
}

function jcog0603(): SourceTableModel {
  const d = datasets.jcog0603
  const rate = (x: { fiveYearPct: number, ci95: readonly number[] }) => `${formatPercent(x.fiveYearPct, { digits: 1 })} (${formatCi(x.ci95, { digits: 1 })})`
  return {
    id: 'jcog0603',
    caption: `JCOG0603: 5-year rates, % (95% CI), median follow-up ${n(d.followUp.updatedMonths)} months`,
    columns: [
      { key: 'endpoint', label: 'Endpoint' },
      { key: 'alone', label: `Hepatectomy alone (n = ${d.randomized.hepatectomyAlone})` },
      { key: 'chemo', label: `Hepatectomy + mFOLFOX6 (n = ${d.randomized.chemotherapy})` },
      { key: 'hr', label: 'HR (95% CI)' },
    ],
    rowHeader: 'endpoint',
    rows: [
      {
        endpoint: '5-year DFS',
        alone: rate(d.dfs.hepatectomyAlone),
        chemo: rate(d.dfs.chemotherapy),
        hr: `${formatHr(d.dfs.hr, d.dfs.hrCi95, { digits: 2 })}; one-sided ${formatP(d.dfs.pOneSided, { label: 'P', leadingZero: false })}`,
      },
      { endpoint: '5-year OS', alone: rate(d.os.hepatectomyAlone), chemo: rate(d.os.chemotherapy), hr: 'not given' },
    ],
    notes: [
      `Grade ≥ 3 AEs (chemotherapy arm): neutropenia ${d.adverseEvents.neutropeniaPct}%, sensory neuropathy ${d.adverseEvents.sensoryNeuropathyPct}%, allergic reaction ${d.adverseEvents.allergicReactionPct}%.`,
      d.deaths.printed,
    ],
    ...provenance(d.source, d.id),
    slide: 'jcog0603-results',
  }
}

function blmSeries(): SourceTableModel {
  const d = datasets.blmSeries
  const keys = ['author', 'date', 'period', 'no', 'median', 'threeYear', 'fiveYear']
  return {
    id: 'blm-series',
    caption: 'Resection of Breast Cancer Liver Metastases: published series',
    columns: d.columns.map((label, i) => ({ key: keys[i], label, numeric: i >= 3 })),
    rowHeader: 'author',
    rows: d.rows.map(r => ({
      author: r.author,
      date: String(r.year),
      period: r.period,
      no: n(r.patients),
      median: formatCell(r.medianMonths),
      threeYear: formatCell(r.threeYearPct),
      fiveYear: formatCell(r.fiveYearPct),
    })),
    notes: [
      `5y OS: ${formatRange(d.printedRanges.fiveYearOsPct.min, d.printedRanges.fiveYearOsPct.max, { unit: '%' })}`,
      `Median: ${formatRange(d.printedRanges.medianMonths.min, d.printedRanges.medianMonths.max, { unit: 'mo' })}`,
      'NR: not reported.',
    ],
    ...provenance(d.source, d.id),
    slide: 'blm-series',
  }
}

function blmPaulBrousse(): SourceTableModel {
  const d = datasets.blmPaulBrousse
  const keys = ['total', 'y3', 'y5', 'y10']
  return {
    id: 'blm-paul-brousse',
    caption: `Survival after resection of BLM, Paul Brousse Hospital, ${d.patients} Pts (${d.period.from}-${d.period.to}): ${d.panel}`,
    columns: [
      { key: 'row', label: '' },
      ...d.columns.map((label, i) => ({ key: keys[i], label, numeric: true })),
      { key: 'median', label: 'Median (months)', numeric: true },
    ],
    rowHeader: 'row',
    rows: [{ row: 'Number exposed to risk', ...Object.fromEntries(d.exposedToRisk.map((v, i) => [keys[i], n(v)])), median: n(d.medianMonths) }],
    notes: [],
    ...provenance(d.source, d.id),
    slide: 'blm-paul-brousse',
  }
}

function mariani(): SourceTableModel {
  const d = datasets.mariani2013
  const row = (factor: string, x: { rr: number, ci: readonly number[], p: number, pOperator: string, digits: number }) => ({
    factor,
    rr: n(x.rr, x.digits),
    ci: formatCi(x.ci, { digits: x.digits }),
    p: formatP(x.p, { comparator: x.pOperator as '=' | '<' }),
  })
  return {
    id: 'mariani2013',
    caption: 'Mariani 2013: risk of death (case-matched control study)',
    columns: [{ key: 'factor', label: 'Factor' }, { key: 'rr', label: 'RR', numeric: true }, { key: 'ci', label: 'CI', numeric: true }, { key: 'p', label: 'p', numeric: true }],
    rowHeader: 'factor',
    rows: [row('Surgery not performed', d.noSurgery), row('Bone metastases', d.boneMetastases)],
    notes: [`Log-rank test (Fig. 2): ${formatP(d.logRankP, { comparator: '<' })}`],
    ...provenance(d.source, d.id),
    slide: 'mariani2013',
  }
}

function cloccAtRisk(): SourceTableModel {
  const d = datasets.clocc
  return {
    id: 'clocc-at-risk',
    caption: 'CLOCC: Overall Survival, Nombre de patients à risque :',
    columns: [{ key: 'arm', label: 'Treatment' }, { key: 'o', label: 'O', numeric: true }, { key: 'n', label: 'N', numeric: true }, ...unlabelledTimes(5)],
    rowHeader: 'arm',
    rows: [d.arms.systemic, d.arms.rfPlusSystemic].map(arm => ({ arm: arm.label, o: n(arm.observedEvents), n: n(arm.patients), ...atRiskCells(arm.atRisk) })),
    notes: ['O: observed events; N: patients. t1–t5: time points not given in the text.'],
    ...provenance(d.source, d.id),
    slide: 'clocc-results',
  }
}

function collisionSafety(): SourceTableModel {
  const d = datasets.collision
  return {
    id: 'collision-safety',
    caption: 'COLLISION: morbidity and mortality',
    columns: [{ key: 'outcome', label: 'Outcome' }, { key: 'resection', label: 'Resection', numeric: true }, { key: 'ablation', label: 'Ablation', numeric: true }],
    rowHeader: 'outcome',
    rows: Object.values(d.safety).map(s => ({
      outcome: s.label,
      resection: formatPercent(s.resectionPct, { digits: s.digits }),
      ablation: formatPercent(s.ablationPct, { digits: s.digits }),
    })),
    notes: [],
    ...provenance(d.source, d.id),
    caveats: [],
    slide: 'collision-summary',
  }
}

function sbrtSeries(): SourceTableModel {
  const d = datasets.sbrt2022
  return {
    id: 'sbrt-series',
    caption: d.caption,
    columns: d.columns.map(c => ({ ...c })),
    rowHeader: 'study',
    rows: d.rows.map(r => ({ ...r.cells })),
    notes: [d.abbreviations],
    ...provenance(d.source, d.id),
    slide: 'sbrt',
  }
}

/** Every table of the lecture a slide shows, as a table (<SourceTable id>) or under the figure built on it. */
const builders = {
  'epoc-at-risk': epocAtRisk,
  'epoc-long-term': epocLongTerm,
  'lms-preop-1450': () => lmsTable('preop1450'),
  'lms-postop-1063': () => lmsTable('postop1063'),
  'lms-preop-1355': () => lmsTable('preop1355'),
  'lms-postop-972': () => lmsTable('postop972'),
  'jcog0603': jcog0603,
  'blm-series': blmSeries,
  'blm-paul-brousse': blmPaulBrousse,
  'mariani2013': mariani,
  'clocc-at-risk': cloccAtRisk,
  'collision-safety': collisionSafety,
  'sbrt-series': sbrtSeries,
} satisfies Record<string, () => SourceTableModel>

export type TableId = keyof typeof builders
export const tableIds = Object.keys(builders) as TableId[]

export function buildTable(id: string): SourceTableModel {
  const build = Object.hasOwn(builders, id) ? builders[id as TableId] : undefined
  if (!build) throw new Error(`Unknown table id "${id}" (lib/figures/tables.ts). Known tables: ${tableIds.join(', ')}`)
  return build()
}

/** Keep only the named columns (row header first if it is among them); unknown keys throw, naming the table. */
export function pickColumns(model: SourceTableModel, keys?: readonly string[]): TableColumn[] {
  if (!keys || keys.length === 0) return model.columns
  const known = new Set(model.columns.map(c => c.key))
  const unknown = keys.filter(k => !known.has(k))
  if (unknown.length > 0)
    throw new Error(`Table "${model.id}" has no column ${unknown.map(k => `"${k}"`).join(', ')}. Columns: ${[...known].join(', ')}`)
  return model.columns.filter(c => keys.includes(c.key))
}
