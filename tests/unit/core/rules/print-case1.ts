// Child-process entry for process-tz.test.ts: Case 1's deadlines, and the host's own UTC offset so the test can prove TZ took effect.
import { computeDeadlines } from '../../../../src-main/core/rules/compute.ts';
import { loadCase, loadRules } from './load.ts';

const deadlines = computeDeadlines(loadCase('case1-lai.json'), { asOf: '2026-03-20T12:00:00Z', rules: loadRules() });
process.stdout.write(JSON.stringify({ hostOffset: new Date(Date.UTC(2026, 2, 20)).getTimezoneOffset(), deadlines }));
