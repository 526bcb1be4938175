import { useEffect, useMemo, useRef, useState } from 'react';
import { allPages, gapKey, graphql, PAGE_INFO, type Connection, type GapRow, type GapTotals, type RegionInfo, type Supplier } from '../api';
import { ancestorsOf, loadRegions, RegionSelect, Status, useLoad, type RegionTree } from '../data';
import { useI18n } from '../i18n';
import { download, gapsCsv } from '../csv';
import { Link, setSearch, useLocation } from '../router';
import { GapBars } from './GapBars';
import { GapDetail } from './GapDetail';
import { HeatMap, type HeatColumn } from './HeatMap';
import { ScenarioPanel, type ScenarioResult } from './ScenarioPanel';
import { TrendChart } from './TrendChart';

const ROW_FIELDS = 'competence { id code title } level demand supply partialSupply gap coverageRatio accessible status';

interface MainReport {
  year: number | null;
  totals: GapTotals;
  rows: GapRow[];
}

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
  const demand = await allPages((after) =>
    graphql<{ demand: Connection<{ year: number }> }>(
      `query Years($region: ID, $after: String) { demand(region: $region, first: 500, after: $after) { nodes { year } ${PAGE_INFO} } }`,
      { region, after },
      { signal },
    ).then((d) => d.demand),
  );
  return [...new Set(demand.map((d) => d.year))].sort((a, b) => b - a);
}

/** Regions per request for the heat map's other columns: the API limits how complex one query may be. */
const COLUMNS_PER_REQUEST = 6;

export async function loadGaps(columns: RegionInfo[], year: number, signal: AbortSignal) {
  const main = graphql<{ regionGaps: MainReport }>(
    `query Gaps($region: ID!, $year: Int) { regionGaps(region: $region, year: $year) {
      year totals { openings missing shortage covered } rows { ${ROW_FIELDS} roles { id title } } } }`,
    { region: columns[0].code, year },
    { signal },
  ).then((d) => d.regionGaps);

  const others = columns.slice(1);
  const chunks: RegionInfo[][] = [];
  for (let i = 0; i < others.length; i += COLUMNS_PER_REQUEST) chunks.push(others.slice(i, i + COLUMNS_PER_REQUEST));
  const compared = chunks.map(async (chunk) => {
    const variables: Record<string, unknown> = { year };
    const definitions = ['$year: Int'];
    const fields = chunk.map((column, i) => {
      variables[`r${i}`] = column.code;
      definitions.push(`$r${i}: ID!`);
      return `c${i}: regionGaps(region: $r${i}, year: $year) { rows { competence { id } level demand supply gap status } }`;
    });
    const data = await graphql<Record<string, { rows: GapRow[] }>>(
      `query CompareGaps(${definitions.join(', ')}) { ${fields.join(' ')} }`,
      variables,
      { signal },
    );
    return chunk.map((region, i) => ({ region, rows: data[`c${i}`].rows }));
  });

  const [report, ...rest] = await Promise.all([main, ...compared]);
  const mainReport = report as MainReport;
  const all = [{ region: columns[0], rows: mainReport.rows }, ...(rest as { region: RegionInfo; rows: GapRow[] }[][]).flat()];
  // Regions without any demand that year would only add empty columns.
  const heat: HeatColumn[] = all
    .map(({ region, rows }) => ({ region, rows: new Map(rows.map((row) => [gapKey(row), row])) }))
    .filter((column, i) => i === 0 || column.rows.size > 0);
  return { main: mainReport, heat };
}

export async function loadSuppliers(region: string, year: number, signal?: AbortSignal) {
  const data = await graphql<{ regionGaps: { rows: (Pick<GapRow, 'competence' | 'level'> & { suppliers: Supplier[] })[] } }>(
    `query Suppliers($region: ID!, $year: Int) { regionGaps(region: $region, year: $year) { rows { competence { id } level
      suppliers { programme { id title seatsPerYear hours provider { id name } regions { code } }
        developedCompetence { id code } developedLevel countsAsSupply path { class hops path } } } } }`,
    { region, year },
    { signal },
  );
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
  const select = (row: GapRow) => {
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
                      <TrendChart region={region} competence={selected.competence.id} level={selected.level} />
                    </>
                  ) : (
                    <>
                      <h2 id="detail-heading" tabIndex={-1}>
                        {t('detail.roles')} · {t('detail.suppliers')}
                      </h2>
                      <p className="hint">{t('detail.hint')}</p>
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
