// GraphQL over HTTP against the API's own /graphql, same origin.
import { graphql } from './gql';
import type { TypedDocumentString } from './gql/graphql';

/** A problem the API found in an input, with the JSON path of the field (as in dataset documents). */
export interface Problem {
  path: string;
  message: string;
}

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; problems?: Problem[]; [key: string]: unknown };
}

/** A request that came back with errors: the first message, its code and every input problem. */
export class GraphQLRequestError extends Error {
  readonly code: string | undefined;
  readonly problems: Problem[];
  readonly errors: GraphQLErrorEntry[];

  constructor(errors: GraphQLErrorEntry[], status?: number) {
    super(errors.map((e) => e.message).join(' ') || `The API answered ${status ?? 'with an error'}.`);
    this.name = 'GraphQLRequestError';
    this.errors = errors;
    this.code = errors.find((e) => e.extensions?.code)?.extensions?.code;
    this.problems = errors.flatMap((e) => e.extensions?.problems ?? []);
  }
}

export interface RequestOptions {
  token?: string;
  signal?: AbortSignal;
}

/**
 * Sends one typed operation (written with graphql() from ./gql, typed by `npm run codegen` from schema/schema.graphql)
 * and gives back its data, typed as the operation asks for it.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    // Plain JSON: errors come back with 200 and their details in the body, never as a failed load.
    accept: 'application/json',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new GraphQLRequestError([{ message: 'The API cannot be reached.', extensions: { code: 'NETWORK' } }]);
  }
  let body: { data?: TResult; errors?: GraphQLErrorEntry[] } | undefined;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) throw new GraphQLRequestError(body.errors, response.status);
  if (!response.ok || !body?.data) throw new GraphQLRequestError([], response.status);
  return body.data;
}

/** A page of a Relay connection as the UI asks for it: its items and where the next page starts (the PageInfo fragment). */
export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every item of a connection from the cursor `from` on (the start when null), page after page; fetchPage asks for the page after a cursor. */
export async function allPages<T>(fetchPage: (after: string | null) => Promise<Page<T>>, from: string | null = null): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = from;
  for (;;) {
    const page: Page<T> = await fetchPage(after);
    items.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return items;
    after = page.pageInfo.endCursor;
  }
}

/** The items of a nested connection asked for in one page: a list longer than the page is an error, never silently cut. */
export function wholeList<T>(connection: Page<T>, what: string): T[] {
  if (connection.pageInfo.hasNextPage) throw new GraphQLRequestError([{ message: `More ${what} than one page holds.` }]);
  return connection.nodes;
}

// ---- Selections several views share; their types (GapRowFragment, ...) are generated into ./gql/graphql ----

export const GapRowFields = graphql(`
  fragment GapRow on SkillGap {
    competence { id code title }
    level demand supply partialSupply gap coverageRatio accessible status
    roles { id title }
  }
`);

/** A problem with a mutation's input (a payload's userErrors): field is the path into the input, such as ["input", "regions", "0"]. */
export const UserErrorFields = graphql(`
  fragment UserError on UserError { field code message }
`);

export const PageInfoFields = graphql(`
  fragment PageInfo on PageInfo { hasNextPage endCursor }
`);

export const GapTotalsFields = graphql(`
  fragment GapTotals on GapTotals { openings missing shortage covered }
`);

export const SupplierFields = graphql(`
  fragment Supplier on Supplier {
    programme { id title seatsPerYear hours provider { id name } regions { code } }
    developedCompetence { id code }
    developedLevel countsAsSupply
    path { class hops path }
  }
`);

export const RequirementFields = graphql(`
  fragment Requirement on Requirement { competence { id code title } level }
`);

export const gapKey = (row: { competence: { id: string }; level: number }) => `${row.competence.id}@${row.level}`;
