/** Routes of the knowledge base and the public help center (to be folded into app/paths.ts). */
export const kbPaths = {
  helpHome: (language: string) => `/help/${language}`,
  helpSearch: (language: string, q: string) =>
    `/help/${language}/search?q=${encodeURIComponent(q)}`,
  helpSection: (language: string, id: number) => `/help/${language}/sections/${id}`,
  helpArticle: (language: string, id: number, slug?: string) =>
    `/help/${language}/articles/${id}${slug ? `-${slug}` : ''}`,
  articles: '/knowledge-base',
  newArticle: '/knowledge-base/new',
  articleFromTicket: (ticketId: number) => `/knowledge-base/new?fromTicket=${ticketId}`,
  article: (id: number) => `/knowledge-base/articles/${id}`,
  reports: '/knowledge-base/reports',
};

export const KB_LANGUAGES = ['en', 'fi', 'ja', 'hu', 'lv'] as const;
