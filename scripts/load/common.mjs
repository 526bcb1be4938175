// Shared by load.mjs and soak.mjs: arguments, GraphQL requests, and the queries of the runs.
import { parseArgs } from 'node:util';

/** Parses --name value options over the defaults; numbers stay numbers. */
export function options(defaults) {
  const { values } = parseArgs({
    options: Object.fromEntries(Object.keys(defaults).map((name) => [name, { type: 'string' }])),
  });
  const result = { ...defaults };
  for (const [name, value] of Object.entries(values)) {
    result[name] = typeof defaults[name] === 'number' ? Number(value) : value;
  }
  const url = new URL(result.url);
  // Load is only ever sent to this machine.
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`--url must be on loopback (127.0.0.1, localhost or [::1]), not ${url.hostname}`);
  }
  return result;
}

export const headers = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
};

/** One GraphQL request; throws on an HTTP or GraphQL error. */
export async function graphql(url, query, variables, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.json();
  if (!response.ok || body.errors) {
    throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  }
  return body.data;
}

/** An access token for a configured client (client credentials). */
export async function token(url, clientId, clientSecret) {
  const response = await fetch(new URL('/connect/token', url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'api' }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`token for ${clientId}: ${response.status} ${JSON.stringify(body)}`);
  return body.access_token;
}

/**
 * What the runs ask about, taken from the graph: the root region with the most openings, a leaf
 * region below it, and a role (ECSF:CISO on the seed data, else the first role of the first framework).
 */
export async function workload(url) {
  const regions = (await graphql(url, '{ regions(first: 500) { nodes { code parent { code } } } }')).regions.nodes;
  let root = null;
  for (const region of regions.filter((r) => r.parent === null)) {
    const { regionGaps } = await graphql(url, 'query($r: ID!) { regionGaps(region: $r) { totals { openings } } }', { r: region.code });
    if (root === null || regionGaps.totals.openings > root.openings) root = { code: region.code, openings: regionGaps.totals.openings };
  }
  const parents = new Set(regions.map((r) => r.parent?.code).filter(Boolean));
  const below = (code) => regions.find((r) => r.code === code)?.parent?.code;
  const inRoot = (code) => {
    for (let c = code; c; c = below(c)) if (c === root.code) return true;
    return false;
  };
  const leaf = regions.find((r) => !parents.has(r.code) && r.code !== root.code && inRoot(r.code))?.code ?? root.code;
  const { role } = await graphql(url, '{ role(id: "ECSF:CISO") { id } }');
  const roleId = role?.id ?? (await graphql(url, '{ frameworks { nodes { roles(first: 1) { nodes { id } } } } }')).frameworks.nodes.flatMap((f) => f.roles.nodes)[0].id;
  return { root: root.code, leaf, role: roleId };
}

/** The request bodies of the runs. */
export function queries(work) {
  return {
    small: `{ role(id: ${JSON.stringify(work.role)}) { title } }`,
    regionGaps:
      `{ regionGaps(region: ${JSON.stringify(work.root)}) { year totals { openings missing shortage covered } ` +
      'rows { competence { code } level demand supply gap accessible status } } }',
    regionGapsTotals: `{ regionGaps(region: ${JSON.stringify(work.root)}) { year totals { openings missing shortage covered } } }`,
    programmes: `{ trainingProgrammes(region: ${JSON.stringify(work.leaf)}, first: 20) { totalCount edges { node { id title seatsPerYear } } } }`,
  };
}

/** True when a response body carries no GraphQL errors. */
export const noErrors = (body) => !body.includes('"errors"');

export const round = (value, digits = 1) => Number(value.toFixed(digits));

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
