// Writes app/styles/tokens.css from lib/design/tokens.ts (a unit test fails when it is stale).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tokensCss } from '@/lib/design/tokens';

const file = path.join(process.cwd(), 'app', 'styles', 'tokens.css');
writeFileSync(file, tokensCss());
console.log(`design tokens written to ${path.relative(process.cwd(), file)}`);
