import { presenterRoute } from '@/app/_shared/routes/presenter';
import '@/app/styles/presenter.css';

const route = presenterRoute('zh');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
