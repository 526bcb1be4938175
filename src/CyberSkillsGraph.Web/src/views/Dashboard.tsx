import { useEffect, useMemo, useRef, useState } from 'react';
import { gapKey, request } from '../api';
import { ancestorsOf, loadRegions, RegionSelect, Status, useLoad, type RegionInfo, type RegionTree } from '../data';
import { graphql } from '../gql';
import type { CompareGapsQueryVariables, GapRowFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { download, gapsCsv } from '../csv';
import { Link, setSearch, useLocation } from '../router';
import { GapBars } from './GapBars';
import { GapDetail } from './GapDetail';
import { HeatMap, type HeatCell, type HeatColumn } from './HeatMap';
import { RegionTrendChart } from './RegionTrendChart';
import { ScenarioPanel } from './ScenarioPanel';
import type { ScenarioResult } from './scenarios';
import { TrendChart } from './TrendChart';

const YearsDocument = graphql(`
  query Years($region: ID!) { region(code: $region) { demandYears } }
`);

const GapsDocument = graphql(`
  query Gaps($region: ID!, $year: Int) {
    regionGaps(region: $region, year: $year) { year totals { ...GapTotals } rows { ...GapRow } }
  }
`);

/**
 * Up to six regions per request for the heat map's other columns (the API limits how complex one query may be);
 * slots a request does not use are left out with @include, so every request is this one typed document.
 */
const CompareGapsDocument = graphql(`
  query CompareGaps(
    $year: Int
    $r0: ID!
    $r1: ID! = ""
    $r2: ID! = ""
    $r3: ID! = ""
    $r4: ID! = ""
    $r5: ID! = ""
    $with1: Boolean! = false
    $with2: Boolean! = false
    $with3: Boolean! = false
    $with4: Boolean! = false
    $with5: Boolean! = false
  ) {
    c0: regionGaps(region: $r0, year: $year) { ...ComparedRows }
    c1: regionGaps(region: $r1, year: $year) @include(if: $with1) { ...ComparedRows }
    c2: regionGaps(region: $r2, year: $year) @include(if: $with2) { ...ComparedRows }
    c3: regionGaps(region: $r3, year: $year) @include(if: $with3) { ...ComparedRows }
    c4: regionGaps(region: $r4, year: $year) @include(if: $with4) { ...ComparedRows }
    c5: regionGaps(region: $r5, year: $year) @include(if: $with5) { ...ComparedRows }
  }
  fragment ComparedRows on RegionGapReport { rows { competence { id } level demand supply gap status } }
`);

const SuppliersDocument = graphql(`
  query Suppliers($region: ID!, $year: Int) {
    regionGaps(region: $region, year: $year) { rows { competence { id } level suppliers { ...Supplier } } }
  }
`);

/**
 * The regions compared in the heat map: the chosen one, its children, its ancestors, the other top-level
 * regions, then every other region in tree order (so Japan is compared with the EU and its members too).
 */
export function heatColumns(tree: RegionTree, code: string): RegionInfo[] {
  const chosen = tree.byCode.get(code);
  if (!chosen) return [];
  const list = [
    chosen,
    ...(tree.children.get(code) ?? []),
    ...ancestorsOf(tree, code),
    ...tree.roots,
    ...tree.ordered.map((o) => o.region),
  ];
  return list.filter((r, i) => list.findIndex((o) => o.code === r.code) === i);
}

export async function loadYears(region: string, signal: AbortSignal): Promise<number[]> {
  const data = await request(YearsDocument, { region }, { signal });
  return data.region?.demandYears ?? [];
}

/** Regions per request for the heat map's other columns: the slots of CompareGaps. */
const COLUMNS_PER_REQUEST = 6;

export async function loadGaps(columns: RegionInfo[], year: number, signal: AbortSignal) {
  const main = request(GapsDocument, { region: columns[0].code, year }, { signal }).then((d) => d.regionGaps);

  const others = columns.slice(1);
  const chunks: RegionInfo[][] = [];
  for (let i = 0; i < others.length; i += COLUMNS_PER_REQUEST) chunks.push(others.slice(i, i + COLUMNS_PER_REQUEST));
  const compared = chunks.map(async (chunk) => {
    const variables: CompareGapsQueryVariables = { year, r0: chunk[0].code };
    chunk.slice(1).forEach((column, i) => Object.assign(variables, { [`r${i + 1}`]: column.code, [`with${i + 1}`]: true }));
    const data = await request(CompareGapsDocument, variables, { signal });
    const reports = [data.c0, data.c1, data.c2, data.c3, data.c4, data.c5];
    return chunk.map((region, i) => ({ region, rows: reports[i]!.rows }));
  });

  const [report, rest] = await Promise.all([main, Promise.all(compared)]);
  const all: { region: RegionInfo; rows: (HeatCell & { competence: { id: string }; level: number })[] }[] = [
    { region: columns[0], rows: report.rows },
    ...rest.flat(),
  ];
  // Regions without any demand that year would only add empty columns.
  const heat: HeatColumn[] = all
    .map(({ region, rows }) => ({ region, rows: new Map(rows.map((row) => [gapKey(row), row])) }))
    .filter((column, i) => i === 0 || column.rows.size > 0);
  return { main: report, heat };
}

export async function loadSuppliers(region: string, year: number, signal?: AbortSignal) {
  const data = await request(SuppliersDocument, { region, year }, { signal });
  return new Map(data.regionGaps.rows.map((row) => [gapKey(row), row.suppliers]));
}

export function Dashboard() {
  const { t, number } = useI18n();
  const { search } = useLocation();
  const regions = useLoad(() => loadRegions(), []);
  const tree = regions.data;
  const region = search.get('region') ?? 'EU';
  const yearParam = Number(search.get('year'));
  const selectedKey = search.get('gap');

  const years = useLoad((signal) => loadYears(region, signal), [region]);
  const year = years.data?.includes(yearParam) ? yearParam : years.data?.[0];
  const columns = useMemo(() => (tree ? heatColumns(tree, region) : []), [tree, region]);

  const gaps = useLoad(
    async (signal) => (columns.length && year !== undefined ? loadGaps(columns, year, signal) : null),
    [columns, year],
  );
  const main = gaps.data?.main;
  const selected = main?.rows.find((r) => gapKey(r) === selectedKey);

  const suppliers = useLoad(
    async (signal) => (selected && year !== undefined ? loadSuppliers(region, year, signal) : null),
    [region, year, selected !== undefined],
  );

  // The scenario answer belongs to one region and year; a change of either drops it.
  const [scenario, setScenario] = useState<{ key: string; result: ScenarioResult } | null>(null);
  const scenarioResult = scenario?.key === `${region}|${year}` ? scenario.result : null;
  const downloadCsv = () =>
    main && download(`gaps-${region}-${year}${scenarioResult ? '-scenario' : ''}.csv`, gapsCsv(main.rows, scenarioResult?.rows));

  const detailRef = useRef<HTMLElement>(null);
  const pendingFocus = useRef(false);
  const select = (row: GapRowFragment) => {
    pendingFocus.current = true;
    setSearch({ gap: gapKey(row) });
  };
  useEffect(() => {
    if (selected && pendingFocus.current) {
      pendingFocus.current = false;
      const heading = detailRef.current?.querySelector('h2');
      heading?.focus({ preventScroll: true });
      detailRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }, [selected]);

  if (!tree) return <Status loaded={regions} />;
  if (!tree.byCode.has(region)) {
    return (
      <div className="notice error" role="alert">
        {t('dash.region')}: {region}?{' '}
        <button type="button" onClick={() => setSearch({ region: undefined, year: undefined, gap: undefined })}>
          {t('common.home')}
        </button>
      </div>
    );
  }

  return (
    <div className="dashboard">
      <h1>{t('dash.heading')}</h1>
      <p className="intro">{t('dash.intro')}</p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="dash-region">{t('dash.region')}</label>
          <RegionSelect
            id="dash-region"
            tree={tree}
            value={region}
            onChange={(code) => setSearch({ region: code, year: undefined, gap: undefined })}
          />
        </div>
        <div className="field">
          <label htmlFor="dash-year">{t('dash.year')}</label>
          <select
            id="dash-year"
            value={year ?? ''}
            disabled={!years.data?.length}
            onChange={(e) => setSearch({ year: e.target.value, gap: undefined })}
          >
            {(years.data ?? []).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field actions">
          <button type="button" onClick={downloadCsv} disabled={!main}>
            {scenarioResult ? t('dash.csvScenario') : t('dash.csv')}
          </button>{' '}
          <Link href={`/report?region=${encodeURIComponent(region)}${year ? `&year=${year}` : ''}`}>{t('dash.report')}</Link>
        </div>
      </form>

      <Status loaded={years.error ? years : gaps} />
      {years.data && years.data.length === 0 && <p className="notice">{t('dash.noRows')}</p>}

      {main && (
        <>
          <section aria-labelledby="totals-heading" className="totals" data-testid="totals">
            <h2 id="totals-heading" className="visually-hidden">
              {t('dash.totals')}
            </h2>
            <dl>
              <div className="total">
                <dt>{t('totals.openings')}</dt>
                <dd>{number(main.totals.openings)}</dd>
              </div>
              <div className="total status-missing">
                <dt>{t('totals.missing')}</dt>
                <dd>{number(main.totals.missing)}</dd>
              </div>
              <div className="total status-shortage">
                <dt>{t('totals.shortage')}</dt>
                <dd>{number(main.totals.shortage)}</dd>
              </div>
              <div className="total status-covered">
                <dt>{t('totals.covered')}</dt>
                <dd>{number(main.totals.covered)}</dd>
              </div>
            </dl>
          </section>

          {main.rows.length === 0 ? (
            <p className="notice">{t('dash.noRows')}</p>
          ) : (
            <>
              <HeatMap
                key={region}
                rows={main.rows}
                columns={gaps.data!.heat}
                selectedKey={selectedKey}
                onSelect={select}
              />
              <div className="dash-grid">
                <GapBars rows={main.rows} selectedKey={selectedKey} onSelect={select} />
                <section ref={detailRef} className="panel detail" aria-labelledby="detail-heading" data-testid="gap-detail">
                  {selected ? (
                    <>
                      <GapDetail
                        row={selected}
                        suppliers={suppliers.data?.get(gapKey(selected))}
                        loaded={suppliers}
                        onClose={() => setSearch({ gap: undefined })}
                      />
                      <div className="trend-pair">
                        <TrendChart region={region} competence={selected.competence.id} level={selected.level} />
                        <RegionTrendChart region={region} />
                      </div>
                    </>
                  ) : (
                    <>
                      <h2 id="detail-heading" tabIndex={-1}>
                        {t('detail.roles')} · {t('detail.suppliers')}
                      </h2>
                      <p className="hint">{t('detail.hint')}</p>
                      <RegionTrendChart region={region} />
                    </>
                  )}
                </section>
              </div>
              {year !== undefined && (
                <ScenarioPanel
                  key={`${region}|${year}`}
                  region={region}
                  year={year}
                  selected={selected}
                  onResult={(result) => setScenario(result ? { key: `${region}|${year}`, result } : null)}
                />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
