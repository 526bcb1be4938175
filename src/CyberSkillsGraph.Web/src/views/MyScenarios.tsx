import { useState } from 'react';
import { GraphQLRequestError } from '../api';
import type { Loaded } from '../data';
import { Status } from '../data';
import { useI18n } from '../i18n';
import { setSearch } from '../router';
import { deleteScenario, shareLink, type SavedScenarioInfo } from './scenarios';

/** The signed-in planner's saved scenarios: open one, delete one, or copy the link that shares it read-only. */
export function MyScenarios({
  loaded,
  region,
  year,
  onDeleted,
}: {
  loaded: Loaded<SavedScenarioInfo[] | null>;
  region: string;
  year: number;
  onDeleted: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const [link, setLink] = useState<{ id: string; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const forbidden = loaded.error instanceof GraphQLRequestError && loaded.error.code === 'FORBIDDEN';
  const date = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  const copy = (saved: SavedScenarioInfo) => {
    const url = shareLink(saved.shareId, region, year);
    setLink({ id: saved.id, url });
    // The link stays on screen as well: the clipboard can be refused (permissions, insecure context).
    navigator.clipboard?.writeText(url).catch(() => undefined);
  };

  const remove = async (saved: SavedScenarioInfo) => {
    setError(null);
    try {
      const answer = await deleteScenario(saved.id);
      if (answer.userErrors.length > 0) setError(answer.userErrors.map((u) => u.message).join(' '));
      else onDeleted(saved.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="my-scenarios" aria-labelledby="my-scenarios-heading" data-testid="my-scenarios">
      <h3 id="my-scenarios-heading">{t('scenario.mine')}</h3>
      {forbidden ? <p className="hint">{t('scenario.plannersOnly')}</p> : <Status loaded={loaded} />}
      {loaded.data?.length === 0 && <p className="hint">{t('scenario.noneSaved')}</p>}
      {loaded.data && loaded.data.length > 0 && (
        <ul className="saved-list">
          {loaded.data.map((s) => (
            <li key={s.id} data-testid="saved-scenario">
              <span className="saved-name">{s.name}</span> <span className="hint">{date.format(new Date(s.updatedAt))}</span>{' '}
              {s.stale && <span className="badge warn">{t('scenario.staleShort')}</span>}{' '}
              <button type="button" onClick={() => setSearch({ scenario: s.shareId })}>
                {t('scenario.open')}
              </button>{' '}
              <button type="button" onClick={() => copy(s)}>
                {t('scenario.copyLink')}
              </button>{' '}
              <button type="button" className="link-button" onClick={() => void remove(s)}>
                {t('scenario.delete')}
              </button>
              {link?.id === s.id && (
                <p role="status">
                  <label>
                    {t('scenario.linkCopied')} <input readOnly value={link.url} size={48} data-testid="share-link" onFocus={(e) => e.target.select()} />
                  </label>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
