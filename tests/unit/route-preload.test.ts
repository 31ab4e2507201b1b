import { describe, expect, it } from 'vitest'
import type { IndexHtmlTransformContext, Rollup } from 'vite'
import { routePreload } from '../../scripts/route-preload'

// The learner app's index.html preloads the page its address opens (scripts/route-preload.ts), from a script that
// must run as the page is parsed: not behind the app's stylesheet, which a classic script waits for.

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], css: string[] = []) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports, viteMetadata: { importedCss: new Set(css) } }) as unknown as Rollup.OutputChunk

const bundle = {
  'assets/index.js': chunk('assets/index.js', '/app/setup/learner-app/index.html'),
  'assets/Case.js': chunk('assets/Case.js', '/app/components/learner/LearnerCase.vue', ['assets/index.js', 'assets/machine.js'], ['assets/Case.css']),
  'assets/machine.js': chunk('assets/machine.js', null),
  'assets/Home.js': chunk('assets/Home.js', '/app/components/learner/LearnerHome.vue', ['assets/index.js']),
} as Rollup.OutputBundle

const built = `<!doctype html><html><head><meta charset="utf-8"><title>App</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index.css">
  </head><body><div id="app"></div></body></html>`

function transform(html = built) {
  const plugin = routePreload({ '/learn/case/': 'components/learner/LearnerCase.vue', '/learn': 'components/learner/LearnerHome.vue' })
  const hook = plugin.transformIndexHtml as { handler: (html: string, context: IndexHtmlTransformContext) => string }
  return hook.handler(html, { bundle, chunk: bundle['assets/index.js'] as Rollup.OutputChunk, path: '/index.html', filename: 'index.html' })
}

/** Runs the written script in a page at `hash`; returns the links it added. */
function preloadsAt(html: string, hash: string) {
  const script = html.match(/<script>(.*?)<\/script>/s)![1]
  const links: { rel: string, href: string, as?: string }[] = []
  const document = { createElement: () => ({}) as Record<string, string>, head: { appendChild: (link: { rel: string, href: string, as?: string }) => links.push(link) } }
  new Function('location', 'document', script)({ hash }, document)
  return links.map(link => `${link.rel} ${link.href}`)
}

describe('routePreload', () => {
  it('writes its script before the app\'s module script and stylesheet', () => {
    const html = transform()
    const at = (needle: string) => html.indexOf(needle)
    expect(at('<script>(function')).toBeGreaterThan(at('<title>'))
    expect(at('<script>(function')).toBeLessThan(at('<script type="module"'))
    expect(at('<script>(function')).toBeLessThan(at('<link rel="stylesheet"'))
  })

  it('preloads the page the address opens, its imports but the entry, and its CSS; the home page with no hash', () => {
    const html = transform()
    expect(preloadsAt(html, '#/learn/case/six-lesions')).toEqual(['modulepreload assets/Case.js', 'modulepreload assets/machine.js', 'preload assets/Case.css'])
    expect(preloadsAt(html, '')).toEqual(['modulepreload assets/Home.js'])
  })

  it('says which page it cannot find a chunk for', () => {
    const plugin = routePreload({ '/learn/review': 'components/learner/LearnerReview.vue' })
    const hook = plugin.transformIndexHtml as { handler: (html: string, context: IndexHtmlTransformContext) => string }
    expect(() => hook.handler(built, { bundle, path: '/index.html', filename: 'index.html' })).toThrow(/LearnerReview\.vue/)
  })
})
