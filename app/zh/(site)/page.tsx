import { HomePage, homeMetadata } from '@/app/_shared/routes/home';

export const metadata = homeMetadata('zh');

export default function ChineseHome() {
  return <HomePage lang="zh" />;
}
