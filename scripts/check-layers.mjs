// `npm run check:layers` (and a step of `npm test`): fails when an import in src/ crosses a layer
// boundary of scripts/lib/layers.mjs. Each violation is printed with the rule it breaks.
import { fileURLToPath } from 'node:url';
import { layerViolations } from './lib/layers.mjs';

const violations = layerViolations(fileURLToPath(new URL('../src', import.meta.url)));
for (const violation of violations) console.error(`layer violation: ${violation}`);
console.log(violations.length === 0 ? 'Layers: every import in src/ keeps to its layer.' : `Layers: ${violations.length} violation(s).`);
process.exit(violations.length === 0 ? 0 : 1);
