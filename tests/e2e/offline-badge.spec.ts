import { expect, test } from '@playwright/test'

// The offline badge (bottom right, over the end of a slide's source line): "Caching for offline…" while the service
// worker caches the deck on a first visit, then "Ready offline" for a few seconds. On a later visit the deck is
// cached already, and the badge must not claim caching (setup/offline.ts).

test('the offline badge reports caching on a first visit, then nothing on a later visit', async ({ page }) => {
  // The deck says "caching" once it has registered the worker: record when registering is done.
  await page.addInitScript(() => {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker)
    navigator.serviceWorker.register = async (...args) => {
      const registration = await register(...args);
      (window as unknown as { swRegistered: boolean }).swRegistered = true
      return registration
    }
  })
  const badge = page.locator('.offline-badge')
  await page.goto('/#/4')
  await expect(badge).toHaveText('Caching for offline…')
  await expect(badge).toHaveText('Ready offline', { timeout: 30_000 })

  await page.reload()
  await expect(page.locator('.slidev-page-4')).toBeVisible()
  await page.waitForFunction(() => (window as unknown as { swRegistered?: boolean }).swRegistered === true)
  await expect(badge).toHaveCount(0)
  await expect(page.locator('.slidev-page-4 .source-line')).toBeVisible()
})
