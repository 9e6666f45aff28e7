#!/usr/bin/env node
// The `solieu` command. The TypeScript is compiled to dist/ by `npm install` (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/pipeline/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('solieu: dist/ is missing; run `npm install` (or `npm run build`) in the solieu folder first\n');
  process.exit(2);
}
await import(cli.href);
