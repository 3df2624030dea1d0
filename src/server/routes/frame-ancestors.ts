import { badInput } from "../../domain/errors.ts";

/** The environment variable that lists who may frame the embeddable views. */
export const FRAME_ANCESTORS_ENV = "NEWSGRAPH_FRAME_ANCESTORS";

/** Same origin only, unless configured. */
export const DEFAULT_FRAME_ANCESTORS = "'self'";

// CSP Level 3 source expressions that mean something in frame-ancestors: keywords, a scheme
// (`https:`), or a host source with optional scheme, wildcard subdomain, port and path.
const KEYWORD = /^'(self|none)'$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:$/i;
const HOST =
  /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(?:\d{1,5}|\*))?(?:\/[^\s;,]*)?$/i;

/**
 * Parses NEWSGRAPH_FRAME_ANCESTORS, a space-separated CSP source list such as
 * `'self' https://grafana.example.org`, into the value of `frame-ancestors`. A token that is not
 * a source expression is refused at start, naming it: a typo would otherwise silently block (or
 * open) framing. `none` and `self` are accepted without quotes too, as people often write them.
 */
export function parseFrameAncestors(value: string | undefined): string {
  const text = value?.trim();
  if (!text) return DEFAULT_FRAME_ANCESTORS;
  const sources = text.split(/\s+/).map((token) => {
    const quoted = /^(self|none)$/i.test(token) ? `'${token.toLowerCase()}'` : token;
    if (KEYWORD.test(quoted) || quoted === "*" || SCHEME.test(quoted) || HOST.test(quoted)) {
      return quoted;
    }
    throw badInput(
      `${FRAME_ANCESTORS_ENV}: "${token}" is not a CSP source (expected 'self', 'none', *, a scheme such as https:, or an origin such as https://dashboards.example.org)`,
      { variable: FRAME_ANCESTORS_ENV, value: token },
    );
  });
  if (sources.includes("'none'") && sources.length > 1) {
    throw badInput(`${FRAME_ANCESTORS_ENV}: 'none' cannot be combined with other sources`, {
      variable: FRAME_ANCESTORS_ENV,
    });
  }
  return sources.join(" ");
}
