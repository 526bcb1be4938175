// Drives the CyberSkillsGraph token server the way another service or a standard client would, with
// openid-client (a certified OpenID Connect relying party) and jose, and prints one JSON document:
// { "checks": [ { "name", "ok", "detail" } ] }.
//
//   node oidc.mjs http://127.0.0.1:5000/ '{"clients":[["test-planner","secret","planner",null]], ...}'
//
// The second argument names the test accounts (clients with secret, role and provider; one user with
// password; the web client's redirect URI). Exit code: 0 when every check ran (whatever its outcome),
// 2 on a usage error.
import * as client from 'openid-client';
import * as jose from 'jose';

const [base, accountsJson] = process.argv.slice(2);
if (!base || !/^http:\/\/127\.0\.0\.1:\d+\/$/.test(base) || !accountsJson) {
  process.stderr.write('usage: node oidc.mjs http://127.0.0.1:<port>/ <accounts as JSON>\n');
  process.exit(2);
}
const accounts = JSON.parse(accountsJson);
const server = new URL(base);
const insecure = { execute: [client.allowInsecureRequests] }; // loopback test server, plain HTTP
const checks = [];

async function check(name, run) {
  try {
    const detail = await run();
    checks.push({ name, ok: true, detail: detail ?? null });
  } catch (e) {
    checks.push({ name, ok: false, detail: `${e?.name ?? 'Error'}: ${e?.message ?? e}${e?.code ? ` (${e.code})` : ''}${e?.error ? ` [${e.error}]` : ''}` });
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const bounded = (url, init = {}) => fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(10_000) });

// A browser, reduced to what the sign-in form needs: cookies and manual redirects.
class Browser {
  cookies = new Map();
  async get(url) {
    return this.#keep(await bounded(new URL(url, server), { headers: this.#headers() }));
  }
  async post(url, form) {
    return this.#keep(await bounded(new URL(url, server), {
      method: 'POST',
      headers: { ...this.#headers(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
    }));
  }
  #headers() {
    return this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }
  #keep(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return response;
  }
  // Follows the authorization request; signs in on the login page when it is shown. Returns the final redirect to the client.
  async authorize(url, user) {
    let response = await this.get(url);
    for (let hops = 0; hops < 6; hops++) {
      expect(response.status === 302 || response.status === 303, `expected a redirect, got ${response.status}: ${await response.text()}`);
      const location = new URL(response.headers.get('location'), server);
      if (location.origin !== server.origin || !location.pathname.startsWith('/account/login') && !location.pathname.startsWith('/connect/authorize')) return location;
      if (location.pathname.startsWith('/account/login')) {
        expect(user, 'the login page was shown where no sign-in was expected');
        const page = await (await this.get(location)).text();
        const token = page.match(/name="(__RequestVerificationToken[^"]*)" value="([^"]+)"/);
        const returnUrl = page.match(/name="returnUrl" value="([^"]*)"/);
        expect(token && returnUrl, 'the login page has no form');
        const decode = (s) => s.replace(/&amp;/g, '&').replace(/&#x2B;/g, '+').replace(/&#x3D;/g, '=').replace(/&#x27;/g, "'").replace(/&quot;/g, '"');
        response = await this.post('/account/login', {
          [token[1]]: decode(token[2]), returnUrl: decode(returnUrl[1]), username: user.name, password: user.password,
        });
      } else {
        response = await this.get(location);
      }
    }
    throw new Error('too many redirects');
  }
}

const graphql = async (accessToken, query) =>
  (await bounded(new URL('/graphql', server), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query }),
  })).json();

const setDemand = 'mutation { setDemand(input: { region: "DE", role: "ECSF:CISO", year: 2034, openings: 1 }) { demandEntry { openings } userErrors { field message } } }';

let metadata;
await check('discovery: openid-client accepts the issuer metadata', async () => {
  const config = await client.discovery(server, accounts.clients[0][0], accounts.clients[0][1], undefined, insecure);
  metadata = config.serverMetadata();
  expect(metadata.issuer === base, `issuer ${metadata.issuer}`);
  expect(JSON.stringify(metadata.code_challenge_methods_supported) === '["S256"]', 'PKCE methods other than S256 advertised');
  return metadata.issuer;
});

const jwks = jose.createRemoteJWKSet(new URL(metadata?.jwks_uri ?? new URL('/.well-known/jwks', server)));

for (const [clientId, secret, role, provider] of accounts.clients) {
  await check(`client credentials (${role}): the access token verifies with jose against the JWKS and carries aud`, async () => {
    const config = await client.discovery(server, clientId, secret, undefined, insecure);
    const tokens = await client.clientCredentialsGrant(config, { scope: 'api' });
    const { payload, protectedHeader } = await jose.jwtVerify(tokens.access_token, jwks, {
      issuer: base, audience: 'cyberskills-api', typ: 'at+jwt',
    });
    expect(payload.sub === clientId && payload.role === role, `sub ${payload.sub}, role ${payload.role}`);
    expect((payload.provider_id ?? null) === provider, `provider_id ${payload.provider_id}`);
    expect(tokens.id_token === undefined, 'a service got an id_token');
    return `${protectedHeader.alg}, aud ${payload.aud}`;
  });
}

const [serviceId, serviceSecret] = accounts.clients[0];
const service = await client.discovery(server, serviceId, serviceSecret, undefined, insecure).catch(() => null);

await check('scope: a token without "api" cannot write', async () => {
  const tokens = await client.clientCredentialsGrant(service, {});
  const answer = await graphql(tokens.access_token, setDemand);
  expect(answer.errors?.[0]?.extensions?.code === 'FORBIDDEN', JSON.stringify(answer));
});

await check('introspection (RFC 7662) and revocation (RFC 7009): a revoked token is inactive and cannot write', async () => {
  const tokens = await client.clientCredentialsGrant(service, { scope: 'api' });
  const before = await client.tokenIntrospection(service, tokens.access_token);
  await client.tokenRevocation(service, tokens.access_token);
  const after = await client.tokenIntrospection(service, tokens.access_token);
  const answer = await graphql(tokens.access_token, setDemand);
  expect(before.active === true && after.active === false, `active ${before.active} then ${after.active}`);
  expect(answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED', JSON.stringify(answer));
});

const web = await client.discovery(server, 'cyberskills-web', { token_endpoint_auth_method: 'none' }, client.None(), insecure).catch(() => null);
const redirectUri = accounts.redirectUri;

async function authorizationRequest(extra = {}) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(web, {
    redirect_uri: redirectUri, scope: 'openid profile roles api offline_access', state, nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', ...extra,
  });
  return { verifier, state, nonce, url };
}

await check('PKCE: plain is refused', async () => {
  const verifier = client.randomPKCECodeVerifier();
  const url = client.buildAuthorizationUrl(web, {
    redirect_uri: redirectUri, scope: 'openid api', code_challenge: verifier, code_challenge_method: 'plain', state: client.randomState(),
  });
  const response = await bounded(url);
  const body = await response.text();
  expect(response.status === 400 && body.includes('invalid_request'), `${response.status} ${body}`);
});

await check('prompt=none without a session: the client gets login_required', async () => {
  const request = await authorizationRequest({ prompt: 'none' });
  const callback = await new Browser().authorize(request.url);
  try {
    await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state, expectedNonce: request.nonce });
  } catch (e) {
    expect(e.error === 'login_required', `error ${e.error ?? e.message}`);
    return 'login_required';
  }
  throw new Error('a code was issued without a session');
});

const browser = new Browser();
let userTokens;
await check('authorization code + S256: sign-in, ID token with nonce and auth_time, access token for the API', async () => {
  const request = await authorizationRequest();
  const callback = await browser.authorize(request.url, accounts.user);
  userTokens = await client.authorizationCodeGrant(web, callback, {
    pkceCodeVerifier: request.verifier, expectedState: request.state, expectedNonce: request.nonce, idTokenExpected: true,
  });
  const claims = userTokens.claims();
  expect(typeof claims.auth_time === 'number', 'no auth_time');
  expect(claims.name === accounts.user.name, `name ${claims.name}`);
  const { payload } = await jose.jwtVerify(userTokens.access_token, jwks, { issuer: base, audience: 'cyberskills-api' });
  return `sub ${payload.sub}, auth_time ${claims.auth_time}`;
});

await check('prompt=none with a session: a code comes back without a page', async () => {
  const request = await authorizationRequest({ prompt: 'none' });
  const callback = await browser.authorize(request.url);
  const tokens = await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state, expectedNonce: request.nonce });
  expect(tokens.access_token, 'no access token');
});

await check('userinfo: the signed-in user with name and role', async () => {
  const info = await client.fetchUserInfo(web, userTokens.access_token, userTokens.claims().sub);
  expect(info.name === accounts.user.name && info.role === accounts.user.role, JSON.stringify(info));
  return JSON.stringify(info);
});

await check('refresh: a new access token', async () => {
  const refreshed = await client.refreshTokenGrant(web, userTokens.refresh_token);
  expect(refreshed.access_token && refreshed.access_token !== userTokens.access_token, 'no new access token');
  userTokens = refreshed;
});

await check('logout: back to the registered page, and the refresh token stops working', async () => {
  const postLogout = new URL('/', redirectUri).toString();
  const url = client.buildEndSessionUrl(web, { post_logout_redirect_uri: postLogout, state: 'bye' });
  const response = await browser.get(url);
  const location = response.headers.get('location') ?? '';
  expect(response.status === 302 && location.startsWith(postLogout), `${response.status} ${location}`);
  try {
    await client.refreshTokenGrant(web, userTokens.refresh_token);
  } catch (e) {
    expect(e.error === 'invalid_grant', `error ${e.error ?? e.message}`);
    return 'invalid_grant';
  }
  throw new Error('the refresh token still works after logout');
});

process.stdout.write(JSON.stringify({ checks }, null, 2) + '\n');
