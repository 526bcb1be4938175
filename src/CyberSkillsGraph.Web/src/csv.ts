// CSV (RFC 4180) of a gap report, with each row's baseline and changes when a scenario is applied.
import type { GapRowFragment } from './gql/graphql';
import type { ScenarioRow } from './views/scenarios';

/** The columns every row has, a scenario's rows included. */
type CsvRow = Omit<GapRowFragment, 'roles'>;

const cell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const line = (values: unknown[]) => values.map(cell).join(',');

export function gapsCsv(rows: CsvRow[], scenario?: ScenarioRow[]): string {
  const header = ['competence', 'title', 'level', 'demand', 'supply', 'partialSupply', 'gap', 'coverageRatio', 'accessible', 'status'];
  const deltas = ['baselineDemand', 'baselineSupply', 'baselineGap', 'baselineStatus', 'demandDelta', 'supplyDelta', 'gapDelta'];
  const base = (r: CsvRow) => [r.competence.id, r.competence.title, r.level, r.demand, r.supply, r.partialSupply, r.gap, r.coverageRatio, r.accessible, r.status];
  if (!scenario) return [line(header), ...rows.map((r) => line(base(r)))].join('\r\n') + '\r\n';
  return (
    [
      line([...header, ...deltas]),
      ...scenario.map((r) =>
        line([...base(r), r.baseline?.demand, r.baseline?.supply, r.baseline?.gap, r.baseline?.status, r.demandDelta, r.supplyDelta, r.gapDelta]),
      ),
    ].join('\r\n') + '\r\n'
  );
}

/** Offers text as a file download; the object URL lives only for the click. */
export function download(name: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
