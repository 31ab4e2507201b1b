import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

// What a learner on a phone notices, measured on a learner page: sideways scrolling, text under 16 px, controls
// under 44×44 CSS px (the pathway diagram, a picture, excepted), and axe's serious or critical violations.

export async function phoneRules(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('.learner-page')!
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed'
    const ownText = (el: Element) => [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')
    return {
      sideways: root.scrollWidth > root.clientWidth || document.documentElement.scrollWidth > window.innerWidth,
      smallText: [...root.querySelectorAll('*')].filter(el => !el.closest('svg, .sr-only') && visible(el) && ownText(el))
        .filter(el => Number.parseFloat(getComputedStyle(el).fontSize) < 16).map(el => `${el.tagName}: ${el.textContent!.trim().slice(0, 40)}`),
      smallTargets: [...root.querySelectorAll('a, button, summary, input, select')].filter(visible)
        // A radio or checkbox is tapped through its label: the label is the target.
        .map(el => ({ el, box: (el.tagName === 'INPUT' && el.closest('label') ? el.closest('label')! : el).getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ el, box }) => `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
    }
  })
}

export async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('.learner-page').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations.filter(v => v.impact === 'serious' || v.impact === 'critical').flatMap(v => v.nodes.map(n => `${v.id} @ ${n.target.join(' ')}`))
}

