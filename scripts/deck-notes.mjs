// Speaker notes of every slide, as HTML, read from the deck's markdown by Slidev's own parser.
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
      frontmatter: slide.frontmatter,
      noteHtml: markdown.render(slide.note ?? ''),
    }))
}
