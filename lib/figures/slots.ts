/**
 * Original figures of the lecture, supplied by the presenter: each placeholder on a slide
 * (<FigureSlot id="..." caption="..." />) has a stable id, and an image at public/figures/<id>.<ext> replaces it.
 * Pure: the list of files in public/figures comes from the caller (the Vite virtual module
 * `virtual:omd-figure-files` in the deck, the file system in scripts/figure-slots.ts).
 */

/** Extensions looked for, in this order when several files share an id. */
const FIGURE_EXTENSIONS = ['png', 'jpg', 'webp', 'svg'] as const

/** Folder (under public/) the images live in, and the URL path they are served at under the deck's base. */
export const FIGURE_DIR = 'figures'

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function isFigureId(id: string): boolean {
  return ID.test(id)
}

/** The file name for `id` among the names in public/figures (e.g. "adam2017-after-diagnosis.png"), or null. */
export function figureFileFor(id: string, names: readonly string[]): string | null {
  for (const ext of FIGURE_EXTENSIONS) {
    const name = `${id}.${ext}`
    if (names.includes(name)) return name
  }
  return null
}

export interface FigureSlotRef {
  id: string
  caption: string
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)
  return match?.[1]
}

/** Every <FigureSlot> of a slide's markdown, with its id and caption (attribute values, as written). */
export function figureSlotsIn(markdown: string): FigureSlotRef[] {
  return [...markdown.matchAll(/<FigureSlot\b([^>]*?)\/?>/g)].map((match) => {
    const id = attribute(match[1], 'id')
    const caption = attribute(match[1], 'caption')
    if (!id || !isFigureId(id))
      throw new Error(`<FigureSlot>: id must be kebab-case (got ${JSON.stringify(id)}) in ${match[0]}`)
    if (!caption)
      throw new Error(`<FigureSlot id="${id}">: caption is required`)
    return { id, caption }
  })
}
