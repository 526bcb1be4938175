// Lints Cypher statements with Neo4j's own language support and prints every diagnostic as JSON.
// Input: a JSON file holding [{ "source": "...", "statement": "...", "parameters": { ... } }], the parameters as sent.
// Output: [{ source, statement, severity, message, offset }].
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const statements = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const findings = [];
for (const { source, statement, parameters } of statements) {
  // The schema holds only the parameters: labels, types and properties are not checked against a live graph.
  const { diagnostics } = lintCypherQuery(statement, { parameters: parameters ?? {} });
  for (const d of diagnostics) {
    findings.push({ source, statement, severity: severities[d.severity] ?? String(d.severity), message: d.message, offset: d.offsets?.start ?? null });
  }
}
process.stdout.write(JSON.stringify(findings));
