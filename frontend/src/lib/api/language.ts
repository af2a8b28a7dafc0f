import i18n from '@/lib/i18n';
import { PSEUDO } from '@/lib/pseudo';
import { api } from './client';

/**
 * Tells the server the UI language, not the browser's: it sorts customer names by that
 * language's collation.
 */
api.use({
  onRequest({ request }) {
    const language = i18n.language === PSEUDO ? 'en' : i18n.language;
    if (language) request.headers.set('Accept-Language', language);
    return request;
  },
});
