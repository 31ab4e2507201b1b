import { describe, expect, it } from 'vitest'
import { documentAddress } from './offline-addresses'

describe('documentAddress', () => {
  const deck = documentAddress('/omd/')
  const app = documentAddress('/omd/learn/')

  it('takes the folder and its index.html, with or without a query', () => {
    for (const address of ['/omd/', '/omd/index.html', '/omd/?endpoint=x', '/omd/index.html?lms=1'])
      expect(deck.test(address), address).toBe(true)
    for (const address of ['/omd/learn/', '/omd/learn/index.html', '/omd/learn/index.html?fetch=y'])
      expect(app.test(address), address).toBe(true)
  })

  it('takes no address below the folder: the app is not the deck, nor an app nested in the app', () => {
    for (const address of ['/omd/learn/', '/omd/learn/index.html', '/omd/exports/handout.pdf', '/omd/404.html', '/'])
      expect(deck.test(address), address).toBe(false)
    for (const address of ['/omd/learn/learn/', '/omd/learn/assets/a.js', '/omd/', '/omd/learnx/'])
      expect(app.test(address), address).toBe(false)
  })

  it('reads the folder literally', () => {
    expect(documentAddress('/a.b/').test('/axb/')).toBe(false)
    expect(documentAddress('/a+b/').test('/a+b/index.html')).toBe(true)
  })
})
