import { describe, expect, it } from 'vitest'
import { parseInline, parseSimpleMarkdown } from './simple-markdown'

describe('parseSimpleMarkdown (case stems)', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    const blocks = parseSimpleMarkdown('A 64-year-old man\nhad a colectomy.\n\nHe is fit.\n')
    expect(blocks).toEqual([
      { kind: 'paragraph', spans: [{ text: 'A 64-year-old man had a colectomy.' }] },
      { kind: 'paragraph', spans: [{ text: 'He is fit.' }] },
    ])
  })

  it('reads **bold** and *italic*', () => {
    expect(parseInline('a **single 25 mm** lesion, *no* other')).toEqual([
      { text: 'a ' }, { text: 'single 25 mm', strong: true }, { text: ' lesion, ' }, { text: 'no', em: true }, { text: ' other' },
    ])
  })

  it('reads a "- " list', () => {
    expect(parseSimpleMarkdown('- CEA 8\n- no extrahepatic disease')).toEqual([
      { kind: 'list', items: [[{ text: 'CEA 8' }], [{ text: 'no extrahepatic disease' }]] },
    ])
  })

  it('keeps markup as text: nothing is interpreted as HTML', () => {
    expect(parseSimpleMarkdown('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'paragraph', spans: [{ text: '<img src=x onerror=alert(1)>' }] }])
  })
})
