// First step of `npm run build:deploy`: a build for deployment must be told the site's
// address. Without SITE_URL, or with a malformed one, it stops here with one line.
import { siteUrlOrExit } from './site-url.mjs';

const site = siteUrlOrExit(process.env, { required: true });
console.log(`Building for ${site.url}/ (base path "${site.basePath || '/'}")`);
