import { TicketKnowledgePanel } from '@/features/knowledge-base/agent/ticket-knowledge-panel';
import TicketPage from '@/features/tickets/TicketPage';

/** The ticket view with the knowledge base's suggestions beside it. */
export default function TicketWithKnowledge() {
  return (
    <TicketPage
      aside={(ticket) => (
        <TicketKnowledgePanel solved={ticket.status === 'solved' || ticket.status === 'closed'} />
      )}
    />
  );
}
