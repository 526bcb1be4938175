// GraphQL over HTTP against the API's own /graphql, same origin.

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

export async function graphql<T>(query: string, variables?: Record<string, unknown>, options: RequestOptions = {}): Promise<T> {
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
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new GraphQLRequestError([{ message: 'The API cannot be reached.', extensions: { code: 'NETWORK' } }]);
  }
  let body: { data?: T; errors?: GraphQLErrorEntry[] } | undefined;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) throw new GraphQLRequestError(body.errors, response.status);
  if (!response.ok || !body?.data) throw new GraphQLRequestError([], response.status);
  return body.data;
}

/** A page of a Relay connection, as the UI asks for it: its items and where the next page starts. */
export interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The page-info fields every connection query of the UI asks for. */
export const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';

/** Every item of a connection from the cursor `from` on (the start when null), page after page; fetchPage asks for the page after a cursor. */
export async function allPages<T>(fetchPage: (after: string | null) => Promise<Connection<T>>, from: string | null = null): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = from;
  for (;;) {
    const page: Connection<T> = await fetchPage(after);
    items.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return items;
    after = page.pageInfo.endCursor;
  }
}

/** The items of a nested connection asked for in one page: a list longer than the page is an error, never silently cut. */
export function wholeList<T>(connection: Connection<T>, what: string): T[] {
  if (connection.pageInfo.hasNextPage) throw new GraphQLRequestError([{ message: `More ${what} than one page holds.` }]);
  return connection.nodes;
}

// ---- Shapes of the answers the UI reads ----

export type GapStatus = 'MISSING' | 'SHORTAGE' | 'COVERED';
export type CoverageClass = 'EQUAL' | 'FULL' | 'PARTIAL' | 'NONE';

export interface RegionInfo {
  code: string;
  name: string;
  parent: { code: string } | null;
}

export interface CompetenceRef {
  id: string;
  code: string;
  title: string;
}

export interface RoleRef {
  id: string;
  title: string;
}

export interface GapRow {
  competence: CompetenceRef;
  level: number;
  demand: number;
  supply: number;
  partialSupply: number;
  gap: number;
  coverageRatio: number | null;
  accessible: boolean;
  status: GapStatus;
  roles?: RoleRef[];
}

export interface GapTotals {
  openings: number;
  missing: number;
  shortage: number;
  covered: number;
}

export interface CoveragePath {
  target: string;
  class: CoverageClass;
  hops: number;
  minStrength: number | null;
  path: string[];
  /** True when the path follows a proposed mapping (only in a preview that includes proposals). */
  usesProposed?: boolean;
}

export interface Supplier {
  programme: {
    id: string;
    title: string;
    seatsPerYear: number;
    hours: number;
    provider: { id: string; name: string };
    regions: { code: string }[];
  };
  developedCompetence: { id: string; code: string };
  developedLevel: number;
  countsAsSupply: boolean;
  path: { class: CoverageClass; hops: number; path: string[] };
}

export const gapKey = (row: { competence: { id: string }; level: number }) => `${row.competence.id}@${row.level}`;
