/**
 * Launch options under which no host name resolves except the fault server's (127.0.0.1 and
 * localhost), as on a machine with no network: the default watchlist's europa.eu sites and the
 * default canaries fail with "name not resolved" at once, here and on a developer's connected
 * machine alike, so no test waits on or depends on the internet.
 *
 * Chromium: host-resolver rules map every name to NOTFOUND (net::ERR_NAME_NOT_RESOLVED).
 * Firefox has no such switch; its DNS-over-HTTPS-only mode (TRR mode 3) pointed at a resolver that
 * refuses connections fails every lookup with NS_ERROR_UNKNOWN_HOST, while localhost (a built-in
 * TRR exclusion) and address literals still connect.
 */
export function noInternetChromiumArgs(): string[] {
  return ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'];
}

/** @param refusedPort a local port nothing listens on (startRefusedPort) */
export function noInternetFirefoxPrefs(refusedPort: number): Record<string, unknown> {
  const resolver = `https://127.0.0.1:${refusedPort}/dns-query`;
  return {
    'network.trr.mode': 3,
    'network.trr.uri': resolver,
    'network.trr.custom_uri': resolver,
    // No confirmation lookup before use: every query fails the same way from the first one.
    'network.trr.confirmationNS': 'skip',
  };
}
