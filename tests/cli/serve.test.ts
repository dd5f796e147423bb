import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/app.js';
import { testMongoUri } from '../support/test-db.js';

/** Starts `npx newsgraph serve` as a user would and resolves with the URL it prints. */
function serve(env: Record<string, string>): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn('npx', ['newsgraph', 'serve'], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start in 60 s\nstdout: ${out}\nstderr: ${err}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}\nstdout: ${out}\nstderr: ${err}`)));
  });
}

describe('npx newsgraph serve', () => {
  const dbName = `ngtest_cli_serve_${randomBytes(3).toString('hex')}`;
  let child: ChildProcessWithoutNullStreams | undefined;

  afterAll(async () => {
    child?.kill('SIGTERM');
    const client = new MongoClient(testMongoUri());
    await client.db(dbName).dropDatabase().catch(() => undefined);
    await client.close();
  });

  it('serves the demo graph over HTTP against the test database', async () => {
    const started = await serve({ MONGODB_URI: testMongoUri(), MONGODB_DB: dbName, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
    child = started.child;
    const response = await fetch(started.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sources(first: 10) { totalCount } people(first: 10) { nodes { name articles(first: 1) { totalCount } } } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      data: {
        sources: { totalCount: 3 },
        people: {
          nodes: [
            { name: 'Amara Okafor', articles: { totalCount: 3 } },
            { name: 'Jin Park', articles: { totalCount: 2 } },
            { name: 'Lena Varga', articles: { totalCount: 1 } },
            { name: 'Sofia Lind', articles: { totalCount: 2 } },
            { name: 'Tomás Ribeiro', articles: { totalCount: 4 } },
          ],
        },
      },
    });
  });
});

describe('npx newsgraph serve without MONGODB_URI', () => {
  it('says exactly what to do when the embedded MongoDB cannot be obtained', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ng-embedded-'));
    const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_DATA_DIR: dir, MONGOMS_DOWNLOAD_DIR: dir, MONGOMS_DOWNLOAD_URL: 'http://127.0.0.1:9/mongodb.tgz', LOG_LEVEL: 'silent', PORT: '0' };
    delete env.MONGODB_URI;
    const result = spawnSync('npx', ['newsgraph', 'serve'], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('newsgraph: Could not start an embedded MongoDB');
    expect(result.stderr).toContain('MONGODB_URI=mongodb://127.0.0.1:27017/ npm start');
    expect(result.stderr).not.toMatch(/\bat \S+ \(/);
  });
});
