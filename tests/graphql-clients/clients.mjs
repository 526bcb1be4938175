// The GraphQL clients people reach for first, run against the API: Apollo Client with InMemoryCache and its
// persisted query link, urql with Graphcache, graphql-request. Each check prints { name, ok, detail }; the
// .NET test (tests/CyberSkillsGraph.Api.Tests/GraphQL/GraphQLClientTests.cs) starts the server and asserts them.
//
//   node clients.mjs http://127.0.0.1:5000/graphql
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client, fetchExchange, gql as urqlGql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { ClientError, request } from 'graphql-request';

const url = process.argv[2];
if (!url || !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) {
  throw new Error('usage: node clients.mjs http://127.0.0.1:<port>/graphql (loopback only)');
}

const EQUIVALENTS = `query Equivalents($id: ID!) {
  equivalents(id: $id) { nodes { element { __typename id } class hops path } } }`;
const COVERAGE = `query Coverage($source: ID!, $target: ID!) {
  frameworkCoverage(source: $source, target: $target) { elements { element { __typename id } class best { target hops path } } } }`;
const ROLE = `query Role($id: ID!) { role(id: $id) { __typename id title mappings { nodes { __typename id status relationship } } } }`;

const checks = [];
async function check(name, run) {
  try {
    const detail = await run();
    checks.push({ name, ok: true, detail: detail ?? null });
  } catch (error) {
    checks.push({ name, ok: false, detail: String(error?.stack ?? error) });
  }
}

function same(label, actual, expected) {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new Error(`${label}: the cached answer differs from the server's\ncached: ${JSON.stringify(actual).slice(0, 400)}\nserver: ${JSON.stringify(expected).slice(0, 400)}`);
  }
}

const apollo = (link) => new ApolloClient({ link: link ?? new HttpLink({ uri: url }), cache: new InMemoryCache() });

/** Asks each variable set from the network, then reads every one back from the cache: a normalising cache must not mix them. */
async function apolloCacheKeepsApart(query, variableSets) {
  const client = apollo();
  const document = gql(query);
  const fromServer = [];
  for (const variables of variableSets) {
    fromServer.push((await client.query({ query: document, variables, fetchPolicy: 'network-only' })).data);
  }
  variableSets.forEach((variables, i) => same(JSON.stringify(variables), client.readQuery({ query: document, variables }), fromServer[i]));
  return `${variableSets.length} answers read back from InMemoryCache unchanged`;
}

await check('apollo: equivalents rows of two queries stay apart in InMemoryCache', () =>
  apolloCacheKeepsApart(EQUIVALENTS, [{ id: 'EUCC' }, { id: 'ISO/IEC 15408-1:2009' }, { id: 'EUCC' }]));

await check('apollo: coverage rows of two framework pairs stay apart in InMemoryCache', () =>
  apolloCacheKeepsApart(COVERAGE, [{ source: 'NICE-V1', target: 'NICE' }, { source: 'NICE', target: 'NICE-V1' }]));

await check('apollo: entities are normalised by their Node id, and node(id) hits the same cache entry', async () => {
  const client = apollo();
  const role = (await client.query({ query: gql(ROLE), variables: { id: 'ECSF:CISO' }, fetchPolicy: 'network-only' })).data.role;
  await client.query({ query: gql(`query { node(id: "ECSF:CISO") { __typename id ... on Role { title } } }`), fetchPolicy: 'network-only' });
  const stored = client.cache.extract();
  if (!stored['Role:ECSF:CISO']) throw new Error('no Role:ECSF:CISO entry in the cache: ' + Object.keys(stored).slice(0, 10).join(', '));
  for (const mapping of role.mappings.nodes) {
    if (!stored[`Mapping:${mapping.id}`]) throw new Error(`mapping ${mapping.id} is not normalised`);
  }
  return `Role:ECSF:CISO and ${role.mappings.nodes.length} Mapping entries`;
});

await check('apollo persisted query link: an unknown hash falls back to the query, then the hash alone is enough', async () => {
  const bodies = [];
  const recordingFetch = async (input, init) => {
    bodies.push(JSON.parse(init.body));
    return fetch(input, init);
  };
  const link = () => new PersistedQueryLink({ sha256: (text) => createHash('sha256').update(text).digest('hex') })
    .concat(new HttpLink({ uri: url, fetch: recordingFetch }));
  const query = gql(`query PersistedRevision { revision }`);
  const first = (await apollo(link()).query({ query, fetchPolicy: 'network-only' })).data;
  const again = (await apollo(link()).query({ query, fetchPolicy: 'network-only' })).data;
  const shapes = bodies.map((b) => (b.query ? 'query+hash' : 'hash'));
  same('revision', again, first);
  if (shapes.join(',') !== 'hash,query+hash,hash') throw new Error(`request sequence ${shapes.join(',')}, expected hash,query+hash,hash`);
  return shapes.join(' -> ');
});

await check('urql with Graphcache: equivalents rows of two queries stay apart', async () => {
  const client = new Client({
    url,
    // Analysis rows and connections are not entities (they have no id): Graphcache keeps them embedded in their parent.
    exchanges: [cacheExchange({ keys: { EquivalenceConnection: () => null, Equivalence: () => null, ElementCoverage: () => null, CoveragePath: () => null } }), fetchExchange],
  });
  const document = urqlGql(EQUIVALENTS);
  const ids = ['EUCC', 'ISO/IEC 15408-1:2009'];
  const fromServer = [];
  for (const id of ids) {
    const result = await client.query(document, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) throw result.error;
    fromServer.push(result.data);
  }
  for (const [i, id] of ids.entries()) {
    const cached = await client.query(document, { id }, { requestPolicy: 'cache-only' }).toPromise();
    same(id, cached.data, fromServer[i]);
  }
  return `${ids.length} answers read back from Graphcache unchanged`;
});

await check('graphql-request: a query answers, and an error carries its code', async () => {
  const data = await request(url, '{ revision }');
  if (typeof data.revision !== 'number') throw new Error('no revision: ' + JSON.stringify(data));
  try {
    await request(url, '{ equivalents(id: "ECF:E.8", maxHops: 6) { nodes { hops } } }');
  } catch (error) {
    if (error instanceof ClientError && error.response.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT') return 'revision and BAD_USER_INPUT';
    throw error;
  }
  throw new Error('maxHops: 6 was accepted');
});

console.log(JSON.stringify({ checks }));
