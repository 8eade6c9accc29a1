import type { CapabilityId, PlatformShape, PresetId } from '@/lib/explorable/model';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site';

/**
 * Every string of the site's interface in English: the source catalogue, which zh.ts matches
 * key for key. Grouped by the part of the site that shows it. A string that takes values is a
 * function of them that only interpolates them (no grammar by value: where English varies with a
 * number, there is one message per form), so a client component can be given it as a template
 * (lib/i18n/templated.ts).
 * Chapter prose, scenes and the explorable's capabilities are content, not interface.
 */
export const en = {
  site: {
    name: SITE_NAME,
    tagline: SITE_TAGLINE,
    description:
      'A scroll-driven explainer of one argument: why Alibaba built a big middle platform, what it was good at, why it could not carry disruptive innovation, and why it is getting thinner.',
    /** The browser tab's title on every page but the home page. */
    pageTitle: (page: string) => `${page} · ${SITE_NAME}`,
    homeTitle: `${SITE_NAME}: ${SITE_TAGLINE}`,
    /** What kind of source the article is (its kind is said in each language). */
    sourceKind: 'an opinion piece',
  },
  chrome: {
    skipLink: 'Skip to content',
    headerNav: 'Site',
    chapters: 'Chapters',
    sources: 'Sources',
    footerNav: 'Footer',
    contents: 'Contents',
    forInstructors: 'For instructors',
    sourcesAndCredits: 'Sources and credits',
    retold: (title: string, publisher: string, kind: string) =>
      `Retold from “${title}” (${publisher}), ${kind}. Diagrams and interpretations are this explainer’s own. `,
  },
  home: {
    counts: (chapters: number, minutes: number) => `${chapters} chapters · ${minutes} min`,
    retold: (title: string, kind: string, publisher: string) =>
      `· Retold from “${title}”, ${kind} published by ${publisher}`,
    taglineEnd: '.',
    startReading: 'Start reading',
    /** The accessible name of a panel of the home page's picture: its time, then its scene. */
    heroPanel: (when: string, scene: string) => `${when}: ${scene}`,
    chapters: 'Chapters',
  },
  chapterList: {
    /** Before the title, for screen readers only. */
    number: (order: number) => `Chapter ${order}: `,
    minutes: (minutes: number) => `${minutes} min`,
    /** After the minutes, for screen readers only. */
    minutesAfter: ' read',
  },
  chapterNav: {
    /** The last chapter's last step leads on to the explorable below it. */
    tryIt: 'Try it',
    /** Between "Next chapter" and its title, heard by screen readers. */
    titleAfter: ': ',
    label: 'Chapters',
    previous: 'Previous chapter',
    backTo: 'Back to',
    contents: 'Contents',
    next: 'Next chapter',
    readNext: 'Read next',
    sources: 'Sources and credits',
  },
  chapter: {
    /** On the other language's steps, in this language: a link to the same step in this one. */
    stepInThisLanguage: 'Read this step in English',
    languageShort: 'EN',
    kicker: (order: number, count: number) => `Chapter ${order} of ${count}`,
    /** The chapter's reading time, counted by the content side (in words, or characters). */
    readingTime: (minutes: number) => `${minutes} min read`,
    copyLinkLabel: 'Copy link to this chapter',
    copyLink: 'Copy link',
    lectureMode: 'Lecture mode',
    diagramLabel: 'Architecture diagram',
    copyStepLink: 'Copy a link to this step',
    /** A printed page's number, "Page 2 of 5", around the two numbers. */
    print: { pageBefore: 'Page ', pageOf: ' of ', pageAfter: '' },
  },
  share: {
    shared: 'Shared.',
    copied: 'Link copied to the clipboard.',
    failed: (url: string) => `Could not copy automatically; the link is ${url}`,
  },
  theme: {
    label: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  scrolly: {
    /** "Step 3 of 8: ", heard around the visible "3 / 8": before, between and after the numbers. */
    counterBefore: 'Step ',
    counterBetween: ' of ',
    counterAfter: ': ',
    previous: 'Previous',
    next: 'Next',
    /** After "Previous" and "Next", for screen readers only. */
    buttonAfter: ' step',
    /** Heard between the scene's title and the chapter's place in the story ("Chapter 3 of 7"). */
    storyBefore: '. ',
    announce: (n: number, total: number, description: string) => `Step ${n} of ${total}. ${description}`,
    /** On a phone, the button that turns the drawing to its side panel and back. */
    showPanel: (panel: string) => `Show ${panel}`,
    showPlatform: 'Show the platform',
    platform: 'Platform',
    /** A side panel's name when it has none of its own. */
    sidePanel: 'Beside it',
  },
  lecture: {
    previous: 'Previous',
    next: 'Next',
    /** Said after "Previous" and "Next". */
    hint: 'step',
    announce: (n: number, total: number, description: string) => `Step ${n} of ${total}. ${description}`,
    previousChapter: 'Previous chapter',
    nextChapter: 'Next chapter',
    kicker: (order: number, count: number) => `Chapter ${order} of ${count} ·`,
    tools: 'Lecture',
    presenterView: 'Presenter view',
    fullScreen: 'Full screen',
    leave: 'Leave lecture mode',
    stepHeading: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}`,
    showSummary: 'Show the summary',
    showText: 'Show the step’s text',
    keys: '→ PgDn Space next · ← PgUp back · Home End · F full screen · T text · P presenter',
    blockedBefore:
      'The browser kept the presenter view from opening in a window of its own. Allow pop-ups for this site, or open ',
    blockedLink: 'the presenter view',
    blockedAfter: ' from here.',
    pageTitle: (chapter: string) => `Lecture: ${chapter}`,
  },
  presenter: {
    kicker: (order: number, count: number) => `Presenter view · Chapter ${order} of ${count} ·`,
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    teachingNote: 'Teaching note',
    onScreen: 'On the screen now',
    stepText: 'The step’s text',
    controls: 'Steps',
    announce: (n: number, total: number, title: string) => `Step ${n} of ${total}. ${title}`,
    side: 'Next step and discussion',
    next: 'Next',
    /** Between "Next" and the next step's title. */
    nextTitleBefore: ': ',
    endOfChapter: 'End of chapter',
    nextChapter: (title: string) => `Next chapter: ${title}`,
    discussion: 'Discussion questions',
    clock: 'Clock',
    time: 'Time',
    elapsed: 'Elapsed',
    reset: 'Reset',
    /** After "Reset", for screen readers only. */
    resetAfter: ' the elapsed time',
    pageTitle: (chapter: string) => `Presenter: ${chapter}`,
  },
  embed: {
    button: 'Embed',
    heading: 'Embed in a course page',
    close: 'Close',
    preview: 'Preview',
    previewTitle: (title: string) => `Preview: ${title}`,
    chapter: 'Chapter',
    fromStep: 'From step',
    toStep: 'To step',
    showAs: 'Show it as',
    modes: {
      stepper: 'Stepper: one step at a time, with buttons',
      scroll: 'Scroll: the scrolling story, in a frame of fixed height',
      static: 'Static: every step as a picture above its text',
    },
    withCheck: 'Add the chapter’s self-check after the steps',
    withCheckOnly: ' (stepper and scroll only)',
    colors: 'Colors',
    themes: {
      system: 'Follow the course page (light or dark, as the reader’s browser is set)',
      light: 'Always light',
      dark: 'Always dark',
    },
    code: 'Code to paste into your page',
    copyCode: 'Copy code',
    codeCopied: 'Code copied to the clipboard.',
    codeNotCopied: 'Could not copy automatically: the code is selected, copy it with Ctrl+C (⌘C on a Mac).',
  },
  embedFrame: {
    label: (title: string) => `Embedded chapter: ${title}`,
    creditChapter: (title: string) => `“${title}”, from `,
    creditSite: 'From ',
    newTab: ' (opens in a new tab)',
    readFull: 'Read the full chapter',
    staticStep: (n: number, title: string) => `Step ${n}: ${title}`,
  },
  check: {
    heading: 'Check what you took away',
    /** `kept`: where the answers are kept (keptInBrowser or keptWithCourse). */
    intro: (count: number, kept: string) =>
      `${count} questions on this chapter’s argument, to answer from memory. ${kept}`,
    keptInBrowser: 'Your answers stay in this browser.',
    keptWithCourse: 'Your answers are kept with your course.',
    chooseOne: 'Choose one.',
    chooseAll: 'Choose all that apply.',
    pickOneFirst: 'Choose an answer first.',
    pickSomeFirst: 'Choose at least one answer first.',
    right: 'Right.',
    wrongOne: 'Not quite: the right answer is marked.',
    rightMany: 'Right: every right answer and no other.',
    wrongMany: (found: number, rights: number) => `Not quite: ${found} of the ${rights} right answers.`,
    wrongManyAndOne: (found: number, rights: number) =>
      `Not quite: ${found} of the ${rights} right answers, and 1 that is not right.`,
    wrongManyAndMore: (found: number, rights: number, wrong: number) =>
      `Not quite: ${found} of the ${rights} right answers, and ${wrong} that are not right.`,
    yourRight: 'Your answer, right.',
    aRight: 'A right answer.',
    yourWrong: 'Your answer, not right.',
    notRight: 'Not right.',
    check: 'Check',
    tryAgain: 'Try again',
    orderHow: 'Put them in order with the Move up and Move down buttons.',
    moveUp: (answer: string) => `Move up: ${answer}`,
    moveDown: (answer: string) => `Move down: ${answer}`,
    moved: (place: number, count: number, answer: string) => `Moved to place ${place} of ${count}: ${answer}`,
    rightOrder: 'The right order:',
    orderRight: (why: string) => `Right. ${why}`,
    orderWrong: (why: string) => `Not quite. ${why}`,
    checkOrder: 'Check the order',
    scoreDone: (total: number, right: number, percent: number) =>
      `All ${total} answered: ${right} right (${percent}%).`,
    scoreSoFar: (answered: number, total: number, right: number) => `${answered} of ${total} answered, ${right} right.`,
    startOver: 'Start over',
    showAnswer: 'Show the answer',
    staticRight: 'Right: ',
    staticNotRight: 'Not right: ',
    revisit: (n: number, title: string) => `Revisit step ${n}: ${title}`,
    taughtIn: (n: number, title: string) => `Taught in step ${n}: ${title}`,
  },
  explorable: {
    heading: 'Try it: build a new business on the platform',
    note: 'An illustration, not data: the capabilities, the shapes and the reuse figure are this explainer’s simplification of the article’s argument, not measurements of Alibaba.',
    title: 'Explorable: a new business on the platform',
    reuse: 'of its needs below the front end met by the platform',
    mustBuild: 'It must build',
    buildsNothing: 'nothing of its own',
    listSeparator: ', ',
    /** After a preset's name in the caption of its picture. */
    captionAfterName: '.',
    presets: 'Start from a business like…',
    shape: 'The platform’s shape',
    layers: {
      front: 'Front end (always the business’s own)',
      middle: 'Middle: shared services',
      back: 'Back end',
    },
    /** The sentence under the explorable's diagram, built by lib/explorable/sentence.ts. */
    /**
     * The capabilities' words: a box's label and a name for running text. A capability the chapters'
     * diagram draws has the label it has there (content/scenes/catalogue.ts); its box fits the name.
     */
    capabilities: {
      storefront: { label: 'Storefront', name: 'storefront' },
      'app-experience': { label: 'App', name: 'app experience' },
      'offline-stores': { label: 'Stores', name: 'offline stores' },
      'factory-floor': { label: 'Factory floor', name: 'factory floor' },
      'group-buying': { label: 'Group buying', name: 'group buying' },
      product: { label: 'Product', name: 'product' },
      inventory: { label: 'Inventory', name: 'inventory' },
      user: { label: 'User', name: 'user' },
      payment: { label: 'Payment', name: 'payment' },
      ai: { label: 'AI', name: 'AI' },
      data: { label: 'Data sharing', name: 'data sharing' },
      security: { label: 'Security', name: 'security' },
      'tech-arch': { label: 'Unified technical architecture', name: 'unified technical architecture' },
      'flexible-manufacturing': { label: 'Flexible mfg', name: 'flexible manufacturing' },
      'supply-chain-design': { label: 'Supply chain', name: 'supply-chain design' },
      'team-buying': { label: 'Team buying', name: 'team buying' },
      infra: { label: 'Cloud and data centers', name: 'cloud and data centers' },
      'factory-systems': { label: 'Factory IT', name: 'factory systems' },
      iot: { label: 'IoT devices', name: 'IoT devices' },
    } satisfies Record<CapabilityId, { label: string; name: string }>,
    /** The presets' words: the control's name, and the business's name in the picture. */
    presetNames: {
      hema: { label: 'Hema-like: new retail', short: 'Hema-like' },
      rhino: { label: 'Rhino-like: new manufacturing', short: 'Rhino-like' },
      'special-edition': { label: 'Special Edition-like: group buying', short: 'Special Ed. -like' },
    } satisfies Record<PresetId, { label: string; short: string }>,
    shapeNames: {
      '2015': '2015: big middle',
      thin: 'Thin',
      fragmented: 'Fragmented',
    } satisfies Record<PlatformShape, string>,
    /** The picture's band labels, and the business when it matches no preset. */
    frame: {
      frontEnd: 'Its own front end',
      platform: (shape: string) => `Middle platform (${shape})`,
      pieces: 'Platform, in pieces',
      backEnd: 'Back end',
      anew: 'Built anew',
      yourBusiness: 'Your business',
    },
    sentence: {
      /** "a", "a and b", "a, b and c". */
      listSeparator: ', ',
      listLast: ' and ',
      noNeeds: 'No needs are chosen yet: pick some to see what the platform covers.',
      onlyFrontEnd: (names: string) =>
        `This business needs nothing from the platform; it builds only its own front end (${names}).`,
      coversAll: (total: number, percent: number) =>
        `The platform provides all ${total} services this business needs beneath its front end (${percent}%)`,
      coversOfOne: (met: number, percent: number) =>
        `The platform provides ${met} of the 1 service this business needs beneath its front end (${percent}%)`,
      covers: (met: number, total: number, percent: number) =>
        `The platform provides ${met} of the ${total} services this business needs beneath its front end (${percent}%)`,
      ownFrontEnd: (names: string) => `its own front end (${names})`,
      buildsOnly: (own: string) => `the business builds only ${own}`,
      buildsNothing: 'the business builds nothing anew',
      buildsAnew: (count: number, names: string) => `the business must build ${count} anew: ${names}`,
      besides: (own: string, anew: string) => `besides ${own}, ${anew}`,
      takesPieces: '; it takes only the pieces it needs',
      adoptsWholeOne: '; to use it, the business adopts the whole platform, including 1 capability it did not ask for',
      adoptsWhole: (count: number) =>
        `; to use it, the business adopts the whole platform, including ${count} capabilities it did not ask for`,
      whole: (coverage: string, building: string, bundling: string) => `${coverage}; ${building}${bundling}.`,
    },
  },
  prose: {
    takeaway: 'Takeaway',
    discuss: 'For discussion: questions for a class',
    glossHint: 'Explain this term',
    partHint: (part: string) => `Shown in the diagram: ${part}`,
  },
  teach: {
    title: 'For instructors',
    description:
      'Everything to teach with the explainer: lecture links, embed codes, discussion questions, the self-check answers, and the course package.',
    toc: 'Chapters on this page',
    packageHeading: 'The course package',
    download: (version: string) => `Download the SCORM ${version} package`,
    size: (kilobytes: number) => `(zip, ${kilobytes} KB)`,
    perChapter: (chapters: number) =>
      `One activity per chapter, ${chapters} in all, each a chapter a step at a time with its self-check.`,
    reports: (mastery: number) =>
      `Each reports its self-check’s score (0 to 100) as soon as the last question is answered, and passed or failed against a mastery score of ${mastery}.`,
    resumes: 'A student who leaves and comes back resumes at the same step, answers included.',
    private: 'Nothing is sent anywhere but to your course platform.',
    noPackage: 'This build has no course package: `npm run build` makes one.',
    kicker: (order: number, count: number) => `Chapter ${order} of ${count}`,
    facts: (minutes: number, steps: number, questions: number) =>
      `${minutes} min to read · ${steps} steps · ${questions} self-check questions`,
    read: 'Read the chapter',
    lectureMode: 'Lecture mode',
    presenterView: 'Presenter view',
    embedIt: 'Embed it',
    discussion: 'Questions for discussion',
    answered: 'The self-check, answered',
    kinds: { one: 'one answer', many: 'several answers', order: 'put in order' },
    kindAndStep: (kind: string, step: string) => `(${kind}; taught in “${step}”)`,
    embedLegend: 'How to show the chapter',
    embedModes: { stepper: 'Stepper', scroll: 'Scroll', static: 'Static' },
    embedWithCheck: 'With the self-check',
  },
  sources: {
    title: 'Sources',
    description: 'The article this explainer retells, its reference, and what the explainer adds.',
  },
  notFound: {
    heading: 'This page is not part of the explainer',
    before: 'The link may be old or mistyped. Start from the ',
    link: 'contents',
    after: ', or pick a chapter:',
    /** On the other language's 404 page, in this language: the way to this edition. */
    edition: { before: 'Reading in English? Start from the ', link: 'English edition', after: '.' },
  },
} as const;
