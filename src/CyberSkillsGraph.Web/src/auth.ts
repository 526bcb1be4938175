// Sign-in for providers: OAuth 2.0 authorization code with PKCE (S256) against the API's own
// token server, as the public client "cyberskills-web". Tokens live in sessionStorage only (gone
// when the tab closes) and the access token is renewed with the refresh token before it expires.
import { GraphQLRequestError, graphql } from './api';

export const CLIENT_ID = 'cyberskills-web';
const SCOPE = 'api offline_access';
const TOKENS_KEY = 'csg.tokens';
const PENDING_KEY = 'csg.signin';

export interface Tokens {
  accessToken: string;
  refreshToken?: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

interface PendingSignIn {
  state: string;
  verifier: string;
  returnTo: string;
}

export const redirectUri = () => `${window.location.origin}/signin-callback`;

function base64Url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(byteCount = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

const listeners = new Set<() => void>();

/** Calls back whenever the user signs in or out (also from another tab of this session). */
export function onAuthChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const listener of listeners) listener();
}

export function currentTokens(): Tokens | null {
  try {
    const text = sessionStorage.getItem(TOKENS_KEY);
    return text ? (JSON.parse(text) as Tokens) : null;
  } catch {
    return null;
  }
}

export const isSignedIn = () => currentTokens() !== null;

function saveTokens(answer: { access_token: string; refresh_token?: string; expires_in?: number }, previous?: Tokens | null) {
  const tokens: Tokens = {
    accessToken: answer.access_token,
    refreshToken: answer.refresh_token ?? previous?.refreshToken,
    expiresAt: Date.now() + (answer.expires_in ?? 1800) * 1000,
  };
  sessionStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
  notify();
  return tokens;
}

export function signOutLocally() {
  sessionStorage.removeItem(TOKENS_KEY);
  notify();
}

/** Forgets the tokens and ends the sign-in session of the token server, which then comes back to /. */
export function signOut() {
  signOutLocally();
  window.location.assign('/connect/logout');
}

/** Goes to the token server's authorization endpoint; it shows its sign-in form and returns to /signin-callback. */
export async function startSignIn(returnTo: string) {
  if (!window.crypto?.subtle) throw new Error('Signing in needs a secure context (HTTPS or localhost).');
  const pending: PendingSignIn = { state: randomText(16), verifier: randomText(32), returnTo };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const parameters = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    scope: SCOPE,
    redirect_uri: redirectUri(),
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
  });
  window.location.assign(`/connect/authorize?${parameters}`);
}

async function tokenRequest(form: Record<string, string>) {
  const response = await fetch('/connect/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams(form),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    throw new Error(body.error_description || body.error || `The token server answered ${response.status}.`);
  }
  return body as { access_token: string; refresh_token?: string; expires_in?: number };
}

/** Finishes sign-in on /signin-callback: checks state, trades the code for tokens; returns where to go next. */
export async function completeSignIn(search: string): Promise<string> {
  const query = new URLSearchParams(search);
  const pendingText = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (query.get('error')) throw new Error(query.get('error_description') || query.get('error') || 'Sign-in failed.');
  const pending = pendingText ? (JSON.parse(pendingText) as PendingSignIn) : null;
  const code = query.get('code');
  if (!pending || !code || query.get('state') !== pending.state) {
    throw new Error('This sign-in answer does not belong to a sign-in started here; start again.');
  }
  saveTokens(
    await tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri(),
      client_id: CLIENT_ID,
      code_verifier: pending.verifier,
    }),
  );
  return pending.returnTo.startsWith('/') && !pending.returnTo.startsWith('//') ? pending.returnTo : '/provider';
}

let refreshing: Promise<Tokens | null> | null = null;

async function refresh(tokens: Tokens): Promise<Tokens | null> {
  if (!tokens.refreshToken) return null;
  refreshing ??= tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refreshToken, client_id: CLIENT_ID })
    .then((answer) => saveTokens(answer, tokens))
    .catch(() => {
      signOutLocally();
      return null;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** An access token valid for at least another minute, refreshed if need be; null when signed out. */
export async function accessToken(): Promise<string | null> {
  const tokens = currentTokens();
  if (!tokens) return null;
  if (tokens.expiresAt - Date.now() > 60_000) return tokens.accessToken;
  return (await refresh(tokens))?.accessToken ?? null;
}

/** A GraphQL request with the user's token; an UNAUTHENTICATED answer gets one refresh and one retry. */
export async function authorizedGraphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const token = await accessToken();
  if (!token) throw new GraphQLRequestError([{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }]);
  try {
    return await graphql<T>(query, variables, { token });
  } catch (e) {
    const tokens = currentTokens();
    if (e instanceof GraphQLRequestError && e.code === 'UNAUTHENTICATED' && tokens) {
      const renewed = await refresh(tokens);
      if (renewed) return graphql<T>(query, variables, { token: renewed.accessToken });
    }
    throw e;
  }
}

window.addEventListener('storage', (e) => {
  if (e.key === TOKENS_KEY) notify();
});
