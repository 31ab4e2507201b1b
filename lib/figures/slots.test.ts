import { describe, expect, it } from 'vitest'
import { figureFileFor, figureSlotsIn } from './slots'

describe('figure slots', () => {
  it('finds the presenter\'s image for an id, png first, and nothing for another id or an unsupported type', () => {
    const names = ['adam2017-after-diagnosis.webp', 'adam2017-after-diagnosis.png', 'lms-2020-os.gif', 'README.md']
    expect(figureFileFor('adam2017-after-diagnosis', names)).toBe('adam2017-after-diagnosis.png')
    expect(figureFileFor('adam2017-after-hepatectomy', names)).toBeNull()
    expect(figureFileFor('lms-2020-os', names)).toBeNull()
    expect(figureFileFor('adam2017-after', names)).toBeNull()
  })

  it('reads id and caption of every slot on a slide, and refuses a slot without a stable id or a caption', () => {
    const md = '<FigureSlot id="ruiz2018-unmatched" title="Unmatched" caption="survival curves" tall />\n<FigureSlot caption="x" id="ruiz2018-matched" />'
    expect(figureSlotsIn(md)).toEqual([
      { id: 'ruiz2018-unmatched', caption: 'survival curves' },
      { id: 'ruiz2018-matched', caption: 'x' },
    ])
    expect(() => figureSlotsIn('<FigureSlot caption="x" />')).toThrow(/kebab-case/)
    expect(() => figureSlotsIn('<FigureSlot id="Bad Id" caption="x" />')).toThrow(/kebab-case/)
    expect(() => figureSlotsIn('<FigureSlot id="a-b" />')).toThrow(/caption is required/)
  })
})
