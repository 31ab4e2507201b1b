// `npx tsx scripts/check-cases.ts`: checks every cases/*.yaml (schema, reachable facts, unique ids) and exits 1
// naming each bad file and field. Meant to run before `slidev build`, so a bad case never ships.
import { readCaseFiles, shippedCasePaths } from './case-files'

const loaded = readCaseFiles(shippedCasePaths())
const failures = loaded.filter(item => !item.ok)
for (const failure of failures) {
  if (!failure.ok)
    console.error(failure.error.message)
}
if (failures.length > 0)
  process.exit(1)
console.log(`${loaded.length} case files valid`)
