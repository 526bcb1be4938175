import { useState } from 'react';
import { graphql, GraphQLRequestError, type GapRow, type GapTotals } from '../api';
import type { ScenarioRow } from '../csv';
import { useI18n } from '../i18n';

export interface ScenarioResult {
  totals: GapTotals;
  totalsDelta: GapTotals;
  rows: ScenarioRow[];
}

interface AddedProgramme {
  competence: string;
  code: string;
  level: number;
  seats: number;
}

/** The provider added programmes are attributed to: a scenario's programmes must name a stored provider. */
const SCENARIO_PROVIDER = 'prov-ill-eu-academy';

/**
 * What-if planning on the dashboard: grow demand by a percentage and add programmes teaching chosen rows,
 * then see the report as it would be (scenarioGaps), each row beside today's. Nothing is written.
 */
export function ScenarioPanel({
  region,
  year,
  selected,
  onResult,
}: {
  region: string;
  year: number;
  selected: GapRow | undefined;
  onResult: (result: ScenarioResult | null) => void;
}) {
  const { t, number } = useI18n();
  const [growth, setGrowth] = useState(0);
  const [seats, setSeats] = useState(100);
  const [added, setAdded] = useState<AddedProgramme[]>([]);
  const [result, setResult] = useState<ScenarioResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      const scenario = {
        demandFactor: 1 + growth / 100,
        addProgrammes: added.map((a, i) => ({
          id: `what-if-${i + 1}`,
          provider: SCENARIO_PROVIDER,
          title: `What if: ${a.code} @${a.level}`,
          regions: [region],
          seatsPerYear: a.seats,
          hours: 40,
          develops: [{ competence: a.competence, level: a.level }],
        })),
      };
      const data = await graphql<{ scenarioGaps: ScenarioResult }>(
        `query Scenario($region: ID!, $year: Int, $scenario: ScenarioInput!) {
          scenarioGaps(region: $region, year: $year, scenario: $scenario) {
            totals { openings missing shortage covered } totalsDelta { openings missing shortage covered }
            rows { competence { id code title } level demand supply partialSupply gap coverageRatio accessible status
              baseline { demand supply gap status } demandDelta supplyDelta gapDelta } } }`,
        { region, year, scenario },
      );
      setResult(data.scenarioGaps);
      onResult(data.scenarioGaps);
    } catch (e) {
      const problems = e instanceof GraphQLRequestError ? e.problems.map((p) => `${p.path}: ${p.message}`) : [];
      setError([(e as Error).message, ...problems].join(' '));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setGrowth(0);
    setAdded([]);
    setResult(null);
    onResult(null);
  };

  const changed = result?.rows.filter((r) => r.gapDelta !== 0 || r.baseline?.status !== r.status) ?? [];
  const signed = (n: number) => (n > 0 ? `+${number(n)}` : number(n));

  return (
    <section className="panel scenario" aria-labelledby="scenario-heading" data-testid="scenario-panel">
      <h2 id="scenario-heading">{t('scenario.heading')}</h2>
      <p className="hint">{t('scenario.intro')}</p>
      <form className="controls" onSubmit={(e) => (e.preventDefault(), void apply())}>
        <div className="field">
          <label htmlFor="scenario-growth">{t('scenario.growth')}</label>
          <input id="scenario-growth" type="number" min={-100} max={900} step={5} value={growth} onChange={(e) => setGrowth(Number(e.target.value))} />
        </div>
        <div className="field">
          <label htmlFor="scenario-seats">{t('scenario.seats')}</label>
          <input id="scenario-seats" type="number" min={0} max={1000000} value={seats} onChange={(e) => setSeats(Number(e.target.value))} />
        </div>
        <div className="field">
          <button
            type="button"
            disabled={!selected}
            onClick={() =>
              selected &&
              setAdded((list) => [...list, { competence: selected.competence.id, code: selected.competence.code, level: selected.level, seats }])
            }
          >
            {selected ? t('scenario.add', { competence: `${selected.competence.code} @${selected.level}` }) : t('scenario.chooseRow')}
          </button>
        </div>
        <div className="field">
          <button type="submit" disabled={busy}>
            {t('scenario.apply')}
          </button>{' '}
          <button type="button" className="link-button" onClick={reset}>
            {t('scenario.reset')}
          </button>
        </div>
      </form>
      {added.length > 0 && (
        <ul className="chips" aria-label={t('scenario.added')}>
          {added.map((a, i) => (
            <li key={i}>
              {a.code} @{a.level} · {t('scenario.seatsShort', { n: number(a.seats) })}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div data-testid="scenario-result" aria-live="polite">
          <p>
            {t('scenario.totals', {
              openings: signed(result.totalsDelta.openings),
              missing: signed(result.totalsDelta.missing),
              shortage: signed(result.totalsDelta.shortage),
              covered: signed(result.totalsDelta.covered),
            })}
          </p>
          {changed.length === 0 ? (
            <p>{t('scenario.noChange')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('heat.competence')}</th>
                    <th scope="col">{t('scenario.before')}</th>
                    <th scope="col">{t('scenario.after')}</th>
                    <th scope="col">{t('scenario.gapDelta')}</th>
                  </tr>
                </thead>
                <tbody>
                  {changed.map((r) => (
                    <tr key={`${r.competence.id}@${r.level}`}>
                      <th scope="row">
                        {r.competence.code} @{r.level}
                      </th>
                      <td>{r.baseline ? `${t(`status.${r.baseline.status}`)} · ${number(r.baseline.gap)}` : '–'}</td>
                      <td data-status={r.status}>
                        {t(`status.${r.status}`)} · {number(r.gap)}
                      </td>
                      <td>{signed(r.gapDelta)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
