// `npx tsx scripts/check-content.ts`: checks every case file (cases/*.yaml: schema, reachable facts, unique ids)
// and the question bank (cases/questions/*.yaml: schema, templates resolving to data/), and exits 1 naming each bad
// file and field. Runs before `slidev build`, so a broken case or question never ships.
import { loadQuizBank, QuizBankError } from '../machines/quiz/bank'
import { readCaseFiles, shippedCasePaths } from './case-files'
import { readQuizFiles } from './quiz-key'

const problems: string[] = []

const cases = readCaseFiles(shippedCasePaths())
for (const item of cases) {
  if (!item.ok)
    problems.push(item.error.message)
}

const bank = loadQuizBank(readQuizFiles())
if (bank instanceof QuizBankError)
  problems.push(...bank.problems)

if (problems.length > 0) {
  for (const problem of problems)
    console.error(problem)
  process.exit(1)
}
console.log(`${cases.length} case files and ${Array.isArray(bank) ? bank.length : 0} questions valid`)
