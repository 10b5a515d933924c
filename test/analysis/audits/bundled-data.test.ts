import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAudits } from '../../../src/analysis/audits/index.ts';
import { readRecordFiles } from '../../../src/ingest/record-files.ts';
import { emptyAuditContext } from '../../../src/analysis/audits/finding.ts';
import { DATA_DIR } from '../../helpers/paths.ts';

test('the bundled policy records have no placeholder evidence, uncited scores or misplaced languages', async () => {
  const { records, problems } = await readRecordFiles([`${DATA_DIR}/policies`]);
  assert.deepEqual(problems, []);
  assert.ok(records.length > 0);
  const findings = runAudits(emptyAuditContext({ policies: records.map((r) => r.policy) }), ['placeholder-evidence', 'citation-coverage', 'mixed-language']);
  assert.deepEqual(findings.map((f) => `${f.entityId} ${f.field}: ${f.message}`), []);
});
