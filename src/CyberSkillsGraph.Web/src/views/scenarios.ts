// Every GraphQL operation of what-if planning, in one place: a scenario's gap report, saved scenarios
// (list, save, delete) and a scenario opened by its share link.
import { graphql, type GapRow, type GapStatus, type GapTotals } from '../api';
import { authorizedGraphql } from '../auth';

/** A scenario as ScenarioInput takes it (the panel builds only demand growth and added programmes). */
export interface ScenarioDocument {
  demandFactor?: number;
  addProgrammes?: {
    id: string;
    provider: string;
    title: string;
    regions: string[];
    seatsPerYear: number;
    hours: number;
    develops: { competence: string; level: number }[];
  }[];
}

export interface ScenarioRow extends GapRow {
  baseline: { demand: number; supply: number; gap: number; status: GapStatus } | null;
  demandDelta: number;
  supplyDelta: number;
  gapDelta: number;
}

export interface ScenarioResult {
  totals: GapTotals;
  baselineTotals: GapTotals;
  totalsDelta: GapTotals;
  rows: ScenarioRow[];
}

export interface SavedScenarioInfo {
  id: string;
  name: string;
  shareId: string;
  baseRevision: number;
  stale: boolean;
  updatedAt: string;
  document: string;
}

const TOTALS = 'openings missing shortage covered';
const REPORT = `totals { ${TOTALS} } baselineTotals { ${TOTALS} } totalsDelta { ${TOTALS} }
  rows { competence { id code title } level demand supply partialSupply gap coverageRatio accessible status baseline { demand supply gap status } }`;
const SAVED = 'id name shareId baseRevision stale updatedAt document';

interface ReportAnswer extends Omit<ScenarioResult, 'rows'> {
  rows: Omit<ScenarioRow, 'demandDelta' | 'supplyDelta' | 'gapDelta'>[];
}

/** Each row's changes against its baseline (a row the stored graph does not demand changes from nothing). */
const withDeltas = (report: ReportAnswer): ScenarioResult => ({
  ...report,
  rows: report.rows.map((r) => ({
    ...r,
    demandDelta: r.demand - (r.baseline?.demand ?? 0),
    supplyDelta: r.supply - (r.baseline?.supply ?? 0),
    gapDelta: r.gap - (r.baseline?.gap ?? 0),
  })),
});

/** regionGaps as if the scenario were written; nothing is written. */
export const gapsUnderScenario = (region: string, year: number, scenario: ScenarioDocument) =>
  graphql<{ regionGaps: ReportAnswer }>(
    `query ScenarioGaps($region: String!, $year: Int, $scenario: ScenarioInput) {
      regionGaps(region: $region, year: $year, scenario: $scenario) { ${REPORT} } }`,
    { region, year, scenario },
  ).then((d) => withDeltas(d.regionGaps));

/** A saved scenario by its share link, read-only, with its gap report on the current graph; null when the link names none. */
export const sharedScenario = (shareId: string, region: string, year: number, signal?: AbortSignal) =>
  graphql<{ sharedScenario: (SavedScenarioInfo & { gaps: ReportAnswer }) | null }>(
    `query SharedScenario($shareId: ID!, $region: String!, $year: Int) {
      sharedScenario(shareId: $shareId) { ${SAVED} gaps(region: $region, year: $year) { ${REPORT} } } }`,
    { shareId, region, year },
    { signal },
  ).then((d) => (d.sharedScenario ? { ...d.sharedScenario, gaps: withDeltas(d.sharedScenario.gaps) } : null));

export const myScenarios = () =>
  authorizedGraphql<{ myScenarios: SavedScenarioInfo[] }>(`query MyScenarios { myScenarios { ${SAVED} } }`).then((d) => d.myScenarios);

export interface UserError {
  field: string | null;
  message: string;
}

/** Saves a new scenario, or replaces one of yours when id is given. */
export const saveScenario = (input: { id?: string; name: string; scenario: ScenarioDocument }) =>
  authorizedGraphql<{ saveScenario: { scenario: SavedScenarioInfo | null; userErrors: UserError[] } }>(
    `mutation SaveScenario($input: SaveScenarioInput!) { saveScenario(input: $input) { scenario { ${SAVED} } userErrors { field message } } }`,
    { input },
  ).then((d) => d.saveScenario);

export const deleteScenario = (id: string) =>
  authorizedGraphql<{ deleteScenario: { userErrors: UserError[] } }>(
    'mutation DeleteScenario($input: DeleteScenarioInput!) { deleteScenario(input: $input) { userErrors { field message } } }',
    { input: { id } },
  ).then((d) => d.deleteScenario);

/** The address that opens a saved scenario read-only on the dashboard, for anyone. */
export const shareLink = (shareId: string, region: string, year: number) =>
  `${window.location.origin}/?region=${encodeURIComponent(region)}&year=${year}&scenario=${encodeURIComponent(shareId)}`;
