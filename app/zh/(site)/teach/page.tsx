import { TeachPage, teachMetadata } from '@/app/_shared/routes/teach';

export const metadata = teachMetadata('zh');

export default function Teach() {
  return <TeachPage lang="zh" />;
}
