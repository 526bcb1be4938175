import { request } from '../api';
import { loadFrameworks, loadRegions, RegionSelect, RoleSelect, Status, useLoad } from '../data';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { setSearch, useLocation } from '../router';
import { ClassBadge } from './ClassBadge';
import { LearningSteps, RequirementChips } from './LearningSteps';

const BridgeDocument = graphql(`
  query Bridge($from: ID!, $to: ID!, $region: ID) {
    roleBridge(from: $from, to: $to, region: $region) {
      from { id title requires { level } }
      to { id title }
      rolePath { class hops path }
      requirements { requirement { ...Requirement } status held { ...Requirement } path { class hops path } }
      learningPath {
        steps { programme { id title hours provider { name } } covers { ...Requirement } }
        uncovered { ...Requirement }
        totalHours
      }
    }
  }
`);

/** "Move between frameworks": what a person holding one role already meets of another, and what to learn in a region for the rest. */
export function RoleBridgeView() {
  const { t } = useI18n();
  const { search } = useLocation();
  const from = search.get('from') ?? 'SECBOK:CISO';
  const to = search.get('to') ?? 'ECSF:CISO';
  const region = search.get('region') ?? 'DE';
  const regions = useLoad(() => loadRegions(), []);
  const frameworks = useLoad(() => loadFrameworks(), []);
  const bridge = useLoad(
    (signal) =>
      request(BridgeDocument, { from, to, region }, { signal }).then((d) => d.roleBridge),
    [from, to, region],
  );
  const data = bridge.data;

  return (
    <div className="role-bridge">
      <h1>{t('bridge.heading')}</h1>
      <p className="intro">{t('bridge.intro')}</p>
      <Status loaded={regions.error ? regions : frameworks} />
      {regions.data && frameworks.data && (
        <form className="controls" onSubmit={(e) => e.preventDefault()}>
          <div className="field wide">
            <label htmlFor="bridge-from">{t('bridge.from')}</label>
            <RoleSelect id="bridge-from" frameworks={frameworks.data} value={from} onChange={(id) => setSearch({ from: id })} />
          </div>
          <div className="field wide">
            <label htmlFor="bridge-to">{t('bridge.to')}</label>
            <RoleSelect id="bridge-to" frameworks={frameworks.data} value={to} onChange={(id) => setSearch({ to: id })} />
          </div>
          <div className="field">
            <label htmlFor="bridge-region">{t('bridge.region')}</label>
            <RegionSelect id="bridge-region" tree={regions.data} value={region} onChange={(code) => setSearch({ region: code })} />
          </div>
        </form>
      )}
      <Status loaded={bridge} />
      {data && !bridge.loading && (
        <div className="lp-grid">
          <section className="panel" aria-labelledby="bridge-req-heading" data-testid="bridge-requirements">
            <h2 id="bridge-req-heading">{t('bridge.requirements', { to: data.to.title })}</h2>
            <p data-testid="bridge-role-path">
              {data.rolePath ? (
                <>
                  {t('bridge.rolePath')} <ClassBadge value={data.rolePath.class} /> {data.rolePath.path.join(' → ')}
                </>
              ) : (
                t('bridge.noRolePath')
              )}
            </p>
            {data.from.requires.length === 0 && <p className="notice">{t('bridge.noHeld', { from: data.from.title })}</p>}
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('bridge.required')}</th>
                    <th scope="col">{t('bridge.status')}</th>
                    <th scope="col">{t('bridge.held')}</th>
                    <th scope="col">{t('detail.path')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.requirements.map((r) => (
                    <tr key={r.requirement.competence.id} data-status={r.status}>
                      <th scope="row" title={r.requirement.competence.title}>
                        {r.requirement.competence.code} @{r.requirement.level}
                      </th>
                      <td>
                        <span className={`status-pill bridge-${r.status.toLowerCase()}`}>{t(`bridge.${r.status}`)}</span>
                      </td>
                      <td>{r.held ? `${r.held.competence.code} @${r.held.level}` : '–'}</td>
                      <td>
                        {r.path ? (
                          <>
                            <ClassBadge value={r.path.class} /> {r.path.hops === 0 ? t('detail.direct') : r.path.path.join(' → ')}
                          </>
                        ) : (
                          '–'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="panel" aria-labelledby="bridge-lp-heading" data-testid="bridge-path">
            <h2 id="bridge-lp-heading">{t('bridge.learn', { region })}</h2>
            <LearningSteps steps={data.learningPath?.steps ?? []} />
            {data.learningPath && data.learningPath.uncovered.length > 0 && (
              <>
                <h3>{t('lp.uncovered')}</h3>
                <RequirementChips requirements={data.learningPath.uncovered} warn />
              </>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
