import { en } from '@/lib/i18n/messages/en';
import { templated } from '@/lib/i18n/templated';
import { evaluate as evaluateIn, type BusinessNeeds, type PlatformShape } from '@/lib/explorable/model';

/** The explorable's words in English, as the English pages pass them. */
export const ENGLISH = templated(en.explorable);

/** The model's evaluation, said in English: what the explorable tests read. */
export const evaluate = (needs: BusinessNeeds, shape: PlatformShape) => evaluateIn(needs, shape, ENGLISH);
