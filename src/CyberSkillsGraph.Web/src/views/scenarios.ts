// Every GraphQL operation of what-if planning, in one place: a scenario's gap report, saved scenarios
// (list, save, delete) and a scenario opened by its share link.
import { request } from '../api';
import { authorizedGraphql } from '../auth';
import { graphql } from '../gql';
import type { ScenarioInput, ScenarioReportFragment, SavedScenarioFragment } from '../gql/graphql';

/** A scenario as the panel builds it: demand growth and added programmes (ScenarioInput takes more). */
export type ScenarioDocument = Pick<ScenarioInput, 'demandFactor' | 'addProgrammes'>;

export const ScenarioReportFields = graphql(`
  fragment ScenarioReport on RegionGapReport {
    totals { ...GapTotals }
    baselineTotals { ...GapTotals }
    totalsDelta { ...GapTotals }
    rows {
      competence { id code title }
      level demand supply partialSupply gap coverageRatio accessible status
      baseline { demand supply gap status }
    }
  }
`);

export const SavedScenarioFields = graphql(`
  fragment SavedScenario on SavedScenario { id name shareId baseRevision stale updatedAt document }
`);

const ScenarioGapsDocument = graphql(`
  query ScenarioGaps($region: ID!, $year: Int, $scenario: ScenarioInput) {
    regionGaps(region: $region, year: $year, scenario: $scenario) { ...ScenarioReport }
  }
`);

const SharedScenarioDocument = graphql(`
  query SharedScenario($shareId: ID!, $region: ID!, $year: Int) {
    sharedScenario(shareId: $shareId) { ...SavedScenario gaps(region: $region, year: $year) { ...ScenarioReport } }
  }
`);

const MyScenariosDocument = graphql(`
  query MyScenarios { myScenarios { ...SavedScenario } }
`);

const SaveScenarioDocument = graphql(`
  mutation SaveScenario($input: SaveScenarioInput!) {
    saveScenario(input: $input) { scenario { ...SavedScenario } userErrors { ...UserError } }
  }
`);

const DeleteScenarioDocument = graphql(`
  mutation DeleteScenario($input: DeleteScenarioInput!) { deleteScenario(input: $input) { userErrors { ...UserError } } }
`);

export type SavedScenarioInfo = SavedScenarioFragment;

type ReportRow = ScenarioReportFragment['rows'][number];

/** A row under a scenario with its changes against its baseline. */
export interface ScenarioRow extends ReportRow {
  demandDelta: number;
  supplyDelta: number;
  gapDelta: number;
}

type Totals = ScenarioReportFragment['totals'];

/** A report under a scenario: its baseline totals and their changes are always there (null only without a scenario). */
export interface ScenarioResult {
  totals: Totals;
  baselineTotals: Totals;
  totalsDelta: Totals;
  rows: ScenarioRow[];
}

/** Each row's changes against its baseline (a row the stored graph does not demand changes from nothing). */
const withDeltas = ({ baselineTotals, totalsDelta, ...report }: ScenarioReportFragment): ScenarioResult => ({
  ...report,
  baselineTotals: baselineTotals ?? report.totals,
  totalsDelta: totalsDelta ?? { openings: 0, missing: 0, shortage: 0, covered: 0 },
  rows: report.rows.map((r) => ({
    ...r,
    demandDelta: r.demand - (r.baseline?.demand ?? 0),
    supplyDelta: r.supply - (r.baseline?.supply ?? 0),
    gapDelta: r.gap - (r.baseline?.gap ?? 0),
  })),
});

/** regionGaps as if the scenario were written; nothing is written. */
export const gapsUnderScenario = (region: string, year: number, scenario: ScenarioDocument) =>
  request(ScenarioGapsDocument, { region, year, scenario }).then((d) => withDeltas(d.regionGaps));

/** A saved scenario by its share link, read-only, with its gap report on the current graph; null when the link names none. */
export const sharedScenario = (shareId: string, region: string, year: number, signal?: AbortSignal) =>
  request(SharedScenarioDocument, { shareId, region, year }, { signal }).then((d) =>
    d.sharedScenario ? { ...d.sharedScenario, gaps: withDeltas(d.sharedScenario.gaps) } : null,
  );

export const myScenarios = () => authorizedGraphql(MyScenariosDocument, {}).then((d) => d.myScenarios);

/** Saves a new scenario, or replaces one of yours when id is given. */
export const saveScenario = (input: { id?: string; name: string; scenario: ScenarioDocument }) =>
  authorizedGraphql(SaveScenarioDocument, { input }).then((d) => d.saveScenario);

export const deleteScenario = (id: string) => authorizedGraphql(DeleteScenarioDocument, { input: { id } }).then((d) => d.deleteScenario);

/** The address that opens a saved scenario read-only on the dashboard, for anyone. */
export const shareLink = (shareId: string, region: string, year: number) =>
  `${window.location.origin}/?region=${encodeURIComponent(region)}&year=${year}&scenario=${encodeURIComponent(shareId)}`;
