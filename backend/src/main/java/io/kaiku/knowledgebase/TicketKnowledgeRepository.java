package io.kaiku.knowledgebase;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The knowledge base's index of solved tickets (what was asked), for similar tickets and recurring questions. */
@ApplicationScoped
public class TicketKnowledgeRepository {
    private final EntityManager em;

    public TicketKnowledgeRepository(EntityManager em) {
        this.em = em;
    }

    /** The sync position, locked so that two instances do not index the same tickets at once. */
    public Object[] lockSyncPosition(Instant initial) {
        em.createNativeQuery(
                        "insert into kb_solved_ticket_sync (id, updated_at, ticket_id) values (1, :at, 0) on conflict do nothing")
                .setParameter("at", initial)
                .executeUpdate();
        return (Object[])
                em.createNativeQuery("select updated_at, ticket_id from kb_solved_ticket_sync where id = 1 for update")
                        .getSingleResult();
    }

    public void saveSyncPosition(Instant updatedAt, long ticketId) {
        em.createNativeQuery("update kb_solved_ticket_sync set updated_at = :at, ticket_id = :id where id = 1")
                .setParameter("at", updatedAt)
                .setParameter("id", ticketId)
                .executeUpdate();
    }

    public void upsert(
            long ticketId,
            String number,
            String subject,
            String question,
            String language,
            Instant updatedAt,
            String terms,
            String vector) {
        em.createNativeQuery("""
                insert into kb_solved_ticket (ticket_id, number, subject, question, language, updated_at, terms, search)
                values (:id, :number, :subject, :question, :language, :at, cast(:terms as text[]), cast(:vector as tsvector))
                on conflict (ticket_id) do update set number = excluded.number, subject = excluded.subject,
                    question = excluded.question, language = excluded.language, updated_at = excluded.updated_at,
                    terms = excluded.terms, search = excluded.search
                """)
                .setParameter("id", ticketId)
                .setParameter("number", number)
                .setParameter("subject", subject)
                .setParameter("question", question)
                .setParameter("language", language)
                .setParameter("at", updatedAt)
                .setParameter("terms", terms)
                .setParameter("vector", vector)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> similar(String tsquery, long exceptTicketId, int limit) {
        return em.createNativeQuery("""
                select ticket_id, number, subject, ts_rank(search, cast(:q as tsquery), 1) as score
                  from kb_solved_ticket where search @@ cast(:q as tsquery) and ticket_id <> :except
                 order by score desc, ticket_id desc limit :limit
                """)
                .setParameter("q", tsquery)
                .setParameter("except", exceptTicketId)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Solved tickets since a time that no article was written from or used in. */
    @SuppressWarnings("unchecked")
    public List<Object[]> unanswered(Instant since, int limit) {
        return em.createNativeQuery("""
                select s.ticket_id, s.number, s.subject, s.language, s.updated_at, s.terms
                  from kb_solved_ticket s
                 where s.updated_at >= :since
                   and not exists (select 1 from kb_article_ticket l where l.ticket_id = s.ticket_id)
                 order by s.updated_at desc limit :limit
                """)
                .setParameter("since", since)
                .setParameter("limit", limit)
                .getResultList();
    }
}
