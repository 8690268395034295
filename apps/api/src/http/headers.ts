import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response (Hono's secure-headers): nosniff, no framing, no referrer,
 * and a Content-Security-Policy fit for the bundled page — Vite emits one module script and one
 * stylesheet under /assets and no inline script, so scripts and styles come from this origin
 * only; the page's only image is the `data:` favicon; downloads are `blob:` URLs it makes itself.
 * Preact sets element styles through the CSSOM, which a CSP does not restrict.
 */
export const SECURITY_HEADERS = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  xContentTypeOptions: 'nosniff',
  // Served over plain HTTP on a LAN by default: HSTS would be ignored there, and wrong behind a TLS proxy that does not want it.
  strictTransportSecurity: false,
});
