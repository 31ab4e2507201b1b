import type { Plugin, Rollup } from 'vite'

type OutputBundle = Rollup.OutputBundle
type OutputChunk = Rollup.OutputChunk

/**
 * A single-page app's first page, fetched with the app rather than after it: the learner app's pages are lazy
 * chunks chosen by the address's hash (`#/learn/case/<id>`), which the browser only learns once the app's own
 * chunk has arrived and run. This plugin writes into index.html a small script that reads the hash and preloads
 * that page's chunks, its imports and its CSS at once: one round trip fewer on a phone's network.
 *
 * By hand: Vite preloads what the entry imports, not what a hash route will import, and the routing plugins
 * that do (Nuxt, vite-ssg) render on a server or at build time, which this app (hash routes, an LMS package, a
 * sub-path) does not.
 */

/** `pages`: a hash prefix (longest first wins) → the page component's path, as the router imports it. */
export function routePreload(pages: Record<string, string>): Plugin {
  return {
    name: 'omd:route-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle
        if (!bundle)
          return html
        const files: Record<string, string[]> = {}
        for (const [prefix, component] of Object.entries(pages)) {
          const chunk = Object.values(bundle).find((item): item is OutputChunk => item.type === 'chunk' && (item.facadeModuleId ?? '').endsWith(component))
          if (!chunk)
            throw new Error(`route-preload: no chunk for ${component} (route ${prefix}); is it imported with import()?`)
          files[prefix] = closure(bundle, chunk, context.chunk?.fileName)
        }
        const prefixes = Object.keys(files).sort((a, b) => b.length - a.length)
        const script = `(function(){var f=${JSON.stringify(files)},p=${JSON.stringify(prefixes)},h=location.hash.slice(1)||${JSON.stringify(prefixes.at(-1))};`
          + `for(var i=0;i<p.length;i++)if(h.indexOf(p[i])===0){f[p[i]].forEach(function(u){var l=document.createElement('link');`
          + `l.rel=/\\.css$/.test(u)?'preload':'modulepreload';if(l.rel==='preload')l.as='style';l.crossOrigin='';l.href=u;document.head.appendChild(l)});break}})()`
        // Before the app's own tags: a classic script after a stylesheet waits for it to load, and so would the preloads.
        const tag = `<script>${script}</script>\n    `
        const first = html.search(/<script type="module"|<link rel="stylesheet"/)
        return first >= 0 ? html.slice(0, first) + tag + html.slice(first) : html.replace('</head>', `${tag}</head>`)
      },
    },
  }
}

/** The chunk's file, every chunk it imports statically (but the entry, already loaded), and their CSS. */
function closure(bundle: OutputBundle, chunk: OutputChunk, entry: string | undefined): string[] {
  const seen = new Set<string>()
  const css = new Set<string>()
  const visit = (item: OutputChunk) => {
    if (seen.has(item.fileName) || item.fileName === entry)
      return
    seen.add(item.fileName)
    const meta = (item as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata
    for (const file of meta?.importedCss ?? [])
      css.add(file)
    for (const file of item.imports) {
      const next = bundle[file]
      if (next?.type === 'chunk')
        visit(next)
    }
  }
  visit(chunk)
  return [...seen, ...css]
}
