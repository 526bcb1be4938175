import { request } from '../api';
import { loadFrameworks, loadRegions, RegionSelect, Status, useLoad } from '../data';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { setSearch, useLocation } from '../router';

const PathDocument = graphql(`
  query Path($role: ID!, $region: ID!) {
    learningPath(role: $role, region: $region) {
      role { id title requires { ...Requirement } }
      steps { programme { id title hours provider { name } regions { code } } covers { ...Requirement } }
      uncovered { ...Requirement }
      totalHours
    }
  }
`);

export function LearningPathView() {
  const { t, number } = useI18n();
  const { search } = useLocation();
  const role = search.get('role') ?? 'ECSF:PENTESTER';
  const region = search.get('region') ?? 'JP';
  const regions = useLoad(() => loadRegions(), []);
  const frameworks = useLoad(() => loadFrameworks(), []);
  const path = useLoad(
    (signal) =>
      request(PathDocument, { role, region }, { signal }).then((d) => d.learningPath),
    [role, region],
  );

  const roleFrameworks = frameworks.data?.filter((f) => f.roles.length > 0) ?? [];
  // A role from the address that no framework has (a typo, a removed role) stays shown as asked, next to its
  // error, rather than the picker silently showing the first role of the list.
  const roleKnown = roleFrameworks.some((f) => f.roles.some((r) => r.id === role));
  const data = path.data;

  return (
    <div className="learning-path">
      <h1>{t('lp.heading')}</h1>
      <p className="intro">{t('lp.intro')}</p>
      <Status loaded={regions.error ? regions : frameworks} />
      {regions.data && frameworks.data && (
        <form className="controls" onSubmit={(e) => e.preventDefault()}>
          <div className="field wide">
            <label htmlFor="lp-role">{t('lp.role')}</label>
            <select id="lp-role" value={role} onChange={(e) => setSearch({ role: e.target.value })}>
              {!roleKnown && (
                <option value={role} disabled>
                  {t('lp.unknownRole', { role })}
                </option>
              )}
              {roleFrameworks.map((f) => (
                <optgroup key={f.id} label={f.name}>
                  {f.roles.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.title} ({r.id})
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="lp-region">{t('lp.region')}</label>
            <RegionSelect id="lp-region" tree={regions.data} value={region} onChange={(code) => setSearch({ region: code })} />
          </div>
        </form>
      )}
      <Status loaded={path} />
      {data && !path.loading && (
        <div className="lp-grid">
          <section className="panel" aria-labelledby="lp-steps-heading" data-testid="learning-steps">
            <h2 id="lp-steps-heading">{t('lp.steps')}</h2>
            {data.steps.length === 0 ? (
              <p>{t('lp.noSteps')}</p>
            ) : (
              <ol className="steps">
                {data.steps.map((step) => (
                  <li key={step.programme.id}>
                    <div className="step-head">
                      <span className="programme-title">{step.programme.title}</span>
                      <span className="hours">{t('common.hours', { n: number(step.programme.hours) })}</span>
                    </div>
                    <span className="sub">
                      {step.programme.provider.name} · {step.programme.regions.map((r) => r.code).join(', ')} ·{' '}
                      <code>{step.programme.id}</code>
                    </span>
                    <div className="covers">
                      <span className="covers-label">{t('lp.covers')}:</span>
                      <ul className="chips">
                        {step.covers.map((c) => (
                          <li key={c.competence.id} title={c.competence.title}>
                            {c.competence.code} @{c.level}
                          </li>
                        ))}
                      </ul>
                    </div>
                  </li>
                ))}
              </ol>
            )}
            <p className="total-hours" data-testid="total-hours">
              {t('lp.total', { n: number(data.totalHours) })}
            </p>
          </section>
          <section className="panel" aria-labelledby="lp-req-heading">
            <h2 id="lp-req-heading">{t('lp.requires')}</h2>
            <p>
              <strong>{data.role.title}</strong> <code>{data.role.id}</code>
            </p>
            <ul className="chips">
              {data.role.requires.map((r) => (
                <li key={r.competence.id} title={r.competence.title}>
                  {r.competence.code} @{r.level}
                </li>
              ))}
            </ul>
            <h3>{t('lp.uncovered')}</h3>
            {data.uncovered.length === 0 ? (
              <p>{t('lp.allCovered')}</p>
            ) : (
              <ul className="chips warn">
                {data.uncovered.map((r) => (
                  <li key={r.competence.id} title={r.competence.title}>
                    {r.competence.code} @{r.level} {r.competence.title}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
