import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { inkPerPage, pdfHasOutline, pdfPageCount, pdfText } from './pdf'

const SLIDES_PDF = 'exports/oligoprogressive-liver-metastases.pdf'
const root = new URL('../../', import.meta.url).pathname

test.describe.configure({ timeout: 600_000 })

test('npm run export writes one PDF page per slide, none blank, with an outline and selectable text', async ({ page }) => {
  await page.goto('/#/1')
  await page.locator('.slidev-page').first().waitFor()
  const total = await page.evaluate(() => (window as any).__slidev__.nav.total as number)

  execFileSync('npm', ['run', '--silent', 'export'], { cwd: root, stdio: 'inherit' })
  const file = `${root}${SLIDES_PDF}`

  expect(pdfPageCount(file)).toBe(total)
  const ink = inkPerPage(file)
  const blank = ink.map((share, index) => ({ page: index + 1, share })).filter(p => p.share < 0.003)
  expect(blank, 'pages with (almost) nothing printed').toEqual([])
  expect(await pdfHasOutline(file)).toBe(true)
  const text = pdfText(file)
  expect(text).toContain('Oligoprogressive Liver Metastases')
  expect(text).toContain('Take Home messages')
})
