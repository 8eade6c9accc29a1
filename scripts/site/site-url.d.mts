export interface SiteAddress {
  url: string;
  origin: string;
  basePath: string;
}
export const MISSING: string;
export function parseSiteUrl(value: string): SiteAddress | { error: string };
export function resolveSiteUrl(
  env?: Record<string, string | undefined>,
  options?: { required?: boolean },
): SiteAddress | { error: string };
export function siteUrlOrExit(env?: Record<string, string | undefined>, options?: { required?: boolean }): SiteAddress;
