import { useMemo } from 'react';
import { request, wholeList } from '../api';
import { loadRegions, Status, useLoad } from '../data';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { Link, useLocation } from '../router';
import { heatColumns, loadGaps, loadYears } from './Dashboard';
import { GapBars } from './GapBars';
import { HeatMap } from './HeatMap';

const SourcesDocument = graphql(`
  query Sources {
    datasets(first: 500) { nodes { id title source licence } pageInfo { ...PageInfo } }
    frameworks(first: 500) { nodes { id name version publisher } pageInfo { ...PageInfo } }
  }
`);

/** A printable report of a region's gaps: the browser's print dialog saves it as PDF (see the print stylesheet). */
export function ReportPage() {
  const { t, lang, number } = useI18n();
  const { search } = useLocation();
  const region = search.get('region') ?? 'EU';
  const regions = useLoad(() => loadRegions(), []);
  const years = useLoad((signal) => loadYears(region, signal), [region]);
  const yearParam = Number(search.get('year'));
  const year = years.data?.includes(yearParam) ? yearParam : years.data?.[0];
  const columns = useMemo(() => (regions.data ? heatColumns(regions.data, region) : []), [regions.data, region]);
  const gaps = useLoad(async (signal) => (columns.length && year !== undefined ? loadGaps(columns, year, signal) : null), [columns, year]);
  const sources = useLoad(
    (signal) =>
      request(SourcesDocument, {}, { signal }).then((d) => ({
        datasets: wholeList(d.datasets, 'datasets'),
        frameworks: wholeList(d.frameworks, 'frameworks'),
      })),
    [],
  );
  const main = gaps.data?.main;
  const name = regions.data?.byCode.get(region)?.name ?? region;
  const today = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' }).format(new Date());

  return (
    <article className="report" data-testid="report">
      <div className="no-print report-actions">
        <button type="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>{' '}
        <Link href={`/?region=${encodeURIComponent(region)}`}>{t('common.home')}</Link>
      </div>
      <h1>{t('report.title', { region: `${name} (${region})`, year: year ?? '–' })}</h1>
      <p className="report-date">{t('report.date', { date: today })}</p>
      <Status loaded={gaps.error ? gaps : years} />
      {main && (
        <>
          <section aria-labelledby="report-totals">
            <h2 id="report-totals">{t('dash.totals')}</h2>
            <p data-testid="report-totals">
              {t('totals.openings')} {number(main.totals.openings)} · {t('totals.missing')} {number(main.totals.missing)} · {t('totals.shortage')}{' '}
              {number(main.totals.shortage)} · {t('totals.covered')} {number(main.totals.covered)}
            </p>
          </section>
          <HeatMap rows={main.rows} columns={gaps.data!.heat} selectedKey={null} onSelect={() => {}} />
          <GapBars rows={main.rows} selectedKey={null} onSelect={() => {}} />
        </>
      )}
      {sources.data && (
        <section aria-labelledby="report-sources" data-testid="report-sources">
          <h2 id="report-sources">{t('report.sources')}</h2>
          <ul>
            {sources.data.datasets.map((d) => (
              <li key={d.id}>
                {d.title} — {d.source}
                {d.licence ? ` (${d.licence})` : ''}
              </li>
            ))}
          </ul>
          <h3>{t('report.editions')}</h3>
          <ul>
            {sources.data.frameworks.map((f) => (
              <li key={f.id}>
                {f.name} {f.version ?? ''} {f.publisher ? `· ${f.publisher}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
