// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as pdfLib from 'pdf-lib'
import { PDFDocument, PDFName, rgb, StandardFonts } from 'pdf-lib'
import { outlinePdfFactory } from '@lillallol/outline-pdf'
import { PNG } from 'pngjs'
import { afterAll, describe, expect, it } from 'vitest'
import { ExportCheckFailed, pdfProblems, verifyPdf } from '../../scripts/export/verify'

// The exports' own check, on PDFs made here: a wrong PDF is named wrong, for the reason that makes it wrong.

const dir = mkdtempSync(join(tmpdir(), 'omd-verify-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height })
  image.data.fill(180)
  return PNG.sync.write(image)
}

interface PageSpec { text?: string, image?: Buffer }

/** A PDF of `pages` (blank where a page has neither text nor image), with a bookmark per page unless `outline` is false. */
async function pdf(name: string, pages: PageSpec[], outline = true): Promise<string> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (const spec of pages) {
    const page = doc.addPage([735, 414])
    if (spec.text)
      page.drawText(spec.text, { x: 40, y: 360, size: 28, font, color: rgb(0.1, 0.2, 0.35) })
    if (spec.image) {
      const embedded = await doc.embedPng(spec.image)
      page.drawImage(embedded, { x: 40, y: 40, width: 300, height: 200 })
    }
  }
  const file = join(dir, `${name}.pdf`)
  const outlined = outline
    ? await outlinePdfFactory(pdfLib)({ outline: pages.map((_, i) => `${i + 1}||Slide ${i + 1}`).join('\n'), pdf: doc })
    : doc
  writeFileSync(file, await outlined.save())
  return file
}

const slide = (n: number): PageSpec => ({ text: `Slide ${n}: What is Oligo-metastatic disease ?` })

describe('an export checks the PDF it wrote', () => {
  it('a page per slide, every bookmark opening a page, nothing blank: no problem', async () => {
    const file = await pdf('good', [slide(1), slide(2), slide(3)])
    expect(await pdfProblems({ file, pages: 3, figures: [] })).toEqual([])
    await expect(verifyPdf({ file, pages: 3, figures: [] })).resolves.toBeUndefined()
  })

  it('names a page count that is not one per slide', async () => {
    const file = await pdf('short', [slide(1), slide(2)])
    expect(await pdfProblems({ file, pages: 56, figures: [] })).toEqual(['2 pages, expected 56 (one per slide)'])
  })

  it('names the blank pages', async () => {
    const file = await pdf('blank', [slide(1), {}, slide(3), {}])
    expect(await pdfProblems({ file, pages: 4, figures: [] })).toEqual(['blank pages 2, 4'])
  })

  it('names a missing outline and a bookmark that opens no page', async () => {
    expect(await pdfProblems({ file: await pdf('no-outline', [slide(1)], false), pages: 1, figures: [] })).toEqual(['no outline (bookmarks)'])
    // A bookmark whose destination is a page object that is not one of the document's pages.
    const doc = await PDFDocument.load(await (await import('node:fs/promises')).readFile(await pdf('dangling', [slide(1), slide(2)])))
    const first = doc.catalog.lookup(PDFName.of('Outlines'), pdfLib.PDFDict).lookup(PDFName.of('First'), pdfLib.PDFDict)
    const orphan = doc.context.register(doc.context.obj({ Type: 'Page' }))
    first.set(PDFName.of('Dest'), doc.context.obj([orphan, PDFName.of('Fit')]))
    first.delete(PDFName.of('A'))
    const file = join(dir, 'dangling-fixed.pdf')
    writeFileSync(file, await doc.save())
    expect(await pdfProblems({ file, pages: 2, figures: [] })).toEqual(['outline entry "Slide 1" opens no page'])
  })

  it('names an expected bookmark the outline lacks, as when a title lost a space at a line break', async () => {
    const file = await pdf('titles', [slide(1), slide(2)])
    expect(await pdfProblems({ file, pages: 2, figures: [], bookmarks: ['Slide 1', 'Slide 2'] })).toEqual([])
    expect(await pdfProblems({ file, pages: 2, figures: [], bookmarks: ['Slide 1', 'Slide  3', 'Slide 4'] }))
      .toEqual(['no bookmark titled "Slide  3", "Slide 4"'])
  })

  it('finds a supplied figure drawn on its slide\'s page, and names one that is missing or elsewhere', async () => {
    const figure = join(dir, 'adam2017-after-diagnosis.png')
    writeFileSync(figure, png(480, 320))
    const file = await pdf('figure', [slide(1), { text: 'Survival after Diagnosis', image: png(480, 320) }, slide(3)])
    const on = (page: number) => [{ id: 'adam2017-after-diagnosis', caption: 'survival curves', file: figure, page }]
    expect(await pdfProblems({ file, pages: 3, figures: on(2) })).toEqual([])
    expect(await pdfProblems({ file, pages: 3, figures: on(3) })).toEqual([`original figure adam2017-after-diagnosis (${figure}): no 480×320 image on page 3`])
  })

  it('names a page that prints a figure\'s placeholder although its image was supplied', async () => {
    const figure = join(dir, 'ruiz2018-matched.svg')
    writeFileSync(figure, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    const file = await pdf('placeholder', [{ text: 'Original figure: matched curves. Its values are not given in the lecture text.' }])
    expect(await pdfProblems({ file, pages: 1, figures: [{ id: 'ruiz2018-matched', caption: 'matched curves', file: figure, page: 1 }] }))
      .toEqual([`original figure ruiz2018-matched (${figure}): page 1 prints its placeholder instead`])
  })

  it('fails with every problem in its message', async () => {
    const file = await pdf('bad', [slide(1), {}], false)
    const failure = await verifyPdf({ file, pages: 3, figures: [] }).catch(error => error)
    expect(failure).toBeInstanceOf(ExportCheckFailed)
    expect(failure.message).toBe(`${file} is wrong:\n  - 2 pages, expected 3 (one per slide)\n  - no outline (bookmarks)\n  - blank page 2`)
  })
})
