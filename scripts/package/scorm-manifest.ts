// The imsmanifest.xml of the SCORM 1.2 package: one organization with one item per chapter,
// each item launching that chapter's SCO (its stepper embed), and one shared asset resource
// that lists the scripts, styles and fonts every chapter loads. An item whose chapter has a
// self-check declares the mastery score (`adlcp:masteryscore`): the LMS hands it to the SCO
// as cmi.student_data.mastery_score. SCORM 1.2 puts it after the item's <title> (imscp's
// itemType takes other namespaces' elements after title, items and metadata).

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** An XML ID (NCName) from a slug: letters, digits, '-', '_', '.', not starting with a digit. */
const id = (prefix: string, slug: string) => `${prefix}-${slug.replace(/[^\w.-]/g, '_')}`;

export interface ManifestChapter {
  slug: string;
  title: string;
  /** The SCO's page, relative to the package root. */
  launch: string;
  /** How many self-check questions the chapter has: with none, the item declares no mastery score. */
  questions: number;
}

export interface ManifestInput {
  /** The package's, stable across versions. */
  identifier: string;
  version: string;
  title: string;
  description: string;
  /** In reading order. */
  chapters: readonly ManifestChapter[];
  /** Every other file the pages load, relative to the root. */
  assets: readonly string[];
  /** A whole number of percent, 0–100 (see lib/scorm/mastery.ts). */
  masteryScore: number;
  /** The BCP 47 tag of the chapters' language, e.g. "en" or "zh-Hans". */
  language?: string;
}

export function scormManifest({
  identifier,
  version,
  title,
  description,
  chapters,
  assets,
  masteryScore,
  language = 'en',
}: ManifestInput): string {
  const lang = xml(language);
  const items = chapters.map(
    (c) =>
      `      <item identifier="${id('item', c.slug)}" identifierref="${id('sco', c.slug)}" isvisible="true">\n` +
      `        <title>${xml(c.title)}</title>\n` +
      (c.questions > 0 ? `        <adlcp:masteryscore>${xml(masteryScore)}</adlcp:masteryscore>\n` : '') +
      `      </item>`,
  );
  const scos = chapters.map(
    (c) =>
      `    <resource identifier="${id('sco', c.slug)}" type="webcontent" adlcp:scormtype="sco" href="${xml(c.launch)}">\n` +
      `      <file href="${xml(c.launch)}"/>\n` +
      `      <dependency identifierref="shared-assets"/>\n` +
      `    </resource>`,
  );
  const files = assets.map((file) => `      <file href="${xml(file)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="${xml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="${lang}">${xml(title)}</imsmd:langstring></imsmd:title>
        <imsmd:language>${lang}</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="${lang}">${xml(description)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
      <imsmd:lifecycle>
        <imsmd:version><imsmd:langstring xml:lang="en">${xml(version)}</imsmd:langstring></imsmd:version>
      </imsmd:lifecycle>
    </imsmd:lom>
  </metadata>
  <organizations default="chapters">
    <organization identifier="chapters" structure="hierarchical">
      <title>${xml(title)}</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
${scos.join('\n')}
    <resource identifier="shared-assets" type="webcontent" adlcp:scormtype="asset">
${files.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
