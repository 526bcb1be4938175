// The abuse documents of the public-boundary issue, each sent COUNT times to the API on loopback: how long the
// answer (a refusal) takes, how large it is, and the server's resident memory before and after. Prints one JSON
// document. The regression tests (tests/CyberSkillsGraph.Api.Tests/Abuse) check the answers; this measures them.
//
//   node abuse.mjs --url http://127.0.0.1:5099/graphql --pid <api pid> [--count 200] [--only name,name]
import { readFileSync } from 'node:fs';
import { headers, median, options, round } from './common.mjs';

const args = options({ url: 'http://127.0.0.1:5099/graphql', pid: '', count: 200, only: '' });

const repeat = (n, field) => '{ ' + Array.from({ length: n }, (_, i) => field(i)).join(' ') + ' }';
const documents = {
  // 1,000 fields sharing one alias with different arguments (11 KB): once 10–30 s of CPU and 41–160 MB of errors.
  sharedAlias11KB: repeat(1000, (i) => `a:role(id:"X${i}"){id}`),
  // The same at 90 KB: once pushed the process past 8 GB.
  sharedAlias90KB: repeat(7000, (i) => `a:role(id:"X${i}"){id}`),
  // One field 30,000 times (60 KB): once 22 s of CPU.
  repeatedField60KB: '{ ' + 'x '.repeat(30_000) + '}',
  // 820 aliases of a list: once a 258 MB answer.
  aliasedLists: repeat(820, (i) => `m${i}: mappings(first: 500) { nodes { source target relationship strength note } }`),
};

function rssKiB() {
  if (!args.pid) return null;
  const line = readFileSync(`/proc/${args.pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.split(/\s+/)[1]) : null;
}

async function send(query) {
  const started = performance.now();
  const response = await fetch(args.url, { method: 'POST', headers, body: JSON.stringify({ query }), signal: AbortSignal.timeout(60_000) });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, bytes: Buffer.byteLength(body), code: /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? null };
}

const rssBefore = rssKiB();
const results = {};
const chosen = args.only ? args.only.split(',') : Object.keys(documents);
for (const [name, query] of Object.entries(documents).filter(([name]) => chosen.includes(name))) {
  const answers = [];
  for (let i = 0; i < args.count; i++) answers.push(await send(query));
  const times = answers.map((a) => a.ms).sort((a, b) => a - b);
  results[name] = {
    requestBytes: Buffer.byteLength(JSON.stringify({ query })),
    requests: answers.length,
    latencyMs: { median: round(median(times), 2), p99: round(times[Math.floor(times.length * 0.99) - 1] ?? times.at(-1), 2), max: round(times.at(-1), 2) },
    maxResponseBytes: Math.max(...answers.map((a) => a.bytes)),
    statuses: [...new Set(answers.map((a) => a.status))],
    codes: [...new Set(answers.map((a) => a.code))],
  };
}
const rssAfter = rssKiB();
console.log(JSON.stringify({ count: args.count, rssKiB: { before: rssBefore, after: rssAfter }, results }, null, 2));
