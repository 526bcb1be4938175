import { graphql, type GapStatus } from '../api';
import { Status, useLoad } from '../data';
import { useI18n } from '../i18n';

interface Point {
  year: number;
  demand: number;
  supply: number;
  gap: number;
  status: GapStatus | null;
}

const WIDTH = 420;
const HEIGHT = 180;
const PAD = { left: 48, right: 12, top: 12, bottom: 28 };
const SERIES = [
  { key: 'demand', colour: '#1f4e79' },
  { key: 'supply', colour: '#2e7d32' },
  { key: 'gap', colour: '#c62828' },
] as const;

/** gapTrend of one row as a line chart, years on the axis, with the same numbers in a table for screen readers. */
export function TrendChart({ region, competence, level }: { region: string; competence: string; level: number }) {
  const { t, number } = useI18n();
  const trend = useLoad(
    (signal) =>
      graphql<{ gapTrend: { points: Point[] } }>(
        `query Trend($region: ID!, $competence: ID!, $level: Int!) {
          gapTrend(region: $region, competence: $competence, level: $level) { points { year demand supply gap status } } }`,
        { region, competence, level },
        { signal },
      ).then((d) => d.gapTrend.points),
    [region, competence, level],
  );
  const points = trend.data ?? [];
  const max = Math.max(1, ...points.flatMap((p) => [p.demand, p.supply, p.gap]));
  const x = (i: number) => PAD.left + (points.length <= 1 ? (WIDTH - PAD.left - PAD.right) / 2 : (i * (WIDTH - PAD.left - PAD.right)) / (points.length - 1));
  const y = (v: number) => PAD.top + (1 - v / max) * (HEIGHT - PAD.top - PAD.bottom);

  return (
    <section className="trend" aria-labelledby="trend-heading" data-testid="trend-chart">
      <h3 id="trend-heading">{t('trend.heading')}</h3>
      <Status loaded={trend} />
      {trend.data && (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('trend.label')} className="trend-svg">
            <line x1={PAD.left} y1={y(0)} x2={WIDTH - PAD.right} y2={y(0)} className="axis" />
            <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={y(0)} className="axis" />
            <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" className="tick">
              {number(max)}
            </text>
            <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" className="tick">
              0
            </text>
            {points.map((p, i) => (
              <text key={p.year} x={x(i)} y={HEIGHT - 8} textAnchor="middle" className="tick year" data-testid="trend-year">
                {p.year}
              </text>
            ))}
            {SERIES.map((s) => (
              <g key={s.key} data-series={s.key}>
                <polyline fill="none" stroke={s.colour} strokeWidth={2} points={points.map((p, i) => `${x(i)},${y(p[s.key])}`).join(' ')} />
                {points.map((p, i) => (
                  <circle key={p.year} cx={x(i)} cy={y(p[s.key])} r={3} fill={s.colour} />
                ))}
              </g>
            ))}
          </svg>
          <ul className="legend trend-legend">
            {SERIES.map((s) => (
              <li key={s.key}>
                <span className="swatch" style={{ background: s.colour }} aria-hidden="true" /> {t(`gap.${s.key}`)}
              </li>
            ))}
          </ul>
          <table className="visually-hidden">
            <caption>{t('trend.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dash.year')}</th>
                <th scope="col">{t('gap.demand')}</th>
                <th scope="col">{t('gap.supply')}</th>
                <th scope="col">{t('gap.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.year}>
                  <th scope="row">{p.year}</th>
                  <td>{number(p.demand)}</td>
                  <td>{number(p.supply)}</td>
                  <td>{number(p.gap)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
