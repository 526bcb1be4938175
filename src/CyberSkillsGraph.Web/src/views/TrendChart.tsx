import { request } from '../api';
import { useLoad } from '../data';
import { graphql } from '../gql';
import { LineChart } from './LineChart';

const TrendDocument = graphql(`
  query Trend($region: ID!, $competence: ID!, $level: Int!) {
    gapTrend(region: $region, competence: $competence, level: $level) { points { year demand supply gap } }
  }
`);

/** gapTrend of one row: demand, supply and gap of a competence at a level, per year. */
export function TrendChart({ region, competence, level }: { region: string; competence: string; level: number }) {
  const trend = useLoad(
    (signal) => request(TrendDocument, { region, competence, level }, { signal }).then((d) => d.gapTrend.points),
    [region, competence, level],
  );
  return <LineChart id="trend-chart" heading="trend.heading" label="trend.label" loaded={trend} />;
}
