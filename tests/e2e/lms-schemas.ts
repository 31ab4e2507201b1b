import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { validateXML, type XMLValidationResult } from 'xmllint-wasm'

// A package's manifest validated by libxml2's xmllint (its WebAssembly build, xmllint-wasm: no system package to
// install, the same validator on every machine) against the schemas: for SCORM, ADL's XSDs as the package itself
// ships them at its root (the manifest's xsi:schemaLocation names them), through a small schema importing each
// namespace the manifest uses, since xmllint validates against one schema; for cmi5, the course structure schema
// of tests/fixtures (see its header for why it is not AICC's file).

const decoder = new TextDecoder()
type Files = Record<string, Uint8Array>

const IMPORTS = {
  scorm12: {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
  },
  scorm2004: {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  },
} as const

// SCORM 1.2's manifest names IMS metadata's schema too (imsmd_rootv1p2p1.xsd, shipped), but holds no metadata element
// of that namespace, and libxml2 refuses to compile that schema (content models it finds not deterministic): it is
// left out of the validation, not of the package.
const ALSO_SHIPPED = { scorm12: ['imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'], scorm2004: ['xml.xsd'] }

/** The schema files a SCORM package must hold at its root (those its manifest's xsi:schemaLocation names). */
export function schemaNames(kind: keyof typeof IMPORTS): string[] {
  return [...Object.values(IMPORTS[kind]), ...ALSO_SHIPPED[kind]]
}

export async function validateScormManifest(kind: keyof typeof IMPORTS, files: Files, manifest = decoder.decode(files['imsmanifest.xml'])): Promise<XMLValidationResult> {
  const imports = Object.entries(IMPORTS[kind]).map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${file}"/>`).join('')
  const preload = Object.entries(files).filter(([name]) => /^[^/]+\.(xsd|dtd)$/.test(name) && name !== 'imsmd_rootv1p2p1.xsd').map(([fileName, contents]) => ({ fileName, contents: decoder.decode(contents) }))
  return validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: manifest },
    schema: { fileName: 'package-schemas.xsd', contents: `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports}</xs:schema>` },
    preload,
  })
}

const CMI5_SCHEMA = readFileSync(fileURLToPath(new URL('../fixtures/cmi5-course-structure.xsd', import.meta.url)), 'utf8')

export async function validateCmi5Xml(xml: string): Promise<XMLValidationResult> {
  return validateXML({ xml: { fileName: 'cmi5.xml', contents: xml }, schema: { fileName: 'cmi5-course-structure.xsd', contents: CMI5_SCHEMA } })
}
