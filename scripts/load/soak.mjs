// Soak test against the API on loopback: reads (a small query, regionGaps for the root region and a
// page of programmes, in turn) from autocannon at a fixed rate, one setDemand write per second with
// planner tokens, and the server's memory from /proc/<pid>/status every few seconds.
//
//   PLANNER_CLIENTS=id1:secret1,id2:secret2 node soak.mjs --url http://127.0.0.1:5099/graphql --pid <server pid>
//     [--duration 120] [--warmup 30] [--sample 5] [--rate 300] [--connections 8]
// --rate is the reads per second over all connections; 0 sends writes only.
//
// Writes go round-robin over the planner clients, so that each stays below the per-client mutation limit.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { graphql, headers, median, noErrors, options, queries, round, token, workload } from './common.mjs';

const args = options({ url: 'http://127.0.0.1:5099/graphql', pid: 0, duration: 120, warmup: 30, sample: 5, rate: 300, connections: 8 });
if (!args.pid) throw new Error('--pid of the server process is required');
const planners = (process.env.PLANNER_CLIENTS ?? '').split(',').filter(Boolean).map((pair) => pair.split(':'));
if (planners.length === 0) throw new Error('PLANNER_CLIENTS must hold id:secret pairs of planner clients');

/** VmRSS, RssAnon and VmHWM of the server in MiB. */
function memory() {
  const status = readFileSync(`/proc/${args.pid}/status`, 'utf8');
  const kib = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: round(kib('VmRSS') / 1024), anonMiB: round(kib('RssAnon') / 1024), peakMiB: round(kib('VmHWM') / 1024) };
}

const work = await workload(args.url);
const bodies = queries(work);
const tokens = await Promise.all(planners.map(([id, secret]) => token(args.url, id, secret)));

const started = Date.now();
const seconds = () => round((Date.now() - started) / 1000);
const samples = [{ t: 0, ...memory() }];
const sampler = setInterval(() => samples.push({ t: seconds(), ...memory() }), args.sample * 1000);

// --rate 0 sends no reads: the writes alone.
const reads = args.rate <= 0 ? Promise.resolve(null) : autocannon({
  url: args.url,
  connections: args.connections,
  overallRate: args.rate,
  duration: args.duration,
  timeout: 10,
  requests: [bodies.small, bodies.regionGaps, bodies.programmes].map((query) => ({ method: 'POST', headers, body: JSON.stringify({ query }) })),
  verifyBody: noErrors,
});

// One write per second on a fixed schedule; each sets the demand of the role in a leaf region.
const mutation = 'mutation($i: DemandInput!) { setDemand(input: $i) { demandEntry { openings } userErrors { field message } } }';
const writes = { sent: 0, failed: 0, latenciesMs: [], failures: [] };
const pending = [];
for (let i = 0; i < args.duration; i++) {
  const due = started + i * 1000;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
  const begin = performance.now();
  writes.sent++;
  const input = { region: work.leaf, role: work.role, year: 2026, openings: 100 + (i % 50), source: 'soak' };
  pending.push(
    graphql(args.url, mutation, { i: input }, tokens[i % tokens.length])
      .then((data) => {
        // A refused input is a failed write too, though the request itself succeeded.
        if (data.setDemand.userErrors.length) throw new Error(JSON.stringify(data.setDemand.userErrors).slice(0, 300));
        writes.latenciesMs.push(performance.now() - begin);
      })
      .catch((error) => {
        writes.failed++;
        if (writes.failures.length < 5) writes.failures.push(String(error.message));
      }),
  );
}
await Promise.all(pending);
const read = await reads;
clearInterval(sampler);
const loadEnded = seconds();
// Once the load has stopped, give the server five seconds and take one more sample.
await new Promise((resolve) => setTimeout(resolve, 5000));
const afterLoad = { t: seconds(), ...memory() };

// Growth under load: the median of the last three samples taken while the load ran, against the
// median of the first three after warm-up.
const during = samples.filter((s) => s.t >= args.warmup && s.t <= args.duration);
const measured = during.length >= 3 ? during : samples;
const growth = (key) => {
  const base = median(measured.slice(0, 3).map((s) => s[key]));
  const end = median(measured.slice(-3).map((s) => s[key]));
  return {
    baseMiB: base,
    endMiB: end,
    growthPercent: round(((end - base) / base) * 100),
    peakMiB: Math.max(...measured.map((s) => s[key])),
    afterLoadMiB: afterLoad[key],
  };
};
const sorted = [...writes.latenciesMs].sort((a, b) => a - b);
const readFailures = read ? read.errors + read.timeouts + read.non2xx + read.mismatches : 0;
const memoryGrowth = { rss: growth('rssMiB'), anon: growth('anonMiB') };

process.stdout.write(
  JSON.stringify(
    {
      url: args.url,
      workload: work,
      durationSeconds: args.duration,
      warmupSeconds: args.warmup,
      loadEndedSeconds: loadEnded,
      reads: read && {
        rate: args.rate,
        requests: read.requests.total,
        requestsPerSecond: round(read.requests.average),
        latencyMs: { p50: read.latency.p50, p99: read.latency.p99, max: read.latency.max },
        errors: { socket: read.errors, timeouts: read.timeouts, non2xx: read.non2xx, graphqlErrors: read.mismatches },
      },
      writes: {
        sent: writes.sent,
        failed: writes.failed,
        latencyMs: sorted.length ? { p50: round(median(sorted)), p99: round(sorted[Math.floor(0.99 * (sorted.length - 1))]), max: round(sorted.at(-1)) } : null,
        failures: writes.failures,
      },
      memoryGrowth,
      samples: [...samples, afterLoad],
      met: readFailures === 0 && writes.failed === 0 && memoryGrowth.rss.growthPercent <= 10,
    },
    null,
    2,
  ) + '\n',
);
