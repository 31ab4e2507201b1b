import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { loadDeck } from './deck-info'
import { inkPerPage, pdfHasOutline, pdfPageCount, pdfText } from './pdf'

const SLIDES_PDF = 'exports/oligoprogressive-liver-metastases.pdf'
const root = new URL('../../', import.meta.url).pathname

test.describe.configure({ timeout: 600_000 })

test('npm run export writes one PDF page per slide, none blank, with an outline and selectable text', async () => {
  const total = (await loadDeck()).length

  execFileSync('npm', ['run', '--silent', 'export'], { cwd: root, stdio: 'inherit' })
  const file = `${root}${SLIDES_PDF}`

  expect(pdfPageCount(file)).toBe(total)
  const ink = inkPerPage(file)
  const blank = ink.map((share, index) => ({ page: index + 1, share })).filter(p => p.share < 0.0005)
  expect(blank, 'pages with (almost) nothing printed').toEqual([])
  expect(await pdfHasOutline(file)).toBe(true)
  const text = pdfText(file).replace(/\s+/g, ' ')
  expect(text).toContain('Oligoprogressive Liver Metastases')
  expect(text).toContain('Take Home messages')
})
