// Reads during a burst of writes, over HTTP, as a planner's dashboard sees them while a provider and a planner write:
// two readers in closed loops (`{ revision }` and regionGaps totals of the root region), after --warmup seconds of them, for --duration seconds without
// writes, then for --duration seconds while a writer sends mutations back to back (setDemand and
// registerTrainingProgramme in turn, each through the whole write path: token check, validation, the store's commit,
// the snapshot update). Prints one JSON document: each query's latencies in both phases, the ratio of their p99s, and
// the writes.
//
//   PLANNER=id:secret PROVIDER=id:secret node burst.mjs --url http://127.0.0.1:5098/graphql [--duration 10] [--warmup 10]
import { graphql, options, queries, round, token, workload } from './common.mjs';

const args = options({ url: 'http://127.0.0.1:5098/graphql', duration: 10, warmup: 10 });
const credentials = (name) => {
  const [id, secret] = (process.env[name] ?? '').split(':');
  if (!id || !secret) throw new Error(`${name} must be id:secret of a configured client`);
  return token(args.url, id, secret);
};
const [plannerToken, providerToken] = await Promise.all([credentials('PLANNER'), credentials('PROVIDER')]);

const work = await workload(args.url);
const bodies = queries(work);
const reads = { revision: '{ revision }', regionGapsTotals: bodies.regionGapsTotals };
// The new programmes teach what the root region lacks most, so that each one changes supply the report counts.
const { regionGaps } = await graphql(args.url, 'query($r: ID!) { regionGaps(region: $r) { rows { competence { id } level } } }', { r: work.root });
const develops = [];
for (const row of regionGaps.rows) {
  if (develops.length < 6 && !develops.some((d) => d.competence === row.competence.id)) develops.push({ competence: row.competence.id, level: row.level });
}

function summary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))], 2);
  return { n: sorted.length, medianMs: at(0.5), p90Ms: at(0.9), p99Ms: at(0.99), maxMs: round(sorted[sorted.length - 1], 2) };
}

/** Sends the query again as soon as it is answered until `until` settles; the latency of each answer in ms. */
async function reader(query, until) {
  const latencies = [];
  let done = false;
  until.finally(() => { done = true; });
  while (!done) {
    const begin = performance.now();
    await graphql(args.url, query);
    latencies.push(performance.now() - begin);
  }
  return latencies;
}

const delay = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

async function phase(writer, seconds = args.duration) {
  const stop = writer ? writer() : delay(seconds);
  const [revision, totals] = await Promise.all([reader(reads.revision, stop), reader(reads.regionGapsTotals, stop)]);
  return { revision, totals, writes: await stop };
}

const demandMutation = 'mutation($i: DemandInput!) { setDemand(input: $i) { demandEntry { openings } userErrors { field message } } }';
const programmeMutation = 'mutation($i: TrainingProgrammeInput!) { registerTrainingProgramme(input: $i) { trainingProgramme { id } userErrors { field message } } }';

async function burst() {
  const latencies = { setDemand: [], registerTrainingProgramme: [] };
  const started = performance.now();
  for (let i = 0; performance.now() - started < args.duration * 1000; i++) {
    const begin = performance.now();
    if (i % 2 === 0) {
      const input = { region: work.leaf, role: work.role, year: 2026, openings: 100 + (i % 50), source: 'burst' };
      const data = await graphql(args.url, demandMutation, { i: input }, plannerToken);
      if (data.setDemand.userErrors.length) throw new Error(JSON.stringify(data.setDemand.userErrors));
      latencies.setDemand.push(performance.now() - begin);
    } else {
      const input = { title: `Burst course ${i}`, regions: [work.leaf], seatsPerYear: 20, hours: 40, delivery: 'ONLINE', develops };
      const data = await graphql(args.url, programmeMutation, { i: input }, providerToken);
      if (data.registerTrainingProgramme.userErrors.length) throw new Error(JSON.stringify(data.registerTrainingProgramme.userErrors));
      latencies.registerTrainingProgramme.push(performance.now() - begin);
    }
  }
  return latencies;
}

// Reads alone first, unmeasured: a freshly started server is still compiling its hot paths.
await phase(null, args.warmup);
const quiet = await phase(null);
const busy = await phase(burst);
const report = {
  root: work.root,
  leaf: work.leaf,
  durationSeconds: args.duration,
  withoutWrites: { revision: summary(quiet.revision), regionGapsTotals: summary(quiet.totals) },
  duringWrites: { revision: summary(busy.revision), regionGapsTotals: summary(busy.totals) },
  writes: { setDemand: summary(busy.writes.setDemand), registerTrainingProgramme: summary(busy.writes.registerTrainingProgramme) },
};
report.p99Ratio = {
  revision: round(report.duringWrites.revision.p99Ms / report.withoutWrites.revision.p99Ms, 2),
  regionGapsTotals: round(report.duringWrites.regionGapsTotals.p99Ms / report.withoutWrites.regionGapsTotals.p99Ms, 2),
};
console.log(JSON.stringify(report, null, 2));
