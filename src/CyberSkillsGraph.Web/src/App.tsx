import { useEffect, useRef } from 'react';
import { useI18n, type Lang, type TextKey } from './i18n';
import { Link, useLocation } from './router';
import { CoverageView } from './views/CoverageView';
import { Dashboard } from './views/Dashboard';
import { LearningPathView } from './views/LearningPathView';
import { ProgrammeForm, ProviderHome } from './views/ProviderPages';
import { ReportPage } from './views/ReportPage';
import { RoleBridgeView } from './views/RoleBridgeView';
import { SigninCallback } from './views/SigninCallback';

const sections: { href: string; key: TextKey; matches: (path: string) => boolean }[] = [
  { href: '/', key: 'nav.dashboard', matches: (p) => p === '/' },
  { href: '/learning-path', key: 'nav.learningPath', matches: (p) => p === '/learning-path' },
  { href: '/coverage', key: 'nav.coverage', matches: (p) => p === '/coverage' },
  { href: '/role-bridge', key: 'nav.roleBridge', matches: (p) => p === '/role-bridge' },
  { href: '/provider', key: 'nav.provider', matches: (p) => p === '/provider' || p.startsWith('/provider/') },
];

function Page({ path }: { path: string }) {
  const { t } = useI18n();
  if (path === '/' || path === '/index.html') return <Dashboard />;
  if (path === '/learning-path') return <LearningPathView />;
  if (path === '/coverage') return <CoverageView />;
  if (path === '/role-bridge') return <RoleBridgeView />;
  if (path === '/report') return <ReportPage />;
  if (path === '/signin-callback') return <SigninCallback />;
  if (path === '/provider') return <ProviderHome />;
  if (path === '/provider/new') return <ProgrammeForm />;
  const edit = /^\/provider\/edit\/(.+)$/.exec(path);
  if (edit) return <ProgrammeForm id={decodeURIComponent(edit[1])} />;
  return (
    <section>
      <h1>{t('common.notFound')}</h1>
      <p>
        <Link href="/">{t('common.home')}</Link>
      </p>
    </section>
  );
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After an in-app navigation, move focus to the new page so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);

  useEffect(() => {
    const section = sections.find((s) => s.matches(path));
    document.title = section ? `${t(section.key)} · ${t('app.title')}` : t('app.title');
  }, [path, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link href="/" className="brand-name">
            {t('app.title')}
          </Link>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {sections.map((s) => (
              <li key={s.href}>
                <Link href={s.href} aria-current={s.matches(path) ? 'page' : undefined}>
                  {t(s.key)}
                </Link>
              </li>
            ))}
            <li>
              <a href="/graphiql">{t('nav.graphiql')}</a>
            </li>
          </ul>
        </nav>
        <div className="lang-switch" role="group" aria-label={t('lang.label')}>
          {(['en', 'ja'] as Lang[]).map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
              {l === 'en' ? 'English' : '日本語'}
            </button>
          ))}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page path={path} />
      </main>
      <footer className="site-footer">
        <p>{t('app.illustrative')}</p>
      </footer>
    </>
  );
}
