import { SignInForm } from './SignInForm';

export default function AgentSignInPage() {
  return <SignInForm variant="agent" />;
}
