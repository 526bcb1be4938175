import { request } from '../api';
import { loadFrameworks, loadRegions, RegionSelect, RoleSelect, Status, useLoad } from '../data';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { setSearch, useLocation } from '../router';
import { LearningSteps, RequirementChips } from './LearningSteps';

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
            <RoleSelect id="lp-role" frameworks={frameworks.data} value={role} onChange={(id) => setSearch({ role: id })} />
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
            <LearningSteps steps={data.steps} />
            <p className="total-hours" data-testid="total-hours">
              {t('lp.total', { n: number(data.totalHours) })}
            </p>
          </section>
          <section className="panel" aria-labelledby="lp-req-heading">
            <h2 id="lp-req-heading">{t('lp.requires')}</h2>
            <p>
              <strong>{data.role.title}</strong> <code>{data.role.id}</code>
            </p>
            <RequirementChips requirements={data.role.requires} />
            <h3>{t('lp.uncovered')}</h3>
            {data.uncovered.length === 0 ? <p>{t('lp.allCovered')}</p> : <RequirementChips requirements={data.uncovered} warn titled />}
          </section>
        </div>
      )}
    </div>
  );
}
