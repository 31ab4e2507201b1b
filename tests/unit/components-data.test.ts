import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Num from '../../components/deck/Num.vue'
import SourceTable from '../../components/figures/SourceTable.vue'

// Expected strings come from the lecture text (JCOG0603 abstract, COLLISION summary, Viganò and breast tables).

describe('<Num>', () => {
  it('prints the JCOG0603 5-year OS after hepatectomy alone: 83.1', () => {
    expect(mount(Num, { props: { v: 'jcog0603.os.hepatectomyAlone.fiveYearPct' } }).text()).toBe('83.1')
  })

  it('prints "0.0" for the treatment-related mortality after ablation with digits="1", and "31,536" with grouping', () => {
    expect(mount(Num, { props: { v: 'collision.safety.treatmentRelatedMortality.ablationPct', digits: '1', percent: true } }).text()).toBe('0.0%')
    expect(mount(Num, { props: { v: 'liverMetSurvey.dec2023.patients', grouping: true } }).text()).toBe('31,536')
  })

  it('fails loudly, naming the file, on a typo', () => {
    expect(() => mount(Num, { props: { v: 'jcog0603.os.alone.fiveYearPct' } })).toThrow(/data\/jcog0603\.ts/)
  })
})

describe('<SourceTable>', () => {
  it('renders the Viganò table as a semantic table: caption, 6 column headers, 8 rows, source line', () => {
    const w = mount(SourceTable, { props: { id: 'vigano2012' } })
    expect(w.find('caption').text()).toContain('Viganò')
    expect(w.findAll('thead th[scope="col"]')).toHaveLength(6)
    expect(w.findAll('tbody tr')).toHaveLength(8)
    expect(w.findAll('tbody th[scope="row"]')).toHaveLength(8)
    expect(w.find('.source-table__source').text()).toContain('Ann Surg Oncol (2012)')
    expect(w.find('.source-table__caveats').text()).toMatch(/grouping of the other rows is ambiguous/)
  })

  it('keeps NR as text in the breast-cancer series', () => {
    const w = mount(SourceTable, { props: { id: 'blm-series' } })
    const mariani = w.findAll('tbody tr').find(tr => tr.text().startsWith('Mariani'))!
    expect(mariani.findAll('td').map(td => td.text())).toEqual(['2013', '1988-2007', '51', '91', 'NR', 'NR'])
  })

  it('shows only the chosen columns of the wide SBRT table, and can hide caveats', () => {
    const w = mount(SourceTable, { props: { id: 'sbrt-series', columns: ['study', 'localControl'], caveats: false, dense: true } })
    expect(w.findAll('thead th').map(th => th.text())).toEqual(['Study', 'Local control'])
    expect(w.find('tbody tr').text()).toContain('1-year: 86%')
    expect(w.find('.source-table__caveats').exists()).toBe(false)
    expect(w.classes()).toContain('source-table--dense')
  })
})
