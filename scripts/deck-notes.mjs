// The deck's slides (hidden ones left out) with their speaker notes, as markdown and as HTML, read from
// slides.md and its `src:` imports by Slidev's own parser. Used by the exports, the benchmark and the e2e tests.
import { load } from '@slidev/parser/fs'
import MarkdownIt from 'markdown-it'

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false })

export async function loadSlides(root = process.cwd()) {
  const data = await load(root, `${root}/slides.md`)
  return data.slides
    .filter(slide => !slide.frontmatter.disabled && !slide.frontmatter.hide)
    .map((slide, index) => ({
      no: index + 1,
      title: slide.title ?? '',
      alias: slide.frontmatter.routeAlias,
      frontmatter: slide.frontmatter,
      note: slide.note ?? '',
      noteHtml: markdown.render(slide.note ?? ''),
    }))
}
