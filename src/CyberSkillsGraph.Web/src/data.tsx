// Loading data: a small hook for async requests, and shared look-ups (regions, frameworks).
import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { allPages, request, wholeList } from './api';
import { graphql } from './gql';
import type { FrameworksQuery, RegionsQuery } from './gql/graphql';
import { useI18n } from './i18n';

export interface Loaded<T> {
  data?: T;
  error?: Error;
  loading: boolean;
  reload: () => void;
}

/** Runs load whenever deps change; a newer run wins over an older one still on its way. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      },
      (error: Error) => {
        if (!controller.signal.aborted) setState({ error, loading: false });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

export function Status({ loaded }: { loaded: Pick<Loaded<unknown>, 'error' | 'loading' | 'reload'> }) {
  const { t } = useI18n();
  if (loaded.error) {
    return (
      <div className="notice error" role="alert">
        <span>
          {t('common.error')} {loaded.error.message}
        </span>{' '}
        <button type="button" onClick={loaded.reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (loaded.loading) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return null;
}

// ---- Regions: a tree, shown as EU with its members indented, then Japan ----

export interface RegionTree {
  all: RegionInfo[];
  byCode: Map<string, RegionInfo>;
  children: Map<string, RegionInfo[]>;
  roots: RegionInfo[];
  /** Depth-first order with depth, for pickers. */
  ordered: { region: RegionInfo; depth: number }[];
}

export function buildRegionTree(regions: RegionInfo[]): RegionTree {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const children = new Map<string, RegionInfo[]>();
  const roots: RegionInfo[] = [];
  for (const region of regions) {
    if (region.parent && byCode.has(region.parent.code)) {
      const list = children.get(region.parent.code) ?? [];
      list.push(region);
      children.set(region.parent.code, list);
    } else roots.push(region);
  }
  const byName = (a: RegionInfo, b: RegionInfo) => a.name.localeCompare(b.name, 'en');
  roots.sort((a, b) => (children.has(b.code) ? 1 : 0) - (children.has(a.code) ? 1 : 0) || byName(a, b));
  for (const list of children.values()) list.sort(byName);
  const ordered: { region: RegionInfo; depth: number }[] = [];
  const walk = (region: RegionInfo, depth: number) => {
    ordered.push({ region, depth });
    for (const child of children.get(region.code) ?? []) walk(child, depth + 1);
  };
  roots.forEach((r) => walk(r, 0));
  return { all: regions, byCode, children, roots, ordered };
}

export function ancestorsOf(tree: RegionTree, code: string): RegionInfo[] {
  const result: RegionInfo[] = [];
  let current = tree.byCode.get(code)?.parent?.code;
  while (current && tree.byCode.has(current) && !result.some((r) => r.code === current)) {
    result.push(tree.byCode.get(current)!);
    current = tree.byCode.get(current)!.parent?.code;
  }
  return result;
}

const RegionsDocument = graphql(`
  query Regions($after: String) { regions(first: 500, after: $after) { nodes { code name parent { code } } pageInfo { ...PageInfo } } }
`);

export type RegionInfo = RegionsQuery['regions']['nodes'][number];

let regionsPromise: Promise<RegionTree> | null = null;

export function loadRegions(): Promise<RegionTree> {
  regionsPromise ??= allPages((after) => request(RegionsDocument, { after }).then((d) => d.regions)).then(
    (regions) => buildRegionTree(regions),
    (e) => {
      regionsPromise = null;
      throw e;
    },
  );
  return regionsPromise;
}

export function RegionSelect({
  id,
  tree,
  value,
  onChange,
}: {
  id: string;
  tree: RegionTree;
  value: string;
  onChange: (code: string) => void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {tree.ordered.map(({ region, depth }) => (
        <option key={region.code} value={region.code}>
          {'\u00a0\u00a0\u00a0'.repeat(depth)}
          {region.code} · {region.name}
        </option>
      ))}
    </select>
  );
}

// ---- Frameworks, with their roles and competences ----

const FrameworksDocument = graphql(`
  query Frameworks($after: String) {
    frameworks(first: 500, after: $after) {
      nodes {
        id name kind
        roles(first: 500) { nodes { id title } pageInfo { ...PageInfo } }
        competences(first: 500) { nodes { id code title minLevel maxLevel } pageInfo { ...PageInfo } }
      }
      pageInfo { ...PageInfo }
    }
  }
`);

type FrameworkPage = FrameworksQuery['frameworks']['nodes'][number];

/** A framework with all its roles and competences (each asked for in one page of at most 500). */
export type FrameworkInfo = Omit<FrameworkPage, 'roles' | 'competences'> & {
  roles: FrameworkPage['roles']['nodes'];
  competences: FrameworkPage['competences']['nodes'];
};

let frameworksPromise: Promise<FrameworkInfo[]> | null = null;

export function loadFrameworks(): Promise<FrameworkInfo[]> {
  frameworksPromise ??= allPages((after) => request(FrameworksDocument, { after }).then((d) => d.frameworks)).then(
    (frameworks) =>
      frameworks.map((f) => ({ ...f, roles: wholeList(f.roles, `roles of ${f.id}`), competences: wholeList(f.competences, `competences of ${f.id}`) })),
    (e) => {
      frameworksPromise = null;
      throw e;
    },
  );
  return frameworksPromise;
}

/**
 * Picks a role, grouped by framework. A role from the address that no framework has (a typo, a removed role) stays
 * shown as asked, next to its error, rather than the picker silently showing the first role of the list.
 */
export function RoleSelect({
  id,
  frameworks,
  value,
  onChange,
}: {
  id: string;
  frameworks: FrameworkInfo[];
  value: string;
  onChange: (role: string) => void;
}) {
  const { t } = useI18n();
  const withRoles = frameworks.filter((f) => f.roles.length > 0);
  const known = withRoles.some((f) => f.roles.some((r) => r.id === value));
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {!known && (
        <option value={value} disabled>
          {t('common.unknownRole', { role: value })}
        </option>
      )}
      {withRoles.map((f) => (
        <optgroup key={f.id} label={f.name}>
          {f.roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title} ({r.id})
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
