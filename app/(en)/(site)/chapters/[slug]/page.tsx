import { chapterRoutes } from '@/app/_shared/routes/chapter';

const { chapter } = chapterRoutes('en');

export const dynamicParams = false;
export const generateStaticParams = chapter.generateStaticParams;
export const generateMetadata = chapter.generateMetadata;
export default chapter.Page;
