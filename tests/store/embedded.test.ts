import { appendFileSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { graphStoreContract } from './contract';
import { MEETING_ARTICLE, SECOND_MEETING_ARTICLE } from './fixtures';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kg-embedded-'));
}

graphStoreContract('embedded', async () => {
  const dir = tempDir();
  const store = new EmbeddedGraphStore({ dataDir: dir });
  await store.init();
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('embedded: durability', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged article across a restart', async () => {
    const a = new EmbeddedGraphStore({ dataDir: dir });
    await a.init();
    await a.upsertArticle(MEETING_ARTICLE());
    await a.upsertArticle(SECOND_MEETING_ARTICLE());
    const counts = await a.counts();
    await a.close();
    const b = new EmbeddedGraphStore({ dataDir: dir });
    await b.init();
    expect(await b.counts()).toEqual(counts);
    expect(await b.upsertArticle(MEETING_ARTICLE())).toBe('unchanged');
    await b.close();
  });

  it('drops a record torn by a crash and keeps the ones before it', async () => {
    const a = new EmbeddedGraphStore({ dataDir: dir });
    await a.init();
    await a.upsertArticle(MEETING_ARTICLE());
    const counts = await a.counts();
    await a.close();
    // What a crash in the middle of an append leaves: part of a line, no newline.
    const partial = readFileSync(join(dir, 'journal.ndjson'), 'utf8').split('\n')[0]!.slice(0, 200);
    appendFileSync(join(dir, 'journal.ndjson'), partial);
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const b = new EmbeddedGraphStore({ dataDir: dir });
    await b.init();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/dropped an incomplete journal record/));
    warn.mockRestore();
    expect(await b.counts()).toEqual(counts);
    await b.upsertArticle(SECOND_MEETING_ARTICLE());
    await b.close();
    const c = new EmbeddedGraphStore({ dataDir: dir });
    await c.init();
    expect((await c.counts()).articles).toBe(2);
    await c.close();
  });

  it('refuses a journal damaged before its end, naming the file and line', async () => {
    const a = new EmbeddedGraphStore({ dataDir: dir });
    await a.init();
    await a.upsertArticle(MEETING_ARTICLE());
    await a.upsertArticle(SECOND_MEETING_ARTICLE());
    await a.close();
    const path = join(dir, 'journal.ndjson');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[0] = lines[0]!.replace('Jakarta', 'Jakarte');
    writeFileSync(path, lines.join('\n'));
    const b = new EmbeddedGraphStore({ dataDir: dir });
    await expect(b.init()).rejects.toThrow(/journal\.ndjson is damaged at line 1/);
  });

  it('keeps a deletion across a restart', async () => {
    const a = new EmbeddedGraphStore({ dataDir: dir });
    await a.init();
    await a.upsertArticle(MEETING_ARTICLE());
    const second = SECOND_MEETING_ARTICLE();
    await a.upsertArticle(second);
    await a.deleteArticle(second.article.id);
    const counts = await a.counts();
    await a.close();
    const b = new EmbeddedGraphStore({ dataDir: dir });
    await b.init();
    expect(await b.counts()).toEqual(counts);
    expect(await b.findByName('Joko Widodo')).toEqual([]);
    await b.close();
  });

  it('lets one store own a data directory at a time', async () => {
    const a = new EmbeddedGraphStore({ dataDir: dir });
    await a.init();
    const b = new EmbeddedGraphStore({ dataDir: dir });
    await expect(b.init()).rejects.toThrow(/is in use by process \d+/);
    await a.close();
    await b.init();
    await b.close();
  });
});
