import { graphql } from '../api';
import { useLoad } from '../data';
import { LineChart, type YearPoint } from './LineChart';

/** regionTrend: the region's summed demand, supply and gap over its rows, per year. */
export function RegionTrendChart({ region }: { region: string }) {
  const trend = useLoad(
    (signal) =>
      graphql<{ regionTrend: { points: YearPoint[] } }>(
        'query RegionTrend($region: String!) { regionTrend(region: $region) { points { year demand supply gap } } }',
        { region },
        { signal },
      ).then((d) => d.regionTrend.points),
    [region],
  );
  return <LineChart id="region-trend-chart" heading="regionTrend.heading" label="regionTrend.label" loaded={trend} />;
}
