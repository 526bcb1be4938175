import type { RequirementFragment } from '../gql/graphql';
import { useI18n } from '../i18n';

/** One programme of a learning path and the requirements it covers, as the learning-path and role-bridge views ask for it. */
export interface LearningStep {
  programme: { id: string; title: string; hours: number; provider: { name: string }; regions?: { code: string }[] };
  covers: RequirementFragment[];
}

/** Requirements as chips ("D.1 @3"), the competence's title on hover; `warn` marks ones nothing covers. */
export function RequirementChips({ requirements, warn, titled }: { requirements: RequirementFragment[]; warn?: boolean; titled?: boolean }) {
  return (
    <ul className={warn ? 'chips warn' : 'chips'}>
      {requirements.map((r) => (
        <li key={r.competence.id} title={r.competence.title}>
          {r.competence.code} @{r.level}
          {titled && ` ${r.competence.title}`}
        </li>
      ))}
    </ul>
  );
}

/** The programmes of a learning path in order, or why there are none. */
export function LearningSteps({ steps }: { steps: LearningStep[] }) {
  const { t, number } = useI18n();
  if (steps.length === 0) return <p>{t('lp.noSteps')}</p>;
  return (
    <ol className="steps">
      {steps.map((step) => (
        <li key={step.programme.id}>
          <div className="step-head">
            <span className="programme-title">{step.programme.title}</span>
            <span className="hours">{t('common.hours', { n: number(step.programme.hours) })}</span>
          </div>
          <span className="sub">
            {step.programme.provider.name} ·{' '}
            {step.programme.regions && `${step.programme.regions.map((r) => r.code).join(', ')} · `}
            <code>{step.programme.id}</code>
          </span>
          <div className="covers">
            <span className="covers-label">{t('lp.covers')}:</span>
            <RequirementChips requirements={step.covers} />
          </div>
        </li>
      ))}
    </ol>
  );
}
