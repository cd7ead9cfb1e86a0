/** `npm run bench`: runs every benchmark of this folder in turn; each prints its own figures. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BENCHES = ['snapshot-query.ts', 'stream.ts', 'reporting.ts'];
let failed = false;
for (const bench of BENCHES) {
  console.log(`\n## ${bench}`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, bench)], { stdio: 'inherit' });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
