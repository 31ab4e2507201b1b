// `npm run --silent figures:slots`: every placeholder for an original figure of the lecture, as JSON
// [{ id, slide, caption, file }]: `slide` is the slide's route alias, `file` the image the deck will show
// (public/figures/<id>.png|jpg|webp|svg, supplied by the presenter) or null while the placeholder stays.
import { readdirSync } from 'node:fs'
import { load } from '@slidev/parser/fs'
import { FIGURE_DIR, figureFileFor, figureSlotsIn } from '../lib/figures/slots'

export async function figureSlots(root = process.cwd()) {
  const data = await load({ roots: [root], userRoot: root }, `${root}/slides.md`)
  let names: string[] = []
  try {
    names = readdirSync(`${root}/public/${FIGURE_DIR}`)
  }
  catch {}
  const slots = data.slides
    .filter(slide => !slide.frontmatter.disabled && !slide.frontmatter.hide)
    .flatMap(slide => figureSlotsIn(slide.content).map(({ id, caption }) => {
      const file = figureFileFor(id, names)
      return { id, slide: String(slide.frontmatter.routeAlias ?? slide.index + 1), caption, file: file ? `public/${FIGURE_DIR}/${file}` : null }
    }))
  const seen = new Set<string>()
  for (const slot of slots) {
    if (seen.has(slot.id)) throw new Error(`figure slot id "${slot.id}" is used twice (slide ${slot.slide})`)
    seen.add(slot.id)
  }
  return slots
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(JSON.stringify(await figureSlots(), null, 2))
