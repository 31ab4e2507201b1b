import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Num from '../../components/deck/Num.vue'
import SourceTable from '../../components/figures/SourceTable.vue'

// Expected strings come from the lecture text (JCOG0603 abstract, COLLISION summary, Mariani 2013, breast and SBRT tables).

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
  it('renders the Mariani 2013 table as a semantic table: caption, column headers, a row header a factor, source line, caveats', () => {
    const w = mount(SourceTable, { props: { id: 'mariani2013' } })
    expect(w.find('caption').text()).toContain('Mariani 2013')
    expect(w.findAll('thead th[scope="col"]').map(th => th.text())).toEqual(['Factor', 'RR', 'CI', 'p'])
    expect(w.findAll('tbody th[scope="row"]').map(th => th.text())).toEqual(['Surgery not performed', 'Bone metastases'])
    // "RR = 3.04-fold higher risk of death (CI: 1.87–4.92) (p < 0.0001) when surgery was not performed"
    expect(w.find('tbody tr').findAll('td').map(td => td.text())).toEqual(['3.04', '1.87–4.92', 'p < 0.0001'])
    expect(w.find('.source-table__source').text()).toContain('P. Mariani et al. / EJSO 39 (2013) 1377–1383')
    expect(w.find('.source-table__caveats').text()).toMatch(/number of patients in each group is not given/)
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
