// `npm test`: every check in turn (type check, lint, unit tests, build, browser tests), each run even if an
// earlier one failed, so one run shows everything that is wrong. Ends with the totals line CI reads:
// "N passed, N failed", where each test counts once and the type check, lint and build count as one each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });

const steps = [
  { name: 'type check', cmd: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', cmd: 'npx', args: ['oxlint', '--deny-warnings', 'src', 'tests', 'scripts'] },
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.'] },
  {
    name: 'unit tests',
    report: `${results}/unit.json`,
    cmd: 'npx',
    args: ['vitest', 'run', '--project', 'unit'],
  },
  { name: 'build', cmd: 'npx', args: ['vite', 'build', '--logLevel', 'warn'] },
  {
    name: 'browser tests',
    report: `${results}/browser.json`,
    cmd: 'npx',
    args: ['vitest', 'run', '--project', 'browser'],
  },
];

let passed = 0;
let failed = 0;
const failures = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const args = step.report
    ? [...step.args, '--reporter=default', '--reporter=json', `--outputFile.json=${step.report}`]
    : step.args;
  if (step.report) rmSync(step.report, { force: true });
  const run = spawnSync(step.cmd, args, { stdio: 'inherit', env: process.env });
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A crash outside any test (a broken setup file, say) still fails the run.
    if (run.status !== 0 && report.numFailedTests === 0) failed += 1;
    if (run.status !== 0) failures.push(step.name);
  } else if (run.status === 0) {
    passed += 1;
  } else {
    failed += 1;
    failures.push(step.name);
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
