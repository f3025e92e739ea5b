import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { expectSeedArticleAnswers } from '../support/acceptance';
import { runCli, startCli } from '../support/cli';
import { client, contractOperations } from '../support/graphql-client';
import { CONTRACT_FILE, describeWithShared, SEED_ARTICLE_DIR, SEED_DIR } from '../support/paths';

const summaryOf = (stderr: string) => /seeded (\d+) files: (\d+) articles read, (\d+) new, (\d+) updated, (\d+) unchanged, (\d+) failed; graph holds (\d+) articles, (\d+) nodes, (\d+) relationships/.exec(stderr);

describeWithShared('end to end: npm run seed, then the API', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-e2e-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('seeds the shared article, answers the acceptance questions, and a second seed changes nothing', async () => {
    const first = runCli(['seed', SEED_ARTICLE_DIR], { DATA_DIR: dataDir });
    expect(first.status).toBe(0);
    const s1 = summaryOf(first.stderr)!;
    expect(s1.slice(2, 7)).toEqual(['1', '1', '0', '0', '0']);

    const server = await startCli('serve', { DATA_DIR: dataDir });
    try {
      await expectSeedArticleAnswers(client(server.url), contractOperations(CONTRACT_FILE));
    } finally {
      expect(await server.stop()).toBe(0);
    }

    const second = runCli(['seed', SEED_ARTICLE_DIR], { DATA_DIR: dataDir });
    expect(second.status).toBe(0);
    const s2 = summaryOf(second.stderr)!;
    expect(s2.slice(3, 6)).toEqual(['0', '0', '1']);
    expect(s2.slice(7, 10)).toEqual(s1.slice(7, 10));
  });
});

describe('end to end: bad input among good articles', () => {
  it('names each bad file once, exits non-zero, and stores every good article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-bad-input-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'kg-bad-data-'));
    try {
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'photo.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
      writeFileSync(join(dir, 'broken.json'), '{"title": "Half an article", "text": ');
      copyFileSync(join(SEED_DIR, '03-zelensky-washington.txt'), join(dir, 'good-1.txt'));
      copyFileSync(join(SEED_DIR, '12-finland-nato.html'), join(dir, 'good-2.html'));
      const r = runCli(['seed', dir], { DATA_DIR: dataDir });
      expect(r.status).toBe(1);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('[kg] error:'));
      expect(errors).toHaveLength(3);
      expect(errors.find((l) => l.includes('empty.txt'))).toMatch(/empty file/);
      expect(errors.find((l) => l.includes('photo.bin'))).toMatch(/unsupported file type|binary/);
      expect(errors.find((l) => l.includes('broken.json'))).toMatch(/malformed JSON/);
      expect(summaryOf(r.stderr)!.slice(1, 7)).toEqual(['5', '2', '2', '0', '0', '3']);
      const store = new EmbeddedGraphStore({ dataDir });
      await store.init();
      expect((await store.counts()).articles).toBe(2);
      expect(await store.findByName('Volodymyr Zelensky')).toHaveLength(1);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('explains a missing path and bad configuration', () => {
    const missing = runCli(['seed', '/nonexistent/articles'], { DATA_DIR: mkdtempSync(join(tmpdir(), 'kg-missing-')) });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/\/nonexistent\/articles: no such file or directory/);
    const badPort = runCli(['serve'], { PORT: 'eighty' });
    expect(badPort.status).toBe(2);
    expect(badPort.stderr).toMatch(/PORT .*got "eighty"/);
  });

  it('prints the usage of a command for --help and names an unknown option without a stack trace', () => {
    const help = runCli(['eval', '--help'], {});
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/usage: kg eval: .*--report F/);
    const bad = runCli(['bench:extract', '--megabytes', '1'], {});
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bench:extract: Unknown option '--megabytes'/);
    expect(bad.stderr).toMatch(/usage: kg bench:extract/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs the extraction benchmark and the evaluation on their default corpora', () => {
    // Figures are printed, not asserted: these only prove the commands still run on what the repo holds.
    const bench = runCli(['bench:extract', '--mb', '0.05'], {});
    expect(bench.status).toBe(0);
    expect(bench.stdout).toMatch(/articles\/s/);
    const report = join(mkdtempSync(join(tmpdir(), 'kg-eval-')), 'report.json');
    const evaluation = runCli(['eval', '--report', report], {});
    expect(evaluation.status).toBe(0);
    expect(evaluation.stdout).toMatch(/^holdout: \d+ articles/m);
    expect(evaluation.stdout).toMatch(/^topic discovery, holdout/m);
  });
});

describe('end to end: durability and npm start', () => {
  it('keeps an acknowledged article after kill -9 and restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kg-kill-'));
    const env = { DATA_DIR: dataDir, API_KEY: 'durability-key-123' };
    try {
      const server = await startCli('serve', env);
      const gql = client(server.url);
      const res = await gql(
        'mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }',
        { input: { text: 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday to discuss regional security.', title: 'Ruto hosts Abiy', publishedAt: '2024-02-28' } },
        { 'x-api-key': env.API_KEY },
      );
      expect(res.data!.ingestArticle.created).toBe(true);
      await server.stop('SIGKILL');

      const again = await startCli('serve', env);
      try {
        const person = await client(again.url)('{ person(name: "Ruto") { name } meetings(participant: "Abiy Ahmed") { totalCount } }');
        expect(person.data).toEqual({ person: { name: 'William Ruto' }, meetings: { totalCount: 1 } });
      } finally {
        await again.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('npm start ingests the seed folder and serves it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kg-start-'));
    try {
      const server = await startCli('start', { DATA_DIR: dataDir, SEED_DIR: SEED_DIR });
      try {
        const health = (await (await fetch(server.health)).json()) as { counts: { articles: number } };
        expect(health.counts.articles).toBe(13);
        expect(server.output()).toMatch(/13 new/);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
