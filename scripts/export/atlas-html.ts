// The case atlas as one HTML document for print (A4), from the atlas data of every case: a heading per case and per
// decision (the PDF's bookmarks), every option's grade, rationale and citation, the facts each screen shows, and a
// sign-off line per case for a course's faculty. Pure: no file system, no browser (./atlas.ts prints it).
import type { AtlasNode, CaseAtlas } from '../../machines/case/atlas'
import type { CaseFile } from '../../machines/case/schema'
import type { Grade } from '../../machines/case/ids'
import type { Remark } from '../../machines/case/rules'
import { addedEvidence } from '../../data/addedEvidence'
import { agenda } from '../../data/agenda'
import { READINGS } from '../../lib/clinical/facts'
import { parseSimpleMarkdown } from '../../lib/deck/simple-markdown'
import { atlasHeading } from '../../machines/case/atlas'
import { GRADE_LABELS } from '../../machines/case/ids'
import { RULE_GROUP_TITLES, rulesOf } from '../../machines/case/rules'
import { caseFacts } from '../../machines/case/facts'

export interface AtlasEntry {
  caseFile: CaseFile
  atlas: CaseAtlas
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, char => ESCAPES[char])

const GRADE_SYMBOLS: Record<Grade, string> = { best: '✓', acceptable: '≈', incorrect: '✗' }

/** A decision's number and heading as the PDF prints it, e.g. "3.2 Restaging after first line, after: …". */
/** A case's heading, which is its bookmark's title too. */
export function caseTitle(caseNumber: number, title: string): string {
  return `${caseNumber}. ${title}`
}

/** The bookmarks the atlas of `entries` has: a case's heading, then its decisions'. */
export function atlasBookmarks(entries: AtlasEntry[]): string[] {
  return entries.flatMap(({ caseFile, atlas }, index) =>
    [caseTitle(index + 1, caseFile.title), ...atlas.nodes.map((node, nodeIndex) => nodeTitle(index + 1, nodeIndex, node))])
}

export function nodeTitle(caseNumber: number, index: number, node: AtlasNode): string {
  return `${caseNumber}.${index + 1} ${atlasHeading(node)}`
}

/** "Best · Surgery first": an option's grade and label, as the PDF prints it. */
export function gradedOption(grade: Grade, label: string): string {
  return `${GRADE_LABELS[grade]} · ${label}`
}

function stemHtml(stem: string): string {
  return parseSimpleMarkdown(stem).map((block) => {
    const inline = (spans: { text: string, strong?: boolean, em?: boolean }[]) => spans
      .map(span => span.strong ? `<strong>${escapeHtml(span.text)}</strong>` : span.em ? `<em>${escapeHtml(span.text)}</em>` : escapeHtml(span.text)).join('')
    return block.kind === 'paragraph' ? `<p>${inline(block.spans)}</p>` : `<ul>${block.items.map(item => `<li>${inline(item)}</li>`).join('')}</ul>`
  }).join('')
}

const remarkHtml = (remark: Remark) => `<p class="remark">${escapeHtml(remark.text)} <span class="cite">(${escapeHtml(remark.citation)}; slide #/${escapeHtml(remark.slide)})</span></p>`

function nodeHtml(caseNumber: number, index: number, node: AtlasNode, patientFacts: number): string {
  const shown = node.facts.slice(patientFacts)
  const rows = node.options.map(option => `
        <tr class="is-${option.grade}">
          <th scope="row"><span class="grade">${GRADE_SYMBOLS[option.grade]} ${escapeHtml(gradedOption(option.grade, option.label))}</span></th>
          <td>
            <p>${escapeHtml(option.rationale)}</p>
            <p class="cite">${escapeHtml(option.citation)}; slide #/${escapeHtml(option.slide)}</p>
            ${option.remarks.map(remarkHtml).join('')}
          </td>
        </tr>`).join('')
  return `
    <section class="node">
      <h2>${escapeHtml(nodeTitle(caseNumber, index, node))}</h2>
      <p class="rule">Rule ${escapeHtml(node.ref)} (${escapeHtml(node.rule)})${node.open ? ' · open question' : ''}</p>
      ${shown.length ? `<ul class="shown">${shown.map(line => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : ''}
      <table class="options">
        <thead><tr><th scope="col">Grade · option</th><th scope="col">Rationale and source</th></tr></thead>
        <tbody>${rows}
        </tbody>
      </table>
      ${node.open ? `<p class="open"><strong>Open question:</strong> ${escapeHtml(node.open)}</p>` : ''}
      ${node.rightCourse ? `<p class="open"><strong>No option here is right:</strong> ${escapeHtml(node.rightCourse.text)} <span class="cite">(${escapeHtml(node.rightCourse.citation)})</span></p>` : ''}
      ${node.notes.map(remarkHtml).join('')}
      ${node.readings.map(reading => `<p class="reading">${escapeHtml(reading)}</p>`).join('')}
    </section>`
}

function caseHtml(entry: AtlasEntry, caseNumber: number): string {
  const { caseFile, atlas } = entry
  const facts = caseFacts(caseFile)
  return `
  <article class="case">
    <h1>${escapeHtml(caseTitle(caseNumber, caseFile.title))}</h1>
    <p class="case-id">cases/${escapeHtml(caseFile.id)}.yaml · ${atlas.nodes.length} reachable decision${atlas.nodes.length === 1 ? '' : 's'}</p>
    <div class="stem">${stemHtml(caseFile.stem)}</div>
    <dl class="facts">${facts.map(fact => `<div><dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd></div>`).join('')}</dl>
    ${atlas.nodes.map((node, index) => nodeHtml(caseNumber, index, node, facts.length)).join('')}
    <p class="signoff">Reviewed for teaching by: ____________________ · Date: ____________ · Comments overleaf or in the margin</p>
  </article>`
}

function frontMatter(entries: AtlasEntry[], date: string): string {
  const decisions = entries.reduce((sum, entry) => sum + entry.atlas.nodes.length, 0)
  const groups = (['strategy', 'restaging', 'modality'] as const).map(group => `
      <h3>${escapeHtml(RULE_GROUP_TITLES[group])} (first match wins)</h3>
      <ol class="rules">${rulesOf(group).map(rule => `<li><strong>${escapeHtml(rule.ref)}</strong> ${escapeHtml(rule.summary)}${rule.open ? ' · <em>open question</em>' : ''}</li>`).join('')}</ol>`).join('')
  const added = Object.entries(addedEvidence).filter(([key]) => !['id', 'source', 'measures'].includes(key))
    .map(([, item]) => item as { citation: string, publication: string })
  return `
  <header class="title">
    <h1>Case atlas for clinical sign-off</h1>
    <p class="subtitle">${escapeHtml(agenda.lecture.title)} · ${escapeHtml(agenda.lecture.author)}</p>
    <p>${entries.length} cases, ${decisions} decisions a learner can reach by best or acceptable choices. Generated ${escapeHtml(date)} from the case simulator's rules and case files. Educational material, not medical advice.</p>
    <h2>How to read it</h2>
    <p>Each case lists every decision a learner can reach by choosing a best or acceptable option, with the path that reaches it, the facts the screen shows there, and every option offered, graded <strong>${GRADE_SYMBOLS.best} Best</strong>, <strong>${GRADE_SYMBOLS.acceptable} Acceptable</strong> (the case follows it) or <strong>${GRADE_SYMBOLS.incorrect} Incorrect</strong> (the learner is told why and chooses again), with its rationale, the source its words come from and the slide that teaches it. Where the lecture leaves a decision open, every defensible option is graded best and the open question says why; where the deck reads an ambiguous line one way, the reading is printed under the decision. Please check each grade against the lecture, and sign each case.</p>
    <h2>The pathway's rules, in the order they are tried</h2>
    ${groups}
    <h2>The deck's readings of ambiguous lines</h2>
    <ul class="readings">${Object.values(READINGS).map(reading => `<li>${escapeHtml(reading)}</li>`).join('')}</ul>
    <h2>Public facts the deck adds (not in the lecture)</h2>
    <ul class="readings">${added.map(item => `<li><strong>${escapeHtml(item.citation)}</strong>: ${escapeHtml(item.publication)}</li>`).join('')}</ul>
  </header>`
}

const STYLE = `
  @page { size: A4; margin: 16mm 14mm 18mm; }
  * { box-sizing: border-box; }
  body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9pt; line-height: 1.35; color: #111827; margin: 0; }
  h1 { font-size: 15pt; margin: 0 0 2mm; color: #0f2c4c; }
  h2 { font-size: 10.5pt; margin: 5mm 0 1.5mm; color: #0f2c4c; break-after: avoid; break-inside: avoid; }
  .rule, .shown { break-after: avoid; }
  h3 { font-size: 9.5pt; margin: 3mm 0 1mm; }
  p { margin: 0 0 1.2mm; }
  .title .subtitle { font-size: 11pt; color: #334155; }
  .case { break-before: page; }
  .case-id, .rule { color: #475569; font-size: 8pt; }
  .stem { margin: 2mm 0; }
  .facts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.5mm 6mm; margin: 0 0 2mm; }
  .facts div { display: flex; gap: 2mm; }
  .facts dt { color: #475569; min-width: 32mm; }
  .facts dd { margin: 0; font-weight: 600; }
  .node { break-inside: auto; }
  .shown { margin: 0 0 1.5mm; padding-left: 4mm; font-size: 8.5pt; }
  table.options { width: 100%; border-collapse: collapse; margin: 1mm 0 1.5mm; }
  table.options th, table.options td { border: 0.3mm solid #cbd5e1; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
  table.options thead th { background: #f1f5f9; font-size: 8pt; }
  table.options tbody th { width: 36%; font-weight: 600; }
  table.options tr { break-inside: avoid; }
  tr.is-best th { background: #f0fdf4; } tr.is-best .grade { color: #166534; }
  tr.is-acceptable th { background: #fffbeb; } tr.is-acceptable .grade { color: #92400e; }
  tr.is-incorrect th { background: #fef2f2; } tr.is-incorrect .grade { color: #991b1b; }
  .cite { color: #475569; font-size: 8pt; }
  .remark { font-size: 8.5pt; }
  .open { border-left: 1mm solid #1d4ed8; padding-left: 2mm; }
  .reading { font-size: 8pt; color: #334155; }
  .signoff { margin-top: 4mm; border-top: 0.3mm solid #94a3b8; padding-top: 2mm; color: #334155; }
  ol.rules { margin: 0 0 1mm; padding-left: 5mm; font-size: 8.5pt; }
  ul.readings { padding-left: 4mm; font-size: 8.5pt; }
`

/** The whole atlas: front matter (how to read it, the rules, the readings, the public facts), then one section per case. */
export function renderAtlasHtml(entries: AtlasEntry[], date: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Case atlas: ${escapeHtml(agenda.lecture.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${frontMatter(entries, date)}
${entries.map((entry, index) => caseHtml(entry, index + 1)).join('\n')}
</body>
</html>`
}
