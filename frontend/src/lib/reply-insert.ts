/**
 * Lets a panel beside a ticket put text into that ticket's reply composer without the two
 * features importing each other: the composer listens, the panel asks.
 */
const EVENT = 'kaiku:reply-insert';

interface InsertDetail {
  ticketId: number;
  html: string;
}

export function requestReplyInsert(ticketId: number, html: string) {
  window.dispatchEvent(new CustomEvent<InsertDetail>(EVENT, { detail: { ticketId, html } }));
}

export function onReplyInsert(ticketId: number, handler: (html: string) => void) {
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<InsertDetail>).detail;
    if (detail.ticketId === ticketId) handler(detail.html);
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
