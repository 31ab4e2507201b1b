import { expect, test } from '@playwright/test'
import { loadDeck } from './deck-info'
import { offlineCopyInCharge } from './offline-copy'

// A case slide links to its learner page ("On your phone"); its QR code appears only where the deck is hosted
// (lib/learner/learner-link.ts decides, unit-tested): on this computer's loopback, the link alone. Never in print.

test('the case slide links to its page in the learner app; on this computer\'s loopback there is no QR code a phone could not follow', async ({ page }) => {
  await page.goto('/#/case-part1')
  const link = page.getByTestId('learner-link')
  await expect(link.getByRole('link')).toHaveAttribute('href', /\/learn\/#\/learn\/case\/late-single-metachronous$/)
  await expect(link.getByRole('img')).toHaveCount(0)
  await link.getByRole('link').click()
  await expect(page.getByRole('heading', { name: 'Late single metachronous metastasis' }).first()).toBeVisible()
})

test('with the deck\'s offline copy in charge, its link opens the learner app, and opens it again with no network', async ({ page, context }) => {
  await page.goto('/#/case-part1')
  await offlineCopyInCharge(page)
  const link = page.getByTestId('learner-link').getByRole('link')
  await link.click()
  await expect(page.getByRole('heading', { name: 'Late single metachronous metastasis' }).first()).toBeVisible()
  await expect(page).toHaveURL(/\/learn\/#\/learn\/case\/late-single-metachronous$/)
  // Offline, in a new tab: the app's page from the deck's copy, and an address printed before the app forwarded to it.
  await context.setOffline(true)
  const offline = await context.newPage()
  await offline.goto('/#/case-part1')
  await offline.getByTestId('learner-link').getByRole('link').click()
  await expect(offline.getByRole('heading', { name: 'Late single metachronous metastasis' }).first()).toBeVisible()
  await offline.goto('/#/learn/self-test')
  await expect(offline.getByRole('button', { name: 'Start the self-test' })).toBeVisible()
  await context.setOffline(false)
})

test('the printed case slide has no learner link', async ({ page }) => {
  const slide = (await loadDeck()).find(s => s.alias === 'case-part1')!
  await page.goto(`/?print=true#/${slide.no}`)
  await expect(page.locator(`.slidev-page-${slide.no} .case-sim`)).toBeVisible()
  await expect(page.locator(`.slidev-page-${slide.no}`)).toContainText('What is your initial strategy?')
  await expect(page.locator(`.slidev-page-${slide.no}`).getByRole('button')).toHaveCount(0)
  await expect(page.getByTestId('learner-link')).toHaveCount(0)
})
