package io.kaiku.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills the database with a realistic help desk: customers in organizations, a million tickets
 * over two years (most closed, a backlog of open ones), several messages each and the events.
 * Rows are generated inside PostgreSQL, which is far faster than sending them.
 */
final class DataLoader {
    static final int AGENTS = 20;
    static final int DETAIL_TICKETS = 1000;
    static final int DETAIL_MESSAGES = 20;

    private DataLoader() {
    }

    static long ticketCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from ticket")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void load(Connection connection, int tickets, int customers, int messagesPerTicket) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("set synchronous_commit = off");
            sql.execute("set maintenance_work_mem = '512MB'");
            step("staff", () -> sql.execute("""
                    insert into app_user (id, name, email, password_hash, role, active, created_at, updated_at)
                    select 100000 + g, 'Agent ' || g, 'agent' || g || '@bench.test',
                           (select password_hash from app_user where role = 'admin' order by id limit 1),
                           'agent', true, now(), now()
                      from generate_series(1, %d) g
                    """.formatted(AGENTS)));
            step("organizations", () -> sql.execute("""
                    insert into organization (id, name, domains, created_at, updated_at)
                    select g, 'Organization ' || g, array['org' || g || '.example'], now(), now()
                      from generate_series(1, %d) g
                    """.formatted(customers / 100)));
            step("customers", () -> sql.execute("""
                    insert into customer (id, name, email, phone, city, country, organization_id, created_at, updated_at)
                    select g,
                           (array['Aino','Eero','Hanna','Juha','Kaisa','Mikko','Noora','Pekka','Sari','Timo','Yuki','Kenji',
                                  'Anna','Bence','Dóra','Gábor','Ilze','Jānis','Līga','Māris'])[1 + g %% 20]
                             || ' ' ||
                           (array['Virtanen','Korhonen','Mäkinen','Nieminen','Tanaka','Suzuki','Nagy','Kovács','Tóth',
                                  'Bērziņš','Kalniņš','Ozols','Laine','Heikkinen','Sato','Szabó','Horváth','Liepa','Koskinen',
                                  'Järvinen'])[1 + (g / 20) %% 20] || ' ' || g,
                           'customer' || g || '@example.com',
                           '+358 40 ' || lpad((g * 7919 %% 10000000)::text, 7, '0'),
                           (array['Helsinki','Tokyo','Budapest','Riga','Tampere','Osaka','Debrecen','Jelgava'])[1 + g %% 8],
                           (array['FI','JP','HU','LV'])[1 + g %% 4],
                           case when g %% 3 = 0 then 1 + g %% %d end,
                           now() - interval '3 years' + (g * interval '7 minutes'), now()
                      from generate_series(1, %d) g
                    """.formatted(customers / 100, customers)));
            int batch = 100_000;
            for (int from = 1; from <= tickets; from += batch) {
                int to = Math.min(tickets, from + batch - 1);
                int start = from;
                step("tickets " + from + "-" + to, () -> sql.execute(ticketBatch(start, to, customers)));
            }
            // Row by row, the trigger would rewrite each ticket once per message; the words are added in bulk below.
            step("pause conversation search trigger", () -> sql.execute(
                    "alter table ticket_message disable trigger ticket_message_add_to_search"));
            for (int from = 1; from <= tickets; from += batch) {
                int to = Math.min(tickets, from + batch - 1);
                int start = from;
                step("messages for tickets " + from + "-" + to, () -> sql.execute(messageBatch(start, to, messagesPerTicket)));
                step("conversation search for tickets " + from + "-" + to, () -> sql.execute("""
                        update ticket t
                           set conversation_search = m.words
                          from (select ticket_id, strip(to_tsvector('simple', string_agg(left(body_text, 262144), ' ' order by id))) as words
                                  from ticket_message where ticket_id between %d and %d
                                 group by ticket_id) m
                         where m.ticket_id = t.id
                        """.formatted(start, to)));
                step("events for tickets " + from + "-" + to, () -> sql.execute("""
                        insert into ticket_event (id, ticket_id, type, actor_type, actor_id, change_id, payload, created_at)
                        select t.id, t.id, 'created', 'staff', t.received_by_id, t.id,
                               jsonb_build_object('to', jsonb_build_object('kind', 'channel', 'text', t.channel)),
                               t.created_at
                          from ticket t where t.id between %d and %d
                        """.formatted(start, to)));
            }
            step("resume conversation search trigger", () -> sql.execute(
                    "alter table ticket_message enable trigger ticket_message_add_to_search"));
            step("sequences", () -> sql.execute("""
                    select setval('app_user_seq', (select max(id) from app_user) + 50),
                           setval('organization_seq', (select max(id) from organization) + 50),
                           setval('customer_seq', (select max(id) from customer) + 50),
                           setval('ticket_seq', (select max(id) from ticket) + 50),
                           setval('ticket_number_seq', (select max(number) from ticket)),
                           setval('ticket_message_seq', (select max(id) from ticket_message) + 50),
                           setval('ticket_event_seq', (select max(id) from ticket_event) + 50),
                           setval('ticket_change_seq', (select max(change_id) from ticket_event) + 50)
                    """));
            // The counts are kept by an outbox consumer from events; rows loaded here bypassed it.
            step("ticket tally", () -> sql.execute("""
                    delete from ticket_tally;
                    insert into ticket_tally (status, priority, assignee_id, queue_id, tickets)
                    select status, priority, assignee_id, queue_id, count(*) from ticket group by 1, 2, 3, 4
                    """));
            step("vacuum analyze", () -> {
                connection.setAutoCommit(true);
                sql.execute("vacuum analyze");
            });
        }
    }

    private static String ticketBatch(int from, int to, int customers) {
        return """
                insert into ticket (id, number, subject, description, channel, status, priority, customer_losing_money,
                                    queue_id, assignee_id, received_by_id, customer_id, tags, created_at, updated_at,
                                    first_response_at, solved_at, closed_at, promised_by, version)
                select g, g, s.subject, s.description, s.channel, s.status, s.priority,
                       s.priority = 'urgent' and s.r3 < 0.2,
                       (select array_agg(id order by id) from queue)[1 + g %% 5],
                       case when s.r2 < 0.8 then 100000 + 1 + (g %% %3$d) end,
                       100000 + 1 + ((g / 7) %% %3$d),
                       1 + (g * 104729::bigint %% %4$d),
                       s.tags, s.created_at, s.created_at + interval '3 hours',
                       case when s.status <> 'new' then s.created_at + interval '2 hours' end,
                       case when s.status in ('solved', 'closed') then s.created_at + interval '1 day' end,
                       case when s.status = 'closed' then s.created_at + interval '5 days' end,
                       case when s.r3 < 0.1 then s.created_at + interval '2 days' end,
                       0
                  from generate_series(%1$d, %2$d) g
                  cross join lateral (
                    select r1, r2, r3,
                           (array['Invoice charged twice','Cannot sign in to my account','Router keeps restarting',
                                  'Delivery is late','Refund not received','Installation fails at step 3',
                                  'API returns error 500','Password reset email never arrives','Wrong item delivered',
                                  'Update broke the integration','How do I export my data?','Screen stays black',
                                  'Order stuck in processing','Card payment declined','Cannot connect printer',
                                  'Question about my contract','Maintenance window too long','Sync with CRM stopped',
                                  'App crashes on start','Change billing address'])[1 + g %% 20] as subject,
                           'Customer reports: ' ||
                           (array['it started after the last update','it happens every morning','they are losing sales',
                                  'they already tried restarting','a colleague has the same problem',
                                  'the invoice number is on the attached receipt'])[1 + g %% 6] ||
                           '. Reference ' || md5(g::text) as description,
                           (array['email','phone','web','chat','social','sms','in_person','api'])[1 + (g / 3) %% 8] as channel,
                           case when r1 < 0.70 then 'closed' when r1 < 0.85 then 'solved' when r1 < 0.92 then 'open'
                                when r1 < 0.95 then 'new' when r1 < 0.98 then 'pending' else 'on_hold' end as status,
                           case when r2 < 0.05 then 'urgent' when r2 < 0.20 then 'high' when r2 < 0.80 then 'normal'
                                else 'low' end as priority,
                           case when r3 < 0.3 then array['billing'] when r3 < 0.5 then array['vip', 'hardware']
                                when r3 < 0.6 then array['bug'] else '{}'::text[] end as tags,
                           case when r1 < 0.85 then now() - interval '730 days' * random()
                                else now() - interval '60 days' * random() end as created_at
                      from (select random() as r1, random() as r2, random() as r3, g as seed) r
                  ) s
                """.formatted(from, to, AGENTS, customers);
    }

    private static String messageBatch(int from, int to, int perTicket) {
        return """
                insert into ticket_message (id, ticket_id, kind, author_type, author_id, body_html, body_text, created_at)
                select t.id * 100 + m, t.id,
                       case when m %% 4 = 3 then 'note' else 'reply' end,
                       case when m %% 2 = 1 then 'staff' else 'customer' end,
                       case when m %% 2 = 1 then t.received_by_id else t.customer_id end,
                       '<p>' || b.text || '</p>', b.text,
                       t.created_at + m * interval '10 minutes'
                  from ticket t
                  cross join lateral generate_series(0, case when t.id <= %3$d then %4$d else %5$d end - 1) m
                  cross join lateral (select
                       (array['Thanks for reaching out, we are looking into this now.',
                              'I restarted the device but the problem is still there.',
                              'Could you send us the invoice number and a screenshot?',
                              'We have refunded the second charge; it shows in 3 to 5 days.',
                              'Internal: escalated to the billing team, waiting for their answer.',
                              'It works again, thank you for the quick help!'])[1 + (t.id + m) %% 6] as text) b
                 where t.id between %1$d and %2$d
                """.formatted(from, to, DETAIL_TICKETS, DETAIL_MESSAGES, perTicket);
    }

    interface Step {
        void run() throws SQLException;
    }

    private static void step(String name, Step step) throws SQLException {
        long started = System.nanoTime();
        step.run();
        System.out.printf("  loaded %-40s %6.1f s%n", name, (System.nanoTime() - started) / 1e9);
    }
}
