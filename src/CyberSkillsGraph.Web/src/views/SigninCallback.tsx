import { useEffect, useRef, useState } from 'react';
import { completeSignIn } from '../auth';
import { useI18n } from '../i18n';
import { Link, navigate } from '../router';

/** Where the token server sends the browser back with an authorization code. */
export function SigninCallback() {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    // The code can be redeemed once: guard against the second effect run of React's strict mode.
    if (started.current) return;
    started.current = true;
    completeSignIn(window.location.search).then(
      (returnTo) => navigate(returnTo, { replace: true }),
      (e: Error) => setError(e.message),
    );
  }, []);
  return (
    <section>
      <h1>{t('prov.heading')}</h1>
      {error ? (
        <div className="notice error" role="alert">
          <p>
            {t('callback.failed')} {error}
          </p>
          <Link href="/provider">{t('callback.again')}</Link>
        </div>
      ) : (
        <p role="status">{t('callback.working')}</p>
      )}
    </section>
  );
}
