// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { patchSlidesShow } from '../../scripts/steady-slide-transition'

// The build patches Slidev's slide list so that its TransitionGroup keeps the same props through a slide change
// (scripts/steady-slide-transition.ts). If a Slidev update changed the patched line, the patch would stop applying
// (the build only warns) and every slide change would again render the slide list three times: fail here instead.
const slidesShow = readFileSync(fileURLToPath(new URL('../../node_modules/@slidev/client/internals/SlidesShow.vue', import.meta.url)), 'utf8')

describe('the slide list patch (steady transition bindings)', () => {
  it('applies to the installed Slidev: the TransitionGroup bindings no longer depend on hmrSkipTransition', () => {
    const bindings = patchSlidesShow(slidesShow)?.match(/v-bind="[^"]*currentTransition"/g)
    expect(bindings).toEqual(['v-bind="(disableTransition || isPrintMode) ? {} : currentTransition"'])
  })

  it('leaves a changed file alone', () => {
    expect(patchSlidesShow('<template><TransitionGroup v-bind="somethingElse" /></template>')).toBeUndefined()
  })
})
