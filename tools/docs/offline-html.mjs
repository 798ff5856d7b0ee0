// Keeps the docs page self-contained: no script, stylesheet, font, image or preconnect from
// another origin. The browser test proves the same at run time by blocking every request that
// leaves the loopback server.

const EXTERNAL = String.raw`(?:https?:)?\/\/`;

/** Tags and CSS that would make the browser fetch from another origin when the page loads. */
const STATIC_PATTERNS = [
  new RegExp(
    String.raw`<script\b[^>]*\bsrc\s*=\s*["']${EXTERNAL}[^"']*["'][^>]*>\s*</script>`,
    'gi',
  ),
  new RegExp(String.raw`<link\b[^>]*\bhref\s*=\s*["']${EXTERNAL}[^"']*["'][^>]*>`, 'gi'),
  new RegExp(String.raw`<img\b[^>]*\bsrc\s*=\s*["']${EXTERNAL}[^"']*["'][^>]*>`, 'gi'),
  new RegExp(String.raw`@import\s+(?:url\()?["']?${EXTERNAL}[^;]*;`, 'gi'),
  new RegExp(String.raw`url\(\s*["']?${EXTERNAL}(?!www\.w3\.org)[^)]*\)`, 'gi'),
];

/** Images the renderer's script requests at run time (the Redocly logo in the sidebar). */
const RUNTIME_ASSET = /https:\/\/cdn\.redoc\.ly\/[^`"'\s)]+/g;

// A local stand-in for the logo, so the "API docs by" credit stays without a request to a CDN.
const LOGO =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">' +
      '<text x="0" y="12" font-family="sans-serif" font-size="12" fill="#6b6b76">Redocly</text></svg>',
  );

export function externalResources(html) {
  return [...STATIC_PATTERNS, RUNTIME_ASSET].flatMap((pattern) => html.match(pattern) ?? []);
}

/**
 * Removes external `<link>`s (fonts, preconnects), swaps the CDN logo for a local one, and
 * declares an empty icon so browsers do not request /favicon.ico from whoever hosts the page.
 */
export function makeSelfContained(html) {
  const withIcon = /<link\b[^>]*\brel=["'](?:shortcut )?icon["']/i.test(html)
    ? html
    : html.replace(/<head>/i, '<head>\n  <link rel="icon" href="data:," />');
  return withIcon.replace(STATIC_PATTERNS[1], '').replace(RUNTIME_ASSET, LOGO);
}
