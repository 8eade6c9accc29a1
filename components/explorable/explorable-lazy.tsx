'use client';

import dynamic from 'next/dynamic';

/**
 * The live explorable in its own chunk: the server still renders it, but only the page that
 * shows it loads its code, instead of every chapter page.
 */
export const ExplorableLazy = dynamic(() => import('./explorable-live').then((module) => module.ExplorableLive));
