/**
 * The page's Content-Security-Policy nonce, put into index.html by the server on every load.
 * Style elements that Mantine and the editor create carry it; any other inline style is refused.
 */
export function styleNonce(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const nonce = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content');
  return nonce && !nonce.startsWith('__') ? nonce : undefined;
}
