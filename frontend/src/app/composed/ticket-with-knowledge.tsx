import { CompensationApproval } from '@/features/compensations/compensation-approval';
import { TicketKnowledgePanel } from '@/features/knowledge-base/agent/ticket-knowledge-panel';
import TicketPage from '@/features/tickets/TicketPage';

/** The ticket view with the knowledge base's suggestions beside it and compensation approval. */
export default function TicketWithKnowledge() {
  return (
    <TicketPage
      compensationApproval={(compensation, onChanged) => (
        <CompensationApproval compensation={compensation} onChanged={onChanged} />
      )}
      aside={(ticket) => (
        <TicketKnowledgePanel solved={ticket.status === 'solved' || ticket.status === 'closed'} />
      )}
    />
  );
}
