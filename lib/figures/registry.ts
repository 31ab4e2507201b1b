/**
 * The deck's Chart.js figures by id: one line a figure, each built by its module in lib/figures/.
 * Usage on a slide: <Figure id="jcog0603" /> (components/figures/Figure.vue).
 */
import { AT_RISK_FIGURE_IDS, atRiskDefinition } from './at-risk'
import { blmDefinition } from './breast-series'
import { collisionSafetyDefinition } from './collision-safety'
import { collisionSurvivalDefinition } from './collision-survival'
import { epocLongTermDefinition } from './epoc-long-term'
import type { FigureDefinition } from './figure'
import { jcogDefinition } from './jcog0603'
import { sbrtDefinition } from './sbrt'

export const figures = {
  ...Object.fromEntries(AT_RISK_FIGURE_IDS.map(id => [id, () => atRiskDefinition(id)])) as Record<(typeof AT_RISK_FIGURE_IDS)[number], () => FigureDefinition>,
  'epoc-long-term': epocLongTermDefinition,
  'jcog0603': jcogDefinition,
  'blm-series': blmDefinition,
  'collision-os': collisionSurvivalDefinition,
  'collision-safety': collisionSafetyDefinition,
  'sbrt': sbrtDefinition,
} satisfies Record<string, () => FigureDefinition>

export type FigureId = keyof typeof figures
export const figureIds = Object.keys(figures) as FigureId[]

export function figureDefinition(id: string): FigureDefinition {
  const build = (figures as Record<string, () => FigureDefinition>)[id]
  if (!build) throw new Error(`<Figure>: unknown id "${id}" (lib/figures/registry.ts). Known: ${figureIds.join(', ')}`)
  return build()
}
