import { embedRoute } from '@/app/_shared/routes/embed';
import '@/app/styles/embed.css';

const route = embedRoute('en');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
