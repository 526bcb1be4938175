// The GraphQL clients people reach for first, run against the API: Apollo Client with InMemoryCache and its
// persisted query link, urql with Graphcache, graphql-request. Each check prints { name, ok, detail }; the
// .NET test (tests/CyberSkillsGraph.Api.Tests/GraphQL/GraphQLClientTests.cs) starts the server and asserts them.
//
//   node clients.mjs http://127.0.0.1:5000/graphql STANDARDS_TOKEN REVIEWER_TOKEN PROVIDER_TOKEN
//
// The three access tokens (a standards body, a second standards body that reviews, a provider) let the mutation
// checks write: a mutation's payload carries the changed record, and the cache must update from it alone.
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client, fetchExchange, gql as urqlGql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { ClientError, request } from 'graphql-request';

const [url, standardsToken, reviewerToken, providerToken] = process.argv.slice(2);
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
const authorized = (token) => apollo(new HttpLink({ uri: url, headers: { authorization: `Bearer ${token}` } }));

/** Runs a mutation and returns its payload; userErrors or a top-level error fail the check. */
async function mutate(client, mutation, variables, field) {
  const payload = (await client.mutate({ mutation: gql(mutation), variables })).data[field];
  if (payload.userErrors.length) throw new Error(`${field}: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

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

await check('apollo: approveMapping updates the cached Role.mappings from its payload, without a refetch', async () => {
  const author = authorized(standardsToken);
  const reviewer = authorized(reviewerToken);
  const proposed = await mutate(author, `mutation Propose($input: MappingInput!) {
    upsertMapping(input: $input) { mapping { __typename id status } userErrors { field code message } } }`,
  { input: { source: 'ECSF:PENTESTER', target: 'ECSF:AUDITOR', relationship: 'INTERSECTS_WITH', strength: 3, rationale: 'FUNCTIONAL' } }, 'upsertMapping');
  const cachedBefore = (await reviewer.query({ query: gql(ROLE), variables: { id: 'ECSF:PENTESTER' }, fetchPolicy: 'network-only' })).data.role;
  if (cachedBefore.mappings.nodes.find((m) => m.id === proposed.mapping.id)?.status !== 'PROPOSED') throw new Error('the proposal is not in Role.mappings');
  await mutate(reviewer, `mutation Approve($input: ApproveMappingInput!) {
    approveMapping(input: $input) { mapping { __typename id status relationship } userErrors { field code message } } }`,
  { input: { source: 'ECSF:PENTESTER', target: 'ECSF:AUDITOR' } }, 'approveMapping');
  const cached = reviewer.readQuery({ query: gql(ROLE), variables: { id: 'ECSF:PENTESTER' } });
  const server = (await apollo().query({ query: gql(ROLE), variables: { id: 'ECSF:PENTESTER' }, fetchPolicy: 'network-only' })).data;
  same('role after approveMapping', cached, server);
  return `${proposed.mapping.id}: PROPOSED -> APPROVED in the cache`;
});

await check('apollo: retireTrainingProgramme updates the cached programme from its payload, without a refetch', async () => {
  const provider = authorized(providerToken);
  const registered = await mutate(provider, `mutation Register($input: TrainingProgrammeInput!) {
    registerTrainingProgramme(input: $input) { trainingProgramme { __typename id title retired version } userErrors { field code message } } }`,
  { input: { title: 'Cache check', regions: ['DE'], seatsPerYear: 3, hours: 8, develops: [{ competence: 'ECF:D.1', level: 5 }] } }, 'registerTrainingProgramme');
  const PROGRAMME = `query Programme($id: ID!) { trainingProgramme(id: $id) { __typename id title retired version } }`;
  const id = registered.trainingProgramme.id;
  await provider.query({ query: gql(PROGRAMME), variables: { id }, fetchPolicy: 'network-only' });
  await mutate(provider, `mutation Retire($input: RetireTrainingProgrammeInput!) {
    retireTrainingProgramme(input: $input) { trainingProgramme { __typename id retired version } userErrors { field code message } } }`,
  { input: { id } }, 'retireTrainingProgramme');
  const cached = provider.readQuery({ query: gql(PROGRAMME), variables: { id } });
  const server = (await apollo().query({ query: gql(PROGRAMME), variables: { id }, fetchPolicy: 'network-only' })).data;
  same('programme after retireTrainingProgramme', cached, server);
  if (cached.trainingProgramme.retired !== true) throw new Error('the cached programme is not retired');
  return `${id}: retired in the cache`;
});

await check('apollo: a refused mutation answers userErrors with paths into its input and writes nothing', async () => {
  const provider = authorized(providerToken);
  const revision = async () => (await apollo().query({ query: gql('query Revision { revision }'), fetchPolicy: 'network-only' })).data.revision;
  const before = await revision();
  const payload = (await provider.mutate({
    mutation: gql(`mutation Register($input: TrainingProgrammeInput!) {
      registerTrainingProgramme(input: $input) { trainingProgramme { id } userErrors { field code message } } }`),
    variables: { input: { title: 'Nowhere', regions: ['ATLANTIS'], seatsPerYear: 3, hours: 8, develops: [{ competence: 'ECF:D.1', level: 5 }] } },
  })).data.registerTrainingProgramme;
  const errors = payload.userErrors.map(({ field, code, message }) => ({ field, code, message }));
  same('userErrors', { programme: payload.trainingProgramme, errors }, {
    programme: null, errors: [{ field: ['input', 'regions', '0'], code: 'INVALID', message: "unknown region 'ATLANTIS'" }] });
  if ((await revision()) !== before) throw new Error('the revision changed');
  return 'input.regions.0 INVALID, revision unchanged';
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
