import { request } from '../api';
import { useLoad } from '../data';
import { graphql } from '../gql';
import { LineChart } from './LineChart';

const RegionTrendDocument = graphql(`
  query RegionTrend($region: ID!) { regionTrend(region: $region) { points { year demand supply gap } } }
`);

/** regionTrend: the region's summed demand, supply and gap over its rows, per year. */
export function RegionTrendChart({ region }: { region: string }) {
  const trend = useLoad(
    (signal) => request(RegionTrendDocument, { region }, { signal }).then((d) => d.regionTrend.points),
    [region],
  );
  return <LineChart id="region-trend-chart" heading="regionTrend.heading" label="regionTrend.label" loaded={trend} />;
}
