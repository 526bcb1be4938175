import { graphql } from '../api';
import { useLoad } from '../data';
import { LineChart, type YearPoint } from './LineChart';

/** gapTrend of one row: demand, supply and gap of a competence at a level, per year. */
export function TrendChart({ region, competence, level }: { region: string; competence: string; level: number }) {
  const trend = useLoad(
    (signal) =>
      graphql<{ gapTrend: { points: YearPoint[] } }>(
        `query Trend($region: String!, $competence: ID!, $level: Int!) {
          gapTrend(region: $region, competence: $competence, level: $level) { points { year demand supply gap } } }`,
        { region, competence, level },
        { signal },
      ).then((d) => d.gapTrend.points),
    [region, competence, level],
  );
  return <LineChart id="trend-chart" heading="trend.heading" label="trend.label" loaded={trend} />;
}
