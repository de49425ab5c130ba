// Small DOM helpers shared by the panels. Text from the server only ever goes in as text nodes.

// A new element with an optional class and text (set with textContent, never parsed as HTML).
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// The URL when it is an absolute http(s) link, else null: javascript:, data: and relative links
// never become links.
export function safeUrl(url) {
  if (!url || !String(url).trim()) return null; // "" would resolve to this page
  try {
    const parsed = new URL(String(url)); // absolute links only: a relative one is not an original
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// A link that opens in a new tab without giving that page a handle on this one.
export function externalLink(href, text, className) {
  const link = element('a', className, text);
  link.href = href;
  link.rel = 'noopener noreferrer';
  link.target = '_blank';
  return link;
}
