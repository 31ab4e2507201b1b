import type { Page } from '@playwright/test'

/** Resolves once a service worker controls the page: its offline copy is then complete (it precaches on install). */
export async function offlineCopyInCharge(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
  })
}
