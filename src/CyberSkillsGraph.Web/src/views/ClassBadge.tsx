import type { CoverageClass } from '../gql/graphql';
import { useI18n } from '../i18n';
import { classColours } from './colours';

export function ClassBadge({ value }: { value: CoverageClass }) {
  const { t } = useI18n();
  return (
    <span className={`class-badge class-${value.toLowerCase()}`} style={{ borderColor: classColours[value] }}>
      <span className="dot" style={{ background: classColours[value] }} aria-hidden="true" />
      {t(`class.${value}`)}
    </span>
  );
}
