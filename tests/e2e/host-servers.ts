import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/**
 * Starts a real nginx or Apache (Debian's packages, installed by .ci/run) in the foreground,
 * owned by the test, with the site's shipped config (deploy/) filled in for `root` and a
 * loopback port, its pid and logs in a temporary folder.
 */
export interface HostServer {
  origin: string;
  stop: () => Promise<void>;
}

/** The shipped template with the base path filled in, as `npm run build` writes it. */
export function shippedConfig(file: 'nginx.conf' | 'htaccess', basePath = ''): string {
  return readFileSync(join(process.cwd(), 'deploy', file), 'utf8').replaceAll('@BASE_PATH@', basePath);
}

/** Replaces `from` with `to` in `text`, exactly once, or fails: the shipped file changed. */
function substitute(text: string, from: string | RegExp, to: string): string {
  const matches = text.match(new RegExp(from, typeof from === 'string' ? 'g' : `${from.flags.replace('g', '')}g`));
  if (matches?.length !== 1) throw new Error(`expected one ${String(from)} in the shipped config`);
  return text.replace(from, to);
}

function requireBinary(path: string, pkg: string) {
  if (!existsSync(path)) throw new Error(`${path} not found: install Debian's ${pkg} (apt-get install ${pkg})`);
}

async function waitForServer(origin: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${origin}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const errors = existsSync(log) ? readFileSync(log, 'utf8') : '(no log)';
  child.kill('SIGKILL');
  throw new Error(`server at ${origin} did not start (exit ${child.exitCode}): ${errors}`);
}

function stopper(child: ChildProcess, dir: string, signal: NodeJS.Signals) {
  return () =>
    new Promise<void>((resolve) => {
      const done = () => {
        rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', done);
      child.kill(signal);
    });
}

const asRoot = process.getuid?.() === 0;

export async function startNginx(root: string): Promise<HostServer> {
  requireBinary('/usr/sbin/nginx', 'nginx');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'thin-middle-nginx-'));
  let site = shippedConfig('nginx.conf');
  site = substitute(site, /^ {4}listen 80;$/m, `    listen 127.0.0.1:${port};`);
  site = substitute(site, /^ {4}listen \[::\]:80;\n/m, '');
  site = substitute(site, /^ {4}root [^;]+;$/m, `    root ${root};`);
  writeFileSync(join(dir, 'site.conf'), site);
  const temp = ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => {
    mkdirSync(join(dir, name));
    return `  ${name === 'client' ? 'client_body' : name}_temp_path ${join(dir, name)};`;
  });
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      ...(asRoot ? ['user root;'] : []),
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp,
      `  include ${join(dir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin, child, join(dir, 'error.log'));
  return { origin, stop: stopper(child, dir, 'SIGQUIT') };
}

const APACHE_MODULES = ['mpm_event', 'authz_core', 'mime', 'dir', 'headers', 'deflate', 'filter', 'unixd'];

/** Apache's main config for a site in `root` whose own `.htaccess` is read (AllowOverride). */
function apacheConfig(dir: string, root: string, port: number): string {
  const modules = '/usr/lib/apache2/modules';
  return [
    `ServerRoot ${dir}`,
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    ...APACHE_MODULES.filter((name) => existsSync(join(modules, `mod_${name}.so`))).map(
      (name) => `LoadModule ${name}_module ${modules}/mod_${name}.so`,
    ),
    ...(asRoot ? ['User www-data', 'Group www-data'] : []),
    `PidFile ${join(dir, 'apache.pid')}`,
    `DefaultRuntimeDir ${dir}`,
    `ErrorLog ${join(dir, 'error.log')}`,
    'LogLevel warn',
    'TypesConfig /etc/mime.types',
    'ServerTokens Prod',
    `DocumentRoot ${root}`,
    '<Directory />',
    '  AllowOverride None',
    '  Require all denied',
    '</Directory>',
    // As in Debian's apache2.conf (and Apache's default httpd.conf): .htaccess is not served.
    '<FilesMatch "^\\.ht">',
    '  Require all denied',
    '</FilesMatch>',
    `<Directory ${root}>`,
    '  AllowOverride FileInfo Indexes Options',
    '  Require all granted',
    '</Directory>',
    '',
  ].join('\n');
}

/** `apache2 -t`: does Apache accept its config and the site's .htaccess directives? */
export function checkApacheConfig(root: string): { ok: boolean; output: string } {
  requireBinary('/usr/sbin/apache2', 'apache2');
  const dir = mkdtempSync(join(tmpdir(), 'thin-middle-apache-check-'));
  // The .htaccess is read per request, so -t checks it as part of the main config here.
  const conf = `${apacheConfig(dir, root, 1)}<Directory ${root}>\n${shippedConfig('htaccess')}\n</Directory>\n`;
  writeFileSync(join(dir, 'httpd.conf'), conf);
  const run = spawnSync('/usr/sbin/apache2', ['-t', '-f', join(dir, 'httpd.conf')], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

export async function startApache(root: string): Promise<HostServer> {
  requireBinary('/usr/sbin/apache2', 'apache2');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'thin-middle-apache-'));
  chmodSync(dir, 0o755);
  // Apache will not serve as root, so it reads the site as www-data, which may not be let into
  // the folder the repository was cloned to (a fresh clone under mktemp -d is 0700, and Apache
  // answered 403). It serves a copy inside its own world-readable folder instead.
  const site = join(dir, 'site');
  cpSync(root, site, { recursive: true });
  writeFileSync(join(dir, 'httpd.conf'), apacheConfig(dir, site, port));
  // -X: one process in the foreground, which the test owns and ends.
  const child = spawn('/usr/sbin/apache2', ['-X', '-f', join(dir, 'httpd.conf')], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin, child, join(dir, 'error.log'));
  return { origin, stop: stopper(child, dir, 'SIGTERM') };
}
