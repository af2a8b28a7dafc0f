import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export const kbKeys = {
  all: ['knowledge-base'] as const,
  helpCategories: (language: string) => [...kbKeys.all, 'help', 'categories', language] as const,
  helpSection: (id: number, language: string) =>
    [...kbKeys.all, 'help', 'section', id, language] as const,
  helpArticle: (id: number, language: string) =>
    [...kbKeys.all, 'help', 'article', id, language] as const,
  search: (q: string, language: string) => [...kbKeys.all, 'help', 'search', q, language] as const,
  suggestions: (q: string, language: string) =>
    [...kbKeys.all, 'help', 'suggestions', q, language] as const,
  categories: ['knowledge-base', 'categories'] as const,
  articles: (sectionId?: number) => [...kbKeys.all, 'articles', sectionId ?? 'all'] as const,
  article: (id: number) => [...kbKeys.all, 'article', id] as const,
  versions: (id: number, language: string) => [...kbKeys.all, 'versions', id, language] as const,
  ticketDraft: (ticketId: number) => [...kbKeys.all, 'ticket-draft', ticketId] as const,
  ticketSuggestions: (ticketId: number) => [...kbKeys.all, 'ticket-suggestions', ticketId] as const,
  recurring: (days: number) => [...kbKeys.all, 'reports', 'recurring', days] as const,
  selfService: (days: number) => [...kbKeys.all, 'reports', 'self-service', days] as const,
};

export const helpCategoriesOptions = (language: string) =>
  queryOptions({
    queryKey: kbKeys.helpCategories(language),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/help-center/categories', {
          params: { query: { language } },
          signal,
        }),
      ),
  });

export const helpSectionOptions = (id: number, language: string) =>
  queryOptions({
    queryKey: kbKeys.helpSection(id, language),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/help-center/sections/{id}', {
          params: { path: { id }, query: { language } },
          signal,
        }),
      ),
  });

export const helpArticleOptions = (id: number, language: string) =>
  queryOptions({
    queryKey: kbKeys.helpArticle(id, language),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/help-center/articles/{id}', {
          params: { path: { id }, query: { language } },
          signal,
        }),
      ),
  });

export const searchOptions = (q: string, language: string) =>
  queryOptions({
    queryKey: kbKeys.search(q, language),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/help-center/search', {
          params: { query: { q, language, limit: 20 } },
          signal,
        }),
      ),
    enabled: q.trim().length > 0,
  });

export const suggestionsOptions = (q: string, language: string) =>
  queryOptions({
    queryKey: kbKeys.suggestions(q, language),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/help-center/suggestions', {
          params: { query: { q, language } },
          signal,
        }),
      ),
    enabled: q.trim().length >= 3,
    staleTime: 60_000,
  });

export const categoriesOptions = () =>
  queryOptions({
    queryKey: kbKeys.categories,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/knowledge-base/categories', { signal })),
  });

export const articlesOptions = () =>
  queryOptions({
    queryKey: kbKeys.articles(),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/knowledge-base/articles', {
          params: { query: { limit: 100 } },
          signal,
        }),
      ),
  });

export const articleOptions = (id: number) =>
  queryOptions({
    queryKey: kbKeys.article(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/knowledge-base/articles/{id}', { params: { path: { id } }, signal }),
      ),
    enabled: Number.isInteger(id) && id > 0,
  });

export const versionsOptions = (id: number, language: string) =>
  queryOptions({
    queryKey: kbKeys.versions(id, language),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/knowledge-base/articles/{id}/translations/{language}/versions', {
          params: { path: { id, language } },
          signal,
        }),
      ),
  });

export const ticketDraftOptions = (ticketId: number) =>
  queryOptions({
    queryKey: kbKeys.ticketDraft(ticketId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/knowledge-base/ticket-drafts/{ticketId}', {
          params: { path: { ticketId } },
          signal,
        }),
      ),
    enabled: Number.isInteger(ticketId) && ticketId > 0,
  });

export const ticketSuggestionsOptions = (ticketId: number) =>
  queryOptions({
    queryKey: kbKeys.ticketSuggestions(ticketId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/knowledge-base/tickets/{ticketId}/suggestions', {
          params: { path: { ticketId } },
          signal,
        }),
      ),
  });

export const recurringOptions = (days: number) =>
  queryOptions({
    queryKey: kbKeys.recurring(days),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/knowledge-base/reports/recurring-questions', {
          params: { query: { days } },
          signal,
        }),
      ),
  });

export const selfServiceOptions = (days: number) =>
  queryOptions({
    queryKey: kbKeys.selfService(days),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/knowledge-base/reports/self-service', {
          params: { query: { days } },
          signal,
        }),
      ),
  });
