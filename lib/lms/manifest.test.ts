import { describe, expect, it } from 'vitest'
import { cmi5Xml, listedFiles, scorm12Manifest, scorm2004Manifest } from './manifest'

const info = { identifier: 'org.example.omd', title: 'Liver metastases & "OMD"', description: 'Cases <and> self-test', files: ['index.html', 'assets/a b.js', 'assets/x&y.css'], masteryScore: 0.8, launch: 'index.html' }

describe('LMS manifests', () => {
  it('SCORM 1.2: the schema version, one SCO launching index.html with #/learn, every file listed, mastery 80', () => {
    const xml = scorm12Manifest(info)
    expect(xml).toContain('<schemaversion>1.2</schemaversion>')
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"')
    expect(xml).toContain('parameters="#/learn"')
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>')
    expect(listedFiles(xml)).toEqual(info.files)
    expect(xml).toContain('Liver metastases &amp; &quot;OMD&quot;')
  })

  it('SCORM 2004 4th Edition: the schema version, a primary objective satisfied by measure at the mastery score', () => {
    const xml = scorm2004Manifest(info)
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>')
    expect(xml).toContain('adlcp:scormType="sco"')
    expect(xml).toMatch(/satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.8<\/imsss:minNormalizedMeasure>/)
    expect(listedFiles(xml)).toEqual(info.files)
  })

  it('cmi5: one AU launching index.html, moving on when completed and passed at the mastery score', () => {
    const xml = cmi5Xml(info)
    expect(xml).toContain('<url>index.html</url>')
    // cmi5 identifies the course and the AU by absolute IRIs.
    expect(xml).toContain('<course id="https://omd-deck.example/cmi5/org.example.omd">')
    expect(xml).toContain('<au id="https://omd-deck.example/cmi5/org.example.omd/au/learn"')
    expect(xml).toContain('moveOn="CompletedAndPassed" masteryScore="0.8"')
    expect(xml).toContain('<langstring lang="en-US">Cases &lt;and&gt; self-test</langstring>')
  })
})
