import { TeachPage, teachMetadata } from '@/app/_shared/routes/teach';

export const metadata = teachMetadata('en');

export default function Teach() {
  return <TeachPage lang="en" />;
}
