import {
  DeflectionSuggestions,
  recordSubmittedAnyway,
} from '@/features/knowledge-base/portal/deflection-suggestions';
import PortalNewRequestPage from '@/features/portal/PortalNewRequestPage';

/** The portal's new-request screen, suggesting articles while the customer types. */
export default function NewRequestWithSuggestions() {
  return (
    <PortalNewRequestPage
      renderHelp={(text) => <DeflectionSuggestions text={text} />}
      onSubmitted={(request) => void recordSubmittedAnyway(request.id)}
    />
  );
}
