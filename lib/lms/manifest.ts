/**
 * The manifests of the LMS packages, as small templates over the list of files: `imsmanifest.xml` for SCORM 1.2
 * and SCORM 2004 4th Edition (one SCO, the whole deck as its resource, every file listed), `cmi5.xml` for cmi5
 * (one AU). Each launches `launch` (the packages: the learner app's learn/index.html, which finds the LMS itself,
 * setup/lms). Pure: strings in, XML out.
 */

export interface PackageInfo {
  /** Stable identifier of the course (reverse-DNS or URN style, no spaces). */
  identifier: string
  title: string
  description: string
  /** Every file of the package but the manifest itself, relative to the zip root, with forward slashes. */
  files: readonly string[]
  /** Mastery score, 0..1 (the deck's default 0.8). */
  masteryScore: number
  /** Launch file, relative (index.html). */
  launch: string
}

export const LMS_LAUNCH_FRAGMENT = '#/learn'

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

const fileList = (files: readonly string[], indent: string) => files.map(f => `${indent}<file href="${xmlEscape(f)}"/>`).join('\n')

/** What both SCORM manifests share: the schema version, one organization with one item, one SCO resource. */
function scormBody(info: PackageInfo, version: string, itemExtra: string, scormType: string): string {
  const id = xmlEscape(info.identifier)
  return `  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${version}</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xmlEscape(info.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true" parameters="${LMS_LAUNCH_FRAGMENT}">
        <title>${xmlEscape(info.title)}</title>
${itemExtra}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" ${scormType}="sco" href="${xmlEscape(info.launch)}">
${fileList(info.files, '      ')}
    </resource>
  </resources>
</manifest>
`
}

export function scorm12Manifest(info: PackageInfo): string {
  const id = xmlEscape(info.identifier)
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
${scormBody(info, '1.2', `        <adlcp:masteryscore>${Math.round(info.masteryScore * 100)}</adlcp:masteryscore>`, 'adlcp:scormtype')}`
}

export function scorm2004Manifest(info: PackageInfo): string {
  const id = xmlEscape(info.identifier)
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
${scormBody(info, '2004 4th Edition', `        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${info.masteryScore}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`, 'adlcp:scormType')}`
}

/** cmi5 identifies the course and its AU by IRIs: the deck's identifier under the deck's own IRI space. */
export const CMI5_IRI_BASE = 'https://omd-deck.example/cmi5/'

export function cmi5Xml(info: PackageInfo): string {
  const id = xmlEscape(CMI5_IRI_BASE + info.identifier)
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${id}">
    <title><langstring lang="en-US">${xmlEscape(info.title)}</langstring></title>
    <description><langstring lang="en-US">${xmlEscape(info.description)}</langstring></description>
  </course>
  <au id="${id}/au/learn" moveOn="CompletedAndPassed" masteryScore="${info.masteryScore}" launchMethod="AnyWindow">
    <title><langstring lang="en-US">${xmlEscape(info.title)}</langstring></title>
    <description><langstring lang="en-US">${xmlEscape(info.description)}</langstring></description>
    <url>${xmlEscape(info.launch)}</url>
  </au>
</courseStructure>
`
}

/** The files a manifest lists (`<file href>`), to check a package against its zip. */
export function listedFiles(manifest: string): string[] {
  return [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map(m => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
}
