import type { AudienceServer } from '../../scripts/audience-server/server'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildPhonePage, PHONE_DIR } from '../../scripts/audience-server/build-phone'
import { startAudienceServer } from '../../scripts/audience-server/server'
import { loadDeck } from './deck-info'

// The room votes on a case decision: the presenter's deck (with the token) and its audience window (without),
// five phones on the audience server's own page. On loopback; the server is the real one, started here.

const TOKEN = 'e2e-presenter-token'
let server: AudienceServer

test.beforeAll(async () => {
  // Built afresh: the page under test is the one in this tree.
  await buildPhonePage()
  server = await startAudienceServer({ host: '127.0.0.1', port: 0, token: TOKEN, phoneDir: PHONE_DIR })
})
test.afterAll(async () => {
  await server.close()
})

async function phone(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`http://127.0.0.1:${server.port}/`)
  return page
}

test('five phones vote on a case decision; the presenter closes, reveals and continues with the room\'s choice, the audience window mirroring', async ({ browser }) => {
  const { no } = (await loadDeck()).find(s => s.alias === 'case-part1')!
  const deck = await browser.newContext()
  const presenter = await deck.newPage()
  await presenter.goto(`/?audience=${TOKEN}&audienceServer=127.0.0.1:${server.port}#/presenter/${no}`)
  const audience = await deck.newPage()
  await audience.goto(`/#/${no}`)
  await presenter.evaluate(() => localStorage.clear())
  const slide = presenter.locator(`#slideshow .slidev-page-${no}`)
  const mirror = audience.locator(`.slidev-page-${no}`)
  const restart = slide.getByRole('button', { name: 'Restart', exact: true })
  if (await restart.isVisible())
    await restart.click()
  await slide.getByRole('button', { name: 'Start the case', exact: true }).click()
  // Without the token, the audience window offers no vote of its own.
  await expect(mirror.getByRole('button', { name: 'Open room vote' })).toHaveCount(0)
  await slide.getByRole('button', { name: 'Open room vote' }).click()
  await expect(slide.getByTestId('room-count')).toHaveText('0 phones joined · 0 voted')
  await expect(slide.getByRole('img', { name: /QR code of http:\/\/127\.0\.0\.1:\d+\// })).toBeVisible()

  // Four phones at 390 px, one at 320 px.
  const phoneContexts = await Promise.all(Array.from({ length: 5 }, (_, i) => browser.newContext({ viewport: { width: i === 0 ? 320 : 390, height: 844 }, isMobile: true, hasTouch: true })))
  const phones = await Promise.all(phoneContexts.map(phone))
  for (const p of phones)
    await expect(p.getByRole('heading', { name: 'What is your initial strategy?' })).toBeVisible()
  // One-handed at 320 px: no sideways scrolling, every option at least 44 px high and as wide as the screen allows.
  expect(await phones[0].evaluate(() => ({
    sideways: document.documentElement.scrollWidth > window.innerWidth,
    small: [...document.querySelectorAll('button')].map(b => b.getBoundingClientRect()).filter(r => r.height < 44 || r.width < 280).length,
  }))).toEqual({ sideways: false, small: 0 })
  const votes = ['Surgery first', 'Surgery first', 'Chemotherapy first', 'Chemotherapy first', 'Chemotherapy first']
  for (const [i, p] of phones.entries()) {
    await p.getByRole('button', { name: votes[i] }).tap()
    await expect(p.getByTestId('phone-confirm')).toHaveText(`Your vote: ${votes[i]}. You can change it until the vote closes.`)
  }
  // One phone changes its mind: Surgery first now leads 3 to 2.
  await phones[4].getByRole('button', { name: 'Surgery first' }).tap()
  await expect(phones[4].getByTestId('phone-confirm')).toContainText('Your vote: Surgery first')
  await expect(slide.getByTestId('room-count')).toHaveText('5 phones joined · 5 voted')
  await expect(mirror.getByTestId('room-count')).toHaveText('5 phones joined · 5 voted')

  // A phone off the network and back keeps its vote.
  await phoneContexts[2].setOffline(true)
  await expect(phones[2].getByRole('status')).toHaveText('Reconnecting…', { timeout: 15_000 })
  await phoneContexts[2].setOffline(false)
  await expect(phones[2].getByRole('status')).toHaveText('Connected', { timeout: 15_000 })
  await expect(phones[2].getByTestId('phone-confirm')).toHaveText('Your vote: Chemotherapy first. You can change it until the vote closes.')
  await expect(phones[2].getByRole('button', { name: 'Chemotherapy first' })).toHaveAttribute('aria-pressed', 'true')

  // A phone's forged presenter commands change nothing.
  await phones[0].evaluate(() => new Promise<void>((resolve) => {
    const forged = new WebSocket(`ws://${location.host}/ws`)
    forged.onopen = () => {
      forged.send(JSON.stringify({ type: 'hello', role: 'voter', voter: 'forger-0000000001' }))
      forged.send(JSON.stringify({ type: 'close' }))
      forged.send(JSON.stringify({ type: 'reveal', correct: ['chemo-first'] }))
      forged.send(JSON.stringify({ type: 'open', question: { id: 'forged', prompt: 'Forged?', options: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }] } }))
      setTimeout(resolve, 300)
    }
  }))
  await expect(slide.getByTestId('room-count')).toHaveText(/phones joined · 5 voted/)
  await expect(phones[1].getByRole('button', { name: 'Surgery first' })).toBeEnabled()

  // Close: the distribution on the screen, not yet on the phones.
  await slide.getByRole('button', { name: 'Close the vote' }).click()
  await expect(slide.getByTestId('room-tally')).toContainText('Surgery first: 3 of 5; Chemotherapy first: 2 of 5')
  await expect(mirror.getByTestId('room-tally')).toContainText('Surgery first: 3 of 5')
  for (const p of phones) {
    await expect(p.getByTestId('phone-confirm')).toContainText('Voting is closed')
    await expect(p.getByText('the lecture\'s answer')).toHaveCount(0)
  }
  await slide.getByRole('button', { name: 'Show results on phones' }).click()
  await expect(phones[3].locator('.phone__results li.is-correct')).toContainText('Surgery first')
  await expect(phones[3].locator('.phone__results li.is-correct')).toContainText('the lecture\'s answer')

  // Continue with the room's choice: graded as usual, in both windows.
  await slide.getByRole('button', { name: 'Continue with the room\'s choice: Surgery first' }).click()
  await expect(slide.getByTestId('case-feedback')).toContainText('Best')
  await expect(mirror.getByTestId('case-feedback')).toContainText('Best')
  await expect(phones[0].getByText('Waiting for the next question.')).toBeVisible()
  for (const context of [deck, ...phoneContexts])
    await context.close()
})

test('the printed case slide shows no room vote', async ({ page }) => {
  const { no } = (await loadDeck()).find(s => s.alias === 'case-part1')!
  await page.goto(`/?print=true&audience=${TOKEN}&audienceServer=127.0.0.1:${server.port}#/${no}`)
  await expect(page.locator(`.slidev-page-${no} .case-sim`)).toBeVisible()
  await expect(page.getByTestId('room-vote')).toHaveCount(0)
})

/** Listening addresses of `port` from /proc/net/tcp and tcp6 (hex address:port, state 0A = LISTEN). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap(file => readFileSync(file, 'utf8').split('\n').slice(1)
    .map(line => line.trim().split(/\s+/))
    .filter(cols => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A')
    .map(cols => cols[1].split(':')[0]))
}

test('npm run present keeps Slidev\'s dev server on localhost while the audience server listens for the room', async () => {
  test.setTimeout(120_000)
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const deckPort = 3399
  const present = spawn('npx', ['tsx', 'scripts/present.ts', '--port', '0', '--', '--port', String(deckPort)], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  present.stdout!.on('data', (chunk) => { output += chunk })
  present.stderr!.on('data', (chunk) => { output += chunk })
  try {
    await expect.poll(() => /phones join at http:\/\/[^:]+:(\d+)\//.test(output) && listeningAddresses(deckPort).length > 0, { timeout: 90_000 }).toBe(true)
    const audiencePort = Number(output.match(/phones join at http:\/\/[^:]+:(\d+)\//)![1])
    // 0100007F = 127.0.0.1; the IPv6 loopback is 31 zeros and a 1 (in /proc's byte order, …01000000).
    const loopback = /^(0100007F|0{24}01000000)$/
    expect(listeningAddresses(deckPort).every(address => loopback.test(address))).toBe(true)
    expect(listeningAddresses(audiencePort)).toContain('00000000')
    expect((await fetch(`http://127.0.0.1:${deckPort}/`)).ok).toBe(true)
  }
  finally {
    process.kill(-present.pid!, 'SIGTERM')
  }
})
