// Sign-in for providers with oidc-client-ts (a maintained OpenID Connect client): authorization code
// with PKCE (S256) against the API's own token server, as the public client "cyberskills-web". The
// user (tokens included) lives in sessionStorage only, gone when the tab closes; the access token is
// renewed with the refresh token when it is about to expire.
import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { GraphQLRequestError, request } from './api';
import type { TypedDocumentString } from './gql/graphql';

export const CLIENT_ID = 'cyberskills-web';
const SCOPE = 'openid api offline_access';

export const redirectUri = () => `${window.location.origin}/signin-callback`;

let manager: UserManager | null = null;

function users(): UserManager {
  manager ??= createManager();
  return manager;
}

function createManager(): UserManager {
  const store = new WebStorageStateStore({ store: window.sessionStorage });
  const created = new UserManager({
    authority: window.location.origin,
    client_id: CLIENT_ID,
    redirect_uri: redirectUri(),
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: SCOPE,
    userStore: store,
    stateStore: store,
    // Renewal happens on demand in accessToken(); no timers, no hidden iframes.
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
  created.events.addUserLoaded((user) => setCurrent(user));
  created.events.addUserUnloaded(() => setCurrent(null));
  return created;
}

// The stored user, read once at start-up so that isSignedIn() can answer synchronously.
const storageKey = () => `oidc.user:${window.location.origin}:${CLIENT_ID}`;
let current: User | null = readStoredUser();

function readStoredUser(): User | null {
  try {
    const text = sessionStorage.getItem(storageKey());
    return text ? User.fromStorageString(text) : null;
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();

/** Calls back whenever the user signs in or out. */
export function onAuthChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setCurrent(user: User | null) {
  current = user;
  for (const listener of listeners) listener();
}

export const isSignedIn = () => current !== null;

export async function signOutLocally() {
  await users().removeUser();
}

/** Forgets the tokens and ends the sign-in session of the token server (which revokes them), then comes back to /. */
export async function signOut() {
  const idTokenHint = current?.id_token;
  await signOutLocally();
  await users().signoutRedirect({ id_token_hint: idTokenHint });
}

/** Goes to the token server's authorization endpoint; it shows its sign-in form and returns to /signin-callback. */
export async function startSignIn(returnTo: string) {
  if (!window.crypto?.subtle) throw new Error('Signing in needs a secure context (HTTPS or localhost).');
  // The sign-in page speaks the UI's language.
  await users().signinRedirect({ state: { returnTo }, ui_locales: document.documentElement.lang || undefined });
}

/** Finishes sign-in on /signin-callback: checks state and nonce, trades the code for tokens; returns where to go next. */
export async function completeSignIn(search: string): Promise<string> {
  const user = await users().signinRedirectCallback(`${redirectUri()}${search}`);
  const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo ?? '';
  return returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/provider';
}

let refreshing: Promise<User | null> | null = null;

async function refresh(): Promise<User | null> {
  refreshing ??= users()
    .signinSilent()
    .catch(async () => {
      await signOutLocally();
      return null;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** An access token valid for at least another minute, refreshed if need be; null when signed out. */
export async function accessToken(): Promise<string | null> {
  if (!current) return null;
  if ((current.expires_in ?? 0) > 60) return current.access_token;
  return (await refresh())?.access_token ?? null;
}

/** A GraphQL request with the user's token; an UNAUTHENTICATED answer gets one refresh and one retry. */
export async function authorizedGraphql<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const token = await accessToken();
  if (!token) throw new GraphQLRequestError([{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }]);
  try {
    return await request(document, variables, { token });
  } catch (e) {
    if (e instanceof GraphQLRequestError && e.code === 'UNAUTHENTICATED' && current) {
      const renewed = await refresh();
      if (renewed) return request(document, variables, { token: renewed.access_token });
    }
    throw e;
  }
}
