import { useMemo } from 'react';
import { allPages, request } from '../api';
import { loadFrameworks, Status, useLoad, type FrameworkInfo } from '../data';
import { graphql } from '../gql';
import type { CoverageClass, CoverageQuery } from '../gql/graphql';
import { useI18n, type TextKey } from '../i18n';
import { setSearch, useLocation } from '../router';
import { ClassBadge } from './ClassBadge';
import { classColours } from './colours';
import { CoverageGraph } from './CoverageGraph';

const CoverageDocument = graphql(`
  query Coverage($source: ID!, $target: ID!, $maxHops: Int, $includeProposed: Boolean) {
    frameworkCoverage(source: $source, target: $target, maxHops: $maxHops, includeProposed: $includeProposed) {
      elements { element { id } kind class best { target class hops minStrength path usesProposed } }
      shares { kind total equal full partial none equalShare fullShare partialShare noneShare }
    }
    mappings(first: 500) { nodes { ...MappingEdge } pageInfo { ...PageInfo } }
  }
  fragment MappingEdge on Mapping { source target relationship strength status }
`);

const MappingsDocument = graphql(`
  query Mappings($after: String) { mappings(first: 500, after: $after) { nodes { ...MappingEdge } pageInfo { ...PageInfo } } }
`);

type Row = CoverageQuery['frameworkCoverage']['elements'][number];

/** A coverage row keyed by its element's id (rows are not entities: each points at its element). */
export type ElementCoverage = Omit<Row, 'element'> & { id: string };

export type MappingEdge = CoverageQuery['mappings']['nodes'][number];

const CLASSES: CoverageClass[] = ['EQUAL', 'FULL', 'PARTIAL', 'NONE'];

async function loadCoverage(source: string, target: string, maxHops: number, includeProposed: boolean, signal: AbortSignal) {
  const data = await request(CoverageDocument, { source, target, maxHops, includeProposed }, { signal });
  const elements: ElementCoverage[] = data.frameworkCoverage.elements.map(({ element, ...row }) => ({ ...row, id: element.id }));
  // Every mapping: the first page came with the report, any further ones follow.
  const more = data.mappings.pageInfo.hasNextPage
    ? await allPages((after) => request(MappingsDocument, { after }, { signal }).then((d) => d.mappings), data.mappings.pageInfo.endCursor)
    : [];
  return { report: { ...data.frameworkCoverage, elements }, mappings: [...data.mappings.nodes, ...more] };
}

function defaultTarget(frameworks: FrameworkInfo[], source: string): string {
  const preferred = ['SECBOK', 'NICE', 'DSS-P', 'ECSF'].find((id) => id !== source && frameworks.some((f) => f.id === id));
  return preferred ?? frameworks.find((f) => f.id !== source)?.id ?? source;
}

export function CoverageView() {
  const { t, number, percent } = useI18n();
  const { search } = useLocation();
  const frameworks = useLoad(() => loadFrameworks(), []);
  const list = frameworks.data ?? [];
  const source = search.get('source') ?? 'ECSF';
  const target = search.get('target') ?? defaultTarget(list, source);
  const maxHops = Math.min(5, Math.max(1, Number(search.get('maxHops')) || 3));
  const same = source === target;
  const preview = search.get('proposed') === '1';

  const coverage = useLoad(
    async (signal) => (frameworks.data && !same ? loadCoverage(source, target, maxHops, preview, signal) : null),
    [frameworks.data, source, target, maxHops, preview],
  );
  const report = coverage.data?.report;
  const titles = useMemo(() => {
    const map = new Map<string, string>();
    for (const f of frameworks.data ?? []) {
      for (const r of f.roles) map.set(r.id, r.title);
      for (const c of f.competences) map.set(c.id, `${c.code} ${c.title}`);
    }
    return map;
  }, [frameworks.data]);
  const sourceFramework = list.find((f) => f.id === source);
  const targetFramework = list.find((f) => f.id === target);

  return (
    <div className="coverage">
      <h1>{t('cov.heading')}</h1>
      <p className="intro">{t('cov.intro')}</p>
      <Status loaded={frameworks} />
      {frameworks.data && (
        <form className="controls" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="cov-source">{t('cov.source')}</label>
            <select id="cov-source" value={source} onChange={(e) => setSearch({ source: e.target.value })}>
              {list.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.id} · {f.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="cov-target">{t('cov.target')}</label>
            <select id="cov-target" value={target} onChange={(e) => setSearch({ target: e.target.value })}>
              {list.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.id} · {f.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field narrow">
            <label htmlFor="cov-hops">{t('cov.maxHops')}</label>
            <select id="cov-hops" value={maxHops} onChange={(e) => setSearch({ maxHops: e.target.value })}>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="field checkbox">
            <input
              id="cov-proposed"
              type="checkbox"
              checked={preview}
              onChange={(e) => setSearch({ proposed: e.target.checked ? '1' : undefined })}
            />
            <label htmlFor="cov-proposed">{t('cov.includeProposed')}</label>
          </div>
        </form>
      )}
      {preview && (
        <p className="notice" data-testid="coverage-preview">
          {t('cov.previewNotice')}
        </p>
      )}
      {same && <p className="notice">{t('cov.sameFramework')}</p>}
      <Status loaded={coverage} />
      {report && sourceFramework && targetFramework && (
        <>
          <section className="panel" aria-labelledby="shares-heading" data-testid="coverage-shares">
            <h2 id="shares-heading">{t('cov.shares')}</h2>
            {report.shares.every((s) => s.total === 0) && <p>{t('cov.noElements')}</p>}
            <div className="shares">
              {report.shares
                .filter((s) => s.total > 0)
                .map((s) => (
                  <div className="share" key={s.kind}>
                    <h3>
                      {t(`cov.kind.${s.kind.toLowerCase()}` as TextKey)} <span className="sub">{t('cov.total', { n: number(s.total) })}</span>
                    </h3>
                    <div className="stack" aria-hidden="true">
                      {CLASSES.map((c) => {
                        const share = s[`${c.toLowerCase()}Share` as 'equalShare'];
                        return share > 0 ? (
                          <span key={c} style={{ width: `${share * 100}%`, background: classColours[c] }} title={t(`class.${c}`)} />
                        ) : null;
                      })}
                    </div>
                    <dl className="share-list">
                      {CLASSES.map((c) => {
                        const key = c.toLowerCase() as 'equal';
                        return (
                          <div key={c} data-class={c}>
                            <dt>
                              <ClassBadge value={c} />
                            </dt>
                            <dd>
                              {number(s[key])} ({percent(s[`${key}Share` as 'equalShare'])})
                            </dd>
                          </div>
                        );
                      })}
                    </dl>
                  </div>
                ))}
            </div>
          </section>

          <section className="panel" aria-labelledby="graph-heading">
            <h2 id="graph-heading">{t('cov.graph')}</h2>
            <p className="hint">{t('cov.graphHint')}</p>
            <CoverageGraph
              source={sourceFramework}
              target={targetFramework}
              elements={report.elements}
              mappings={coverage.data!.mappings}
              titles={titles}
            />
          </section>

          <section className="panel" aria-labelledby="elements-heading">
            <h2 id="elements-heading">{t('cov.elements')}</h2>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="elements-heading">
              <table className="data-table" data-testid="coverage-elements">
                <thead>
                  <tr>
                    <th scope="col">{t('cov.element')}</th>
                    <th scope="col">{t('cov.class')}</th>
                    <th scope="col">{t('cov.best')}</th>
                    <th scope="col" className="num">
                      {t('cov.hops')}
                    </th>
                    <th scope="col">{t('cov.path')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.elements.map((e) => (
                    <tr key={e.id}>
                      <td>
                        <span className="programme-title">{titles.get(e.id) ?? e.id}</span>
                        <span className="sub">
                          <code>{e.id}</code>
                        </span>
                      </td>
                      <td>
                        <ClassBadge value={e.class} />
                      </td>
                      <td>{e.best ? titles.get(e.best.target) ?? e.best.target : '–'}</td>
                      <td className="num">{e.best ? e.best.hops : '–'}</td>
                      <td className="path">
                        {e.best ? e.best.path.join(' → ') : '–'}
                        {e.best?.usesProposed && <span className="proposed-tag"> {t('cov.viaProposal')}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
