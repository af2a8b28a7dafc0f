import { SignInForm } from './SignInForm';

export default function PortalSignInPage() {
  return <SignInForm variant="portal" />;
}
