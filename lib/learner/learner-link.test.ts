import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { isHosted, learnerUrl } from './learner-link'

describe('learner links', () => {
  it('points at the learner page of the deck as served, under any sub-path', () => {
    expect(learnerUrl({ origin: 'https://course.example.org', pathname: '/omd/' }, 'case/six-lesions')).toBe('https://course.example.org/omd/#/learn/case/six-lesions')
    expect(learnerUrl({ origin: 'http://10.0.0.5:4173', pathname: '/' }, '')).toBe('http://10.0.0.5:4173/#/learn')
  })

  it('a deck open on this computer\'s loopback, or from a file, is not hosted: no phone could follow its QR code', () => {
    expect(isHosted({ protocol: 'http:', hostname: 'localhost' })).toBe(false)
    expect(isHosted({ protocol: 'http:', hostname: '127.0.0.1' })).toBe(false)
    expect(isHosted({ protocol: 'file:', hostname: '' })).toBe(false)
    expect(isHosted({ protocol: 'https:', hostname: 'course.example.org' })).toBe(true)
  })

  it('the QR code is made here, with no request: an SVG that encodes the address', async () => {
    const svg = await QRCode.toString('https://course.example.org/omd/#/learn/case/six-lesions', { type: 'svg', margin: 1 })
    expect(svg).toMatch(/^<svg[^>]*viewBox/)
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/)
  })
})
