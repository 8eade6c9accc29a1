// The command line of `npm run bench`.

export const USAGE = `Usage: npm run bench -- [options]

  --no-build          measure the existing out/ instead of running \`npm run build\` first
  --quick             skip Lighthouse (sizes, start, wheel, morphs and scrolling only)
  --chapter <slug>    measure one chapter instead of all of them
  --runs <n>          Lighthouse audits and cold starts per page, reported as medians, and wheel
                      scrolls per viewport at 4× CPU, pooled (default 3)
  --help              show this text`;

function runsFrom(value) {
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs wants a whole number of at least 1, not "${value}".`);
  return runs;
}

export function parseOptions(argv) {
  const options = { build: true, lighthouse: true, chapter: null, runs: 3, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--quick') options.lighthouse = false;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--chapter' && argv[i + 1]) options.chapter = argv[(i += 1)];
    else if (arg.startsWith('--chapter=')) options.chapter = arg.slice('--chapter='.length);
    else if (arg === '--runs' && argv[i + 1]) options.runs = runsFrom(argv[(i += 1)]);
    else if (arg.startsWith('--runs=')) options.runs = runsFrom(arg.slice('--runs='.length));
    else throw new Error(`Unknown option "${arg}".\n\n${USAGE}`);
  }
  return options;
}
