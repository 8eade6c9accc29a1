import { HomePage, homeMetadata } from '@/app/_shared/routes/home';

export const metadata = homeMetadata('en');

export default function Home() {
  return <HomePage lang="en" />;
}
