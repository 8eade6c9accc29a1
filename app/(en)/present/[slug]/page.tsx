import { lectureRoute } from '@/app/_shared/routes/lecture';
import '@/app/styles/present.css';

const route = lectureRoute('en');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
