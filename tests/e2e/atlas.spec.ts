import { expect, test } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gradedOption, nodeTitle } from '../../scripts/atlas-html'
import { ATLAS_PDF, exportAtlas, shippedAtlas } from '../../scripts/export-atlas'
import { pdfHasOutline, pdfPageCount, pdfPagesText } from './pdf'

// The case atlas PDF as a course's faculty receive it (npm run export:atlas), read from the exported file's text
// layer (pdftotext): every shipped case, every decision a learner can reach, and every option with its grade.

test('the case atlas PDF holds every shipped case, each reachable decision and every option with its grade, with bookmarks', async () => {
  test.setTimeout(180_000)
  const dir = mkdtempSync(join(tmpdir(), 'case-atlas-'))
  try {
    const file = await exportAtlas(join(dir, ATLAS_PDF))
    expect(await pdfHasOutline(file)).toBe(true)
    expect(pdfPageCount(file)).toBeGreaterThan(20)
    // The text in reading order, the page footers left out, a word broken at its hyphen at a line's end joined again.
    const text = pdfPagesText(file).join('\n')
      .replace(/^Case atlas for clinical sign-off · not medical advice · page \d+ of \d+$/gm, '')
      .replace(/(\w)-\n(\w)/g, '$1-$2')
      .replace(/\s+/g, ' ')
    const entries = shippedAtlas()
    expect(entries.length).toBeGreaterThanOrEqual(29)

    const missing: string[] = []
    let at = 0
    entries.forEach(({ caseFile, atlas }, caseIndex) => {
      const heading = `${caseIndex + 1}. ${caseFile.title}`
      at = text.indexOf(heading, at)
      if (at < 0) {
        missing.push(`case ${heading}`)
        at = 0
        return
      }
      atlas.nodes.forEach((node, nodeIndex) => {
        const title = nodeTitle(caseIndex + 1, nodeIndex, node)
        const start = text.indexOf(title, at)
        if (start < 0) {
          missing.push(`decision ${title}`)
          return
        }
        const next = nodeIndex + 1 < atlas.nodes.length ? nodeTitle(caseIndex + 1, nodeIndex + 1, atlas.nodes[nodeIndex + 1]) : `${caseIndex + 2}. `
        const end = text.indexOf(next, start + title.length)
        const section = text.slice(start, end < 0 ? undefined : end)
        for (const option of node.options) {
          if (!section.includes(gradedOption(option.grade, option.label)))
            missing.push(`${title}: ${gradedOption(option.grade, option.label)}`)
          if (!section.includes(option.citation))
            missing.push(`${title}: ${option.label}: citation ${option.citation}`)
        }
        // No option without a grade: as many grades as options in the decision's table.
        const grades = section.match(/\b(?:Best|Acceptable|Incorrect) · /g) ?? []
        if (grades.length !== node.options.length)
          missing.push(`${title}: ${grades.length} grades for ${node.options.length} options`)
        at = start
      })
    })
    expect(missing).toEqual([])
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
