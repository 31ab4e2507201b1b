/**
 * The small subset of Markdown a case stem needs, as data a template renders (no v-html, so nothing in a case
 * file can inject markup): paragraphs and "- " lists; **bold** and *italic* inline. Anything else stays text.
 */

export interface Span {
  text: string
  strong?: boolean
  em?: boolean
}

export type Block =
  | { kind: 'paragraph', spans: Span[] }
  | { kind: 'list', items: Span[][] }

export function parseInline(text: string): Span[] {
  const spans: Span[] = []
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > last)
      spans.push({ text: text.slice(last, match.index) })
    spans.push(match[1] !== undefined ? { text: match[1], strong: true } : { text: match[2], em: true })
    last = match.index + match[0].length
  }
  if (last < text.length)
    spans.push({ text: text.slice(last) })
  return spans
}

export function parseSimpleMarkdown(source: string): Block[] {
  const blocks: Block[] = []
  for (const chunk of source.trim().split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map(line => line.trim()).filter(Boolean)
    if (lines.length === 0)
      continue
    if (lines.every(line => /^[-*] /.test(line)))
      blocks.push({ kind: 'list', items: lines.map(line => parseInline(line.slice(2))) })
    else
      blocks.push({ kind: 'paragraph', spans: parseInline(lines.join(' ')) })
  }
  return blocks
}
