// Sums vitest JSON reports into the one line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const args = process.argv.slice(2);
const stepsAt = args.indexOf('--failed-steps');
// A failed step whose tests all passed (lint, build, an unhandled error) still counts once.
const failedSteps = stepsAt >= 0 ? Number(args.splice(stepsAt, 2)[1]) : 0;
for (const file of args) {
  if (!existsSync(file)) {
    console.error(`missing test report ${file}: counted as one failure`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed +=
    (report.numFailedTests ?? 0) +
    (report.numFailedTestSuites ?? 0) -
    failedSuitesWithTests(report);
}
console.log(`${passed} passed, ${Math.max(failed, failedSteps)} failed`);

// A suite that failed to load has no tests; count it once so a crash is never "0 failed".
function failedSuitesWithTests(report) {
  return (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
}
