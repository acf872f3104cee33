import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT, type Neo4jTarget } from '../config';

/**
 * The project's own Neo4j Community server, used when NEO4J_URI is not set.
 *
 * Everything lives in one git-ignored folder (`.neo4j/` by default): the jars
 * fetched from Maven Central, neo4j.conf, the data, the logs, the pid file and
 * the generated password. The server binds to 127.0.0.1 only.
 */
export type LocalTarget = Extract<Neo4jTarget, { mode: 'local' }>;

export const NEO4J_VERSION = '5.26.30';
const POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
const SUPPORTED_JAVA = [17, 21];

/** A failure a user can act on; the message says what to do. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalStatus {
  installed: boolean;
  running: boolean;
  pid: number | null;
  boltUri: string;
  browserUrl: string;
  username: string;
  password: string | null;
  home: string;
}

// The jars are shared by every instance (the service's and the tests'); the rest is per instance.
const LIB = path.join(PROJECT_ROOT, '.neo4j', 'lib');

const paths = (t: LocalTarget) => ({
  lib: LIB,
  installedMarker: path.join(LIB, `.installed-${NEO4J_VERSION}`),
  conf: path.join(t.home, 'conf'),
  data: path.join(t.home, 'data'),
  logs: path.join(t.home, 'logs'),
  consoleLog: path.join(t.home, 'logs', 'console.log'),
  pid: path.join(t.home, 'neo4j.pid'),
  password: path.join(t.home, 'password'),
});

/** The generated password of the local server, or null before the first start. */
export function readLocalPassword(t: LocalTarget): string | null {
  try {
    return fs.readFileSync(paths(t).password, 'utf8').trim() || null;
  } catch {
    return null;
  }
}

export function localStatus(t: LocalTarget): LocalStatus {
  const p = paths(t);
  const pid = livePid(t);
  return {
    installed: fs.existsSync(p.installedMarker),
    running: pid !== null,
    pid,
    boltUri: t.uri,
    browserUrl: `http://127.0.0.1:${t.httpPort}/browser/`,
    username: t.username,
    password: readLocalPassword(t),
    home: t.home,
  };
}

/**
 * Starts the local server unless it already runs, fetching it first if need
 * be, and resolves once the process is up. Whether Bolt answers is for the
 * caller to wait on (see `connect`), since that is where credentials are
 * checked too. Returns whether it started a new process.
 */
export async function startLocalNeo4j(t: LocalTarget, log: (line: string) => void): Promise<boolean> {
  if (livePid(t) !== null) return false;
  const java = checkJava(t);
  installLocalNeo4j(t, log);
  const p = paths(t);
  fs.mkdirSync(p.logs, { recursive: true });
  writeConfig(t);
  ensurePassword(t, java);
  await ensurePortFree(t.boltPort, 'SUMMITGRAPH_BOLT_PORT');
  await ensurePortFree(t.httpPort, 'SUMMITGRAPH_HTTP_PORT');

  log(`starting Neo4j ${NEO4J_VERSION} on ${t.uri} (logs in ${path.relative(PROJECT_ROOT, p.logs)})`);
  const out = fs.openSync(p.consoleLog, 'a');
  const child = spawn(
    java,
    [
      `-Xms${t.heap}`,
      `-Xmx${t.heap}`,
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      '-cp',
      path.join(p.lib, '*'),
      ENTRY_POINT,
      `--home-dir=${t.home}`,
      `--config-dir=${p.conf}`,
    ],
    { detached: true, stdio: ['ignore', out, out], env: neo4jEnv(t) },
  );
  fs.closeSync(out);
  if (child.pid === undefined) throw new LocalNeo4jError(`could not start ${java}`);
  fs.writeFileSync(p.pid, String(child.pid));
  child.unref();

  // A server that dies at once (bad configuration, a port taken meanwhile) says why in its log.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  if (!isAlive(child.pid)) {
    fs.rmSync(p.pid, { force: true });
    throw new LocalNeo4jError(`Neo4j exited right after starting; the end of ${p.consoleLog}:\n${tail(p.consoleLog, 15)}`);
  }
  return true;
}

/** Stops the local server if it runs; waits for it to exit so its store is closed cleanly. */
export async function stopLocalNeo4j(t: LocalTarget, log: (line: string) => void): Promise<boolean> {
  const pid = livePid(t);
  if (pid === null) return false;
  log(`stopping Neo4j (pid ${pid})`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (isAlive(pid)) {
    log('Neo4j did not stop within 60 s; killing it');
    process.kill(pid, 'SIGKILL');
  }
  fs.rmSync(paths(t).pid, { force: true });
  return true;
}

/** Who listens on the local Neo4j's Bolt port: the server started from its folder, another process, or (without /proc) unknown. */
export type PortOwner = { kind: 'ours'; pid: number } | { kind: 'other'; pid: number | null } | { kind: 'unknown'; pid: number };

/**
 * Tells whether the Neo4j answering on the Bolt port is the one started from
 * `t.home`, so a refused password is not blamed on its data when another
 * Neo4j holds the port.
 */
export function localPortOwner(t: LocalTarget): PortOwner {
  const ours = livePid(t);
  const listener = listeningPid(t.boltPort);
  if (ours === null) return { kind: 'other', pid: listener ?? null };
  if (listener === undefined || listener === null) return { kind: 'unknown', pid: ours };
  return listener === ours ? { kind: 'ours', pid: ours } : { kind: 'other', pid: listener };
}

/**
 * The pid of the process listening on a TCP port of this machine, from
 * /proc (Linux): null when nothing listens, undefined when it cannot be told.
 */
function listeningPid(port: number): number | null | undefined {
  const inodes = new Set<string>();
  let readable = false;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = fs.readFileSync(table, 'utf8').split('\n').slice(1);
      readable = true;
    } catch {
      continue;
    }
    for (const line of lines) {
      // sl local_address rem_address st ... inode: the state 0A is LISTEN.
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9 && fields[3] === '0A' && parseInt(fields[1].split(':')[1], 16) === port) inodes.add(fields[9]);
    }
  }
  if (!readable) return undefined;
  if (inodes.size === 0) return null;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const socket = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${entry}/fd/${fd}`));
        if (socket && inodes.has(socket[1])) return Number(entry);
      } catch {
        // the descriptor closed meanwhile
      }
    }
  }
  return undefined;
}

/** The end of the server's console log, for error messages. */
export function localLogTail(t: LocalTarget, lines = 15): string {
  return tail(paths(t).consoleLog, lines);
}

/** Fetches the server's jars from Maven Central with mvn, once. */
function installLocalNeo4j(t: LocalTarget, log: (line: string) => void): void {
  const p = paths(t);
  if (fs.existsSync(p.installedMarker)) return;
  if (spawnSync('mvn', ['--version'], { stdio: 'ignore' }).error) {
    throw new LocalNeo4jError(
      'Maven (mvn) is needed once, to fetch Neo4j from Maven Central; install it (apt-get install maven), or set NEO4J_URI to use a Neo4j you already run',
    );
  }
  log(`fetching Neo4j ${NEO4J_VERSION} from Maven Central (once; about 140 MB)`);
  const staging = `${p.lib}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`, '-DincludeScope=runtime'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-12).join('\n');
    throw new LocalNeo4jError(
      `could not fetch Neo4j from Maven Central with mvn (exit ${result.status}); set NEO4J_URI to use a Neo4j you already run. mvn said:\n${output}`,
    );
  }
  fs.rmSync(p.lib, { recursive: true, force: true });
  fs.renameSync(staging, p.lib);
  fs.writeFileSync(p.installedMarker, `${new Date().toISOString()}\n`);
}

function writeConfig(t: LocalTarget): void {
  const p = paths(t);
  fs.mkdirSync(p.conf, { recursive: true });
  const settings = [
    '# Written by summitgraph at each start; edit src/db/local-neo4j.ts instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${t.boltPort}`,
    `server.http.listen_address=127.0.0.1:${t.httpPort}`,
    'server.https.enabled=false',
    `server.directories.data=${p.data}`,
    `server.directories.logs=${p.logs}`,
    'server.memory.pagecache.size=512m',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // Transactions the API opens carry their own timeout; this bounds anything else.
    'db.transaction.timeout=10m',
  ];
  fs.writeFileSync(path.join(p.conf, 'neo4j.conf'), `${settings.join('\n')}\n`);
}

/** Generates the password before the very first start; Neo4j only accepts it then. */
function ensurePassword(t: LocalTarget, java: string): void {
  const p = paths(t);
  if (readLocalPassword(t) !== null) return;
  if (fs.existsSync(path.join(p.data, 'databases'))) {
    throw new LocalNeo4jError(
      `${p.password} is missing but ${p.data} already holds databases, so the password cannot be set again; delete ${t.home}/data to start afresh`,
    );
  }
  const password = randomBytes(18).toString('base64url');
  const result = spawnSync(java, ['-cp', path.join(p.lib, '*'), ADMIN_TOOL, 'dbms', 'set-initial-password', password], {
    encoding: 'utf8',
    env: neo4jEnv(t),
  });
  if (result.status !== 0) {
    throw new LocalNeo4jError(`could not set the initial Neo4j password:\n${(result.stderr || result.stdout).trim()}`);
  }
  fs.writeFileSync(p.password, `${password}\n`, { mode: 0o600 });
}

function neo4jEnv(t: LocalTarget): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: t.home, NEO4J_CONF: paths(t).conf };
}

/** Finds a Java that Neo4j 5.26 runs on, or says which one to install. */
function checkJava(t: LocalTarget): string {
  const java = t.javaHome ? path.join(t.javaHome, 'bin', 'java') : 'java';
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const advice = `install Java 17 or 21 (apt-get install openjdk-17-jre-headless) or point JAVA_HOME at one, or set NEO4J_URI to use a Neo4j you already run`;
  if (result.error) throw new LocalNeo4jError(`no Java found (${java}); Neo4j needs it: ${advice}`);
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1]) : NaN;
  if (!SUPPORTED_JAVA.includes(major)) {
    throw new LocalNeo4jError(`Neo4j ${NEO4J_VERSION} runs on Java 17 or 21, but ${java} is Java ${match ? major : 'of unknown version'}: ${advice}`);
  }
  return java;
}

/** The pid of the running server, or null; a pid file left by a dead process is removed. */
function livePid(t: LocalTarget): number | null {
  const file = paths(t).pid;
  let pid: number;
  try {
    pid = Number(fs.readFileSync(file, 'utf8').trim());
  } catch {
    return null;
  }
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isNeo4jProcess(pid, t)) return pid;
  fs.rmSync(file, { force: true });
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Guards against a recycled pid: the process must be a JVM running Neo4j from this folder (not another checkout's). */
function isNeo4jProcess(pid: number, t: LocalTarget): boolean {
  try {
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return commandLine.includes(ENTRY_POINT) && commandLine.includes(`--home-dir=${t.home}`);
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

function ensurePortFree(port: number, setting: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(
        new LocalNeo4jError(
          `port ${port} on 127.0.0.1 is already in use by another process; stop it, choose another port with ${setting}, or set NEO4J_URI to use the Neo4j that may be running there`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
