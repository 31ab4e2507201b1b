import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { isHosted, learnerAppUrl, learnerLaunchUrl, learnerUrl } from './learner-link'

describe('learner links', () => {
  it('points at the learner page of the deck as served, under any sub-path', () => {
    expect(learnerUrl({ origin: 'https://course.example.org', pathname: '/omd/' }, 'case/six-lesions')).toBe('https://course.example.org/omd/#/learn/case/six-lesions')
    expect(learnerUrl({ origin: 'http://10.0.0.5:4173', pathname: '/' }, '')).toBe('http://10.0.0.5:4173/#/learn')
  })

  it('beside a built deck, points at the learner app in learn/, whether the deck was opened as a folder or its index.html', () => {
    expect(learnerUrl({ origin: 'https://course.example.org', pathname: '/omd/' }, 'case/six-lesions', true)).toBe('https://course.example.org/omd/learn/#/learn/case/six-lesions')
    expect(learnerUrl({ origin: 'http://10.0.0.5:4173', pathname: '/index.html' }, '', true)).toBe('http://10.0.0.5:4173/learn/#/learn')
    // An address printed on an old handout (`/#/learn/review`) forwards to the same page of the app.
    expect(learnerAppUrl({ origin: 'https://course.example.org', pathname: '/omd/' }, '/learn/review')).toBe('https://course.example.org/omd/learn/#/learn/review')
  })

  it('with an absolute base, the app is in that folder wherever the document was opened: `/omd` without its slash too', () => {
    expect(learnerAppUrl({ origin: 'https://course.example.org', pathname: '/omd' }, '/learn/review', '/omd/')).toBe('https://course.example.org/omd/learn/#/learn/review')
    expect(learnerUrl({ origin: 'https://course.example.org', pathname: '/omd/index.html' }, 'case/six-lesions', true, '/omd/')).toBe('https://course.example.org/omd/learn/#/learn/case/six-lesions')
    // A host's fallback page (the deck's 404.html) open in a folder below the deck: the app is still in the base.
    expect(learnerAppUrl({ origin: 'https://course.example.org', pathname: '/omd/learn/learn/' }, '/learn', '/omd/')).toBe('https://course.example.org/omd/learn/#/learn')
    // Without the base (the folder of the document), `/omd` would send a phone to `/learn/`.
    expect(learnerAppUrl({ origin: 'https://course.example.org', pathname: '/omd' }, '/learn/review')).toBe('https://course.example.org/learn/#/learn/review')
  })

  it('an LMS launch of the deck (a package imported before the app was its launch) goes to the app with its cmi5 parameters', () => {
    const launch = { origin: 'https://lms.example.org', pathname: '/pluginfile.php/12/mod_scorm/content/3/index.html', search: '?endpoint=https%3A%2F%2Flrs&fetch=https%3A%2F%2Ft%2F1&registration=r' }
    expect(learnerLaunchUrl(launch)).toBe('https://lms.example.org/pluginfile.php/12/mod_scorm/content/3/learn/index.html?endpoint=https%3A%2F%2Flrs&fetch=https%3A%2F%2Ft%2F1&registration=r#/learn')
    expect(learnerLaunchUrl({ ...launch, search: '' })).toBe('https://lms.example.org/pluginfile.php/12/mod_scorm/content/3/learn/index.html#/learn')
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
