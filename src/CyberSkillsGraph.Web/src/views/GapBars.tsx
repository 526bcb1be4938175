import { gapKey } from '../api';
import type { GapRowFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { cellColours } from './colours';

const COUNT = 10;

/** The largest gaps as horizontal bars: the whole bar is the demand, the filled part the supply. */
export function GapBars({
  rows,
  selectedKey,
  onSelect,
}: {
  rows: GapRowFragment[];
  selectedKey: string | null;
  onSelect: (row: GapRowFragment) => void;
}) {
  const { t, number } = useI18n();
  const top = rows.filter((r) => r.gap > 0).slice(0, COUNT);
  const max = Math.max(1, ...top.map((r) => r.demand));
  return (
    <section className="panel bars" aria-labelledby="bars-heading" data-testid="gap-bars">
      <h2 id="bars-heading">{t('bars.heading')}</h2>
      <p className="hint">{t('bars.caption')}</p>
      {top.length === 0 ? (
        <p>{t('common.none')}</p>
      ) : (
        <ol className="bar-list">
          {top.map((row) => {
            const key = gapKey(row);
            const colours = cellColours(row);
            const label = t('bars.item', {
              competence: `${row.competence.code} ${row.competence.title}`,
              level: row.level,
              gap: number(row.gap),
              demand: number(row.demand),
              supply: number(row.supply),
            });
            return (
              <li key={key}>
                <button
                  type="button"
                  className="bar"
                  aria-pressed={key === selectedKey}
                  aria-label={label}
                  title={label}
                  onClick={() => onSelect(row)}
                >
                  <span className="bar-label">
                    <span className="code">
                      {row.competence.code} @{row.level}
                    </span>{' '}
                    <span className="title">{row.competence.title}</span>
                  </span>
                  <span className="bar-track" aria-hidden="true">
                    <span className="bar-demand" style={{ width: `${(row.demand / max) * 100}%`, background: colours.background }}>
                      <span className="bar-supply" style={{ width: `${row.demand ? (row.supply / row.demand) * 100 : 0}%` }} />
                    </span>
                  </span>
                  <span className="bar-value">{number(row.gap)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
