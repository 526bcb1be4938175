import { useEffect, useState, useSyncExternalStore } from 'react';
import { GraphQLRequestError } from '../api';
import type { GapRowFragment } from '../gql/graphql';
import { isSignedIn, onAuthChange, startSignIn } from '../auth';
import { Status, useLoad } from '../data';
import { useI18n } from '../i18n';
import { setSearch, useLocation } from '../router';
import { MyScenarios } from './MyScenarios';
import { gapsUnderScenario, myScenarios, saveScenario, sharedScenario, type SavedScenarioInfo, type ScenarioDocument, type ScenarioResult } from './scenarios';

export type { ScenarioResult } from './scenarios';

interface AddedProgramme {
  competence: string;
  code: string;
  level: number;
  seats: number;
}

interface Editor {
  growth: number;
  added: AddedProgramme[];
}

/** The provider added programmes are attributed to: a scenario's programmes must name a stored provider. */
const SCENARIO_PROVIDER = 'prov-ill-eu-academy';

function toDocument(editor: Editor, region: string): ScenarioDocument {
  return {
    demandFactor: 1 + editor.growth / 100,
    addProgrammes: editor.added.map((a, i) => ({
      id: `what-if-${i + 1}`,
      provider: SCENARIO_PROVIDER,
      title: `What if: ${a.code} @${a.level}`,
      regions: [region],
      seatsPerYear: a.seats,
      hours: 40,
      develops: [{ competence: a.competence, level: a.level }],
    })),
  };
}

/**
 * A saved scenario's document as the panel's editor, or null when it holds more than the panel edits
 * (changed programmes, set demand, role factors: saved through the API or the CLI); those open read-only.
 */
function toEditor(document: string): Editor | null {
  const doc = JSON.parse(document) as Record<string, unknown> & {
    demandFactor?: number;
    addProgrammes?: { seatsPerYear: number; develops: { competence: string; level: number }[] }[];
  };
  if (Object.keys(doc).some((k) => k !== 'demandFactor' && k !== 'addProgrammes')) return null;
  const added = doc.addProgrammes ?? [];
  if (added.some((p) => p.develops.length !== 1)) return null;
  return {
    growth: Math.round(((doc.demandFactor ?? 1) - 1) * 100),
    added: added.map((p) => {
      const { competence, level } = p.develops[0];
      return { competence, code: competence.slice(competence.indexOf(':') + 1), level, seats: p.seatsPerYear };
    }),
  };
}

const messageOf = (e: unknown) => {
  const problems = e instanceof GraphQLRequestError ? e.problems.map((p) => `${p.path}: ${p.message}`) : [];
  return [(e as Error).message, ...problems].join(' ');
};

/**
 * What-if planning on the dashboard: grow demand by a percentage and add programmes teaching chosen rows,
 * then see the report as it would be (regionGaps with a scenario), each row beside today's. Nothing is
 * written to the graph. Planners save scenarios by name, list theirs and share one by a link; the link
 * (?scenario=shareId) opens it read-only for anyone.
 */
export function ScenarioPanel({
  region,
  year,
  selected,
  onResult,
}: {
  region: string;
  year: number;
  selected: GapRowFragment | undefined;
  onResult: (result: ScenarioResult | null) => void;
}) {
  const { t, number } = useI18n();
  const signedIn = useSyncExternalStore(onAuthChange, isSignedIn);
  const shareId = useLocation().search.get('scenario');
  const [growth, setGrowth] = useState(0);
  const [seats, setSeats] = useState(100);
  const [added, setAdded] = useState<AddedProgramme[]>([]);
  const [name, setName] = useState('');
  const [savedId, setSavedId] = useState<string | null>(null);
  const [listRound, setListRound] = useState(0);
  const [result, setResult] = useState<ScenarioResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const shared = useLoad(async (signal) => (shareId ? sharedScenario(shareId, region, year, signal) : null), [shareId, region, year]);
  const mine = useLoad(async () => (signedIn ? myScenarios() : null), [signedIn, listRound]);
  const own = shared.data ? mine.data?.find((s) => s.id === shared.data!.id) : undefined;
  const editable = own ? toEditor(own.document) : null;
  const shown = shareId ? (shared.data?.gaps ?? null) : result;

  // The dashboard's CSV follows what the panel shows; onResult is a new function on each of its renders.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => onResult(shown), [shown]);

  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await gapsUnderScenario(region, year, toDocument({ growth, added }, region)));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    setError(null);
    setNotice(null);
    try {
      const answer = await saveScenario({ id: savedId ?? undefined, name, scenario: toDocument({ growth, added }, region) });
      if (answer.scenario) {
        setSavedId(answer.scenario.id);
        setNotice(t('scenario.saved', { name: answer.scenario.name }));
        setListRound((r) => r + 1);
      } else {
        setError(answer.userErrors.map((u) => (u.field?.length ? `${u.field.join('.')}: ${u.message}` : u.message)).join(' '));
      }
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const edit = (saved: SavedScenarioInfo, editor: Editor) => {
    setGrowth(editor.growth);
    setAdded(editor.added);
    setName(saved.name);
    setSavedId(saved.id);
    setResult(shared.data?.gaps ?? null);
    setSearch({ scenario: undefined });
  };

  const reset = () => {
    setGrowth(0);
    setAdded([]);
    setName('');
    setSavedId(null);
    setResult(null);
    setNotice(null);
  };

  return (
    <section className="panel scenario" aria-labelledby="scenario-heading" data-testid="scenario-panel">
      <h2 id="scenario-heading">{t('scenario.heading')}</h2>
      {shareId ? (
        <div data-testid="shared-scenario">
          <Status loaded={shared} />
          {shared.data === null && <p className="notice error">{t('scenario.notFound')}</p>}
          {shared.data && (
            <>
              <p className="notice">{t('scenario.shared', { name: shared.data.name })}</p>
              {shared.data.stale && (
                <p className="notice warn" role="status" data-testid="scenario-stale">
                  {t('scenario.stale', { revision: number(shared.data.baseRevision) })}
                </p>
              )}
            </>
          )}
          <p>
            {own && editable && (
              <button type="button" onClick={() => edit(own, editable)}>
                {t('scenario.edit')}
              </button>
            )}{' '}
            <button type="button" className="link-button" onClick={() => setSearch({ scenario: undefined })}>
              {t('scenario.close')}
            </button>
          </p>
        </div>
      ) : (
        <>
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
          {signedIn ? (
            <form className="controls" onSubmit={(e) => (e.preventDefault(), void save())} data-testid="scenario-save">
              <div className="field">
                <label htmlFor="scenario-name">{t('scenario.name')}</label>
                <input id="scenario-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
              </div>
              <div className="field">
                <button type="submit">{savedId ? t('scenario.saveChanges') : t('scenario.save')}</button>{' '}
                {savedId && (
                  <button type="button" className="link-button" onClick={() => setSavedId(null)}>
                    {t('scenario.saveAsNew')}
                  </button>
                )}
              </div>
            </form>
          ) : (
            <p>
              <button
                type="button"
                onClick={() => startSignIn(window.location.pathname + window.location.search).catch((e: Error) => setError(e.message))}
              >
                {t('scenario.signInToSave')}
              </button>
            </p>
          )}
        </>
      )}
      {notice && (
        <p className="notice success" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {shown && <ScenarioChanges result={shown} />}
      {signedIn && (
        <MyScenarios
          loaded={mine}
          region={region}
          year={year}
          onDeleted={(id) => {
            if (id === savedId) setSavedId(null);
            setListRound((r) => r + 1);
          }}
        />
      )}
    </section>
  );
}

/** The totals' changes and each row that moved, beside today's. */
function ScenarioChanges({ result }: { result: ScenarioResult }) {
  const { t, number } = useI18n();
  const changed = result.rows.filter((r) => r.gapDelta !== 0 || r.baseline?.status !== r.status);
  const signed = (n: number) => (n > 0 ? `+${number(n)}` : number(n));
  return (
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
  );
}
