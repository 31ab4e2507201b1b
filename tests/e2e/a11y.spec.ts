import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { loadDeck } from './deck-info'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

// Known issues of Slidev itself, by fingerprint (never the whole list): the presenter's notes pane
// scrolls but is not focusable (Slidev 52.20 NoteDisplay). Anything else fails the test.
const KNOWN_UPSTREAM = new Set(['scrollable-region-focusable @ .prose'])

/** Serious and critical violations, as "rule @ selector" fingerprints. */
async function seriousViolations(builder: AxeBuilder) {
  const { violations } = await builder.withTags(WCAG_21_AA).analyze()
  return violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(node => `${v.id} @ ${node.target.join(' ')}`))
    .filter(fingerprint => !KNOWN_UPSTREAM.has(fingerprint))
}

test('every slide has no serious or critical WCAG 2.1 A/AA violation', async ({ page }) => {
  test.setTimeout(300_000)
  const deck = await loadDeck()
  const found: string[] = []
  for (const { no } of deck) {
    await page.goto(`/#/${no}`)
    await expect(page.locator(`.slidev-page-${no}`)).toBeVisible()
    await page.waitForLoadState('networkidle')
    const violations = await seriousViolations(new AxeBuilder({ page }).include(`.slidev-page-${no}`))
    found.push(...violations.map(v => `slide ${no}: ${v}`))
  }
  expect(found).toEqual([])
})

test('the presenter view has no serious or critical WCAG 2.1 A/AA violation in its notes and slide panes', async ({ page }) => {
  await page.goto('/#/presenter/3')
  await expect(page.locator('.slidev-note').first()).toBeVisible()
  const violations = await seriousViolations(new AxeBuilder({ page }).include('.slidev-note').include('.slidev-page'))
  expect(violations).toEqual([])
})
