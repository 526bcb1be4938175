import './workers';
import 'graphiql/style.css';
import './graphiql.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import type { Fetcher } from '@graphiql/toolkit';
import { accessToken } from '../auth';
import { initialLang } from '../i18n';
import { examples, groups, type Example } from './examples';

const lang = initialLang();
document.documentElement.lang = lang;
const text =
  lang === 'ja'
    ? { back: 'ダッシュボードへ戻る', title: 'GraphQL API を試す', examples: 'クエリ例', open: '新しいタブで開く' }
    : { back: 'Back to the dashboard', title: 'Try the GraphQL API', examples: 'Examples', open: 'Opens in a new tab' };

/** POSTs to the API's own /graphql; sends the provider's token from the Providers page when no Authorization header is given. */
const fetcher: Fetcher = async (params, options) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [name, value] of Object.entries(options?.headers ?? {})) headers[name.toLowerCase()] = String(value);
  if (!headers.authorization || headers.authorization.includes('<')) {
    delete headers.authorization;
    const token = await accessToken();
    if (token) headers.authorization = `Bearer ${token}`;
  }
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  return response.json();
};

function ExamplesPanel() {
  const { addTab, updateActiveTabValues, setOperationName } = useGraphiQLActions();
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const headerEditor = useGraphiQL((s) => s.headerEditor);
  const open = (example: Example) => {
    addTab();
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(example.variables ?? '');
    headerEditor?.setValue(example.headers ?? '');
    updateActiveTabValues({ query: example.query, variables: example.variables ?? '', headers: example.headers ?? '' });
    // Run the example's first operation, not the one the previous tab had selected.
    const operation = /^\s*(?:query|mutation)\s+(\w+)/m.exec(example.query)?.[1];
    if (operation) setOperationName(operation);
  };
  return (
    <div className="csg-examples">
      <div className="graphiql-doc-explorer-title">{text.examples}</div>
      {(Object.keys(groups) as Example['group'][]).map((group) => (
        <section key={group} aria-labelledby={`examples-${group}`}>
          <h3 id={`examples-${group}`}>{groups[group]}</h3>
          <ul>
            {examples
              .filter((e) => e.group === group)
              .map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    className="csg-example"
                    data-example={e.id}
                    onClick={() => open(e)}
                    title={text.open}
                    disabled={!queryEditor || !variableEditor || !headerEditor}
                  >
                    {e.title}
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const examplesPlugin: GraphiQLPlugin = {
  title: text.examples,
  icon: () => (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M5 4h10l4 4v12H5z" />
      <path d="M8 11h8M8 14h8M8 17h5" />
    </svg>
  ),
  content: ExamplesPanel,
};

// Tabs for a first visit; later visits restore the user's own tabs from localStorage.
const defaultTabs = ['planner-gaps-jp', 'planner-learning-path', 'provider-programmes', 'provider-register', 'standards-equivalents', 'standards-coverage']
  .map((id) => examples.find((e) => e.id === id)!)
  .map((e) => ({ query: e.query, variables: e.variables, headers: e.headers }));

function App() {
  return (
    <div className="csg-graphiql">
      <header className="csg-bar">
        <a href="/">← {text.back}</a>
        <span className="csg-bar-title">CyberSkillsGraph · {text.title}</span>
      </header>
      <div className="csg-graphiql-body">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={defaultTabs}
          plugins={[examplesPlugin, HISTORY_PLUGIN]}
          visiblePlugin={window.innerWidth >= 900 ? examplesPlugin : undefined}
          defaultEditorToolsVisibility="variables"
        >
          <GraphiQL.Logo>CyberSkillsGraph</GraphiQL.Logo>
        </GraphiQL>
      </div>
    </div>
  );
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
