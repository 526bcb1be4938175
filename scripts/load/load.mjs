// Load test with autocannon against the API on loopback: a small query and regionGaps for the root
// region, each after a short warm-up. Prints one JSON document with requests/s, latency and errors.
//
//   node load.mjs --url http://127.0.0.1:5099/graphql [--duration 20] [--warmup 5] [--connections 16]
import autocannon from 'autocannon';
import { headers, noErrors, options, queries, round, workload } from './common.mjs';

const args = options({ url: 'http://127.0.0.1:5099/graphql', duration: 20, warmup: 5, connections: 16 });
// The targets; regionGapsTotals has none: it asks for the totals only, to tell the analysis
// from the execution and serialization of the rows.
const targets = {
  small: { requestsPerSecond: 3000, p99Ms: 50 },
  regionGaps: { requestsPerSecond: 500 },
  regionGapsTotals: null,
};

function run(body, duration) {
  return autocannon({
    url: args.url,
    method: 'POST',
    headers,
    body: JSON.stringify({ query: body }),
    connections: args.connections,
    duration,
    timeout: 10,
    verifyBody: noErrors,
  });
}

const work = await workload(args.url);
const bodies = queries(work);
const scenarios = {};
for (const name of Object.keys(targets)) {
  if (args.warmup > 0) await run(bodies[name], args.warmup);
  const result = await run(bodies[name], args.duration);
  const target = targets[name];
  const failed = result.errors + result.timeouts + result.non2xx + result.mismatches;
  scenarios[name] = {
    query: bodies[name],
    requests: result.requests.total,
    requestsPerSecond: { average: round(result.requests.average), median: round(result.requests.p50) },
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    errors: { socket: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors: result.mismatches },
    target,
    ratioToTarget: target ? round(result.requests.p50 / target.requestsPerSecond, 2) : null,
    met: target
      ? result.requests.p50 >= target.requestsPerSecond && (target.p99Ms === undefined || result.latency.p99 <= target.p99Ms) && failed === 0
      : null,
  };
}

process.stdout.write(
  JSON.stringify({ url: args.url, workload: work, connections: args.connections, durationSeconds: args.duration, scenarios }, null, 2) + '\n',
);
