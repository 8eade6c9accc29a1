/** The one article this explainer retells, as the source itself names it (it gives no date). */
export const SOURCE = {
  title: 'Why Alibaba Is Dismantling Its Middle Platform and What It Means for Innovation',
  publisher: 'Full-Stack Internet Architecture',
} as const;

/** The whole explainer's reading time: the sum of its chapters' minutes. */
export function totalMinutes(chapters: readonly { readingMinutes: number }[]): number {
  return chapters.reduce((sum, chapter) => sum + chapter.readingMinutes, 0);
}
