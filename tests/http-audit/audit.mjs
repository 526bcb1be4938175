// Runs the GraphQL over HTTP server audits of graphql-http against one URL and prints the
// results as one JSON document on standard output.
//
//   node audit.mjs http://127.0.0.1:5000/graphql
//
// Exit code: 0 when every audit ran (whatever its outcome), 1 when an audit could not run
// (for example the server refused the connection), 2 on a usage error.
import { readFileSync } from 'node:fs';
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url || !/^https?:\/\//.test(url)) {
  process.stderr.write('usage: node audit.mjs <url of the GraphQL endpoint>\n');
  process.exit(2);
}

const version = JSON.parse(
  readFileSync(new URL('./node_modules/graphql-http/package.json', import.meta.url), 'utf8'),
).version;

// Every request of an audit is bounded in time.
const fetchFn = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(10_000) });

async function describe(response) {
  if (!response) return null;
  let body = null;
  try {
    body = await response.clone().text();
  } catch {
    // The body was already read by the audit; status and headers still say what happened.
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    allow: response.headers.get('allow'),
    body: body === null ? null : body.slice(0, 500),
  };
}

const results = [];
let fatal = 0;
for (const audit of serverAudits({ url, fetchFn })) {
  const level = audit.name.split(' ')[0];
  try {
    const result = await audit.fn();
    results.push({
      id: result.id,
      name: result.name,
      level,
      status: result.status,
      reason: result.reason ?? null,
      response: result.status === 'ok' ? null : await describe(result.response),
    });
  } catch (error) {
    fatal++;
    results.push({ id: audit.id, name: audit.name, level, status: 'fatal', reason: String(error?.message ?? error), response: null });
  }
}

const count = (status) => results.filter((r) => r.status === status).length;
process.stdout.write(
  JSON.stringify(
    {
      url,
      graphqlHttp: version,
      summary: { total: results.length, ok: count('ok'), error: count('error'), warn: count('warn'), notice: count('notice'), fatal },
      results,
    },
    null,
    2,
  ) + '\n',
);
process.exit(fatal > 0 ? 1 : 0);
