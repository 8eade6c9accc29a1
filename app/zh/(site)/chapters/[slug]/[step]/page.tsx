import { chapterRoutes } from '@/app/_shared/routes/chapter';

const { step } = chapterRoutes('zh');

export const dynamicParams = false;
export const generateStaticParams = step.generateStaticParams;
export const generateMetadata = step.generateMetadata;
export default step.Page;
