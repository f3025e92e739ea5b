import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ids } from '../domain/ids';
import { initialForms } from '../domain/names';
import type { Article, ArticleGraph } from '../domain/ontology';
import type { ExtractionContext } from '../extract/article-doc';
import type { Pipeline } from '../extract/pipeline';
import { upsertMany, type GraphStore, type StoreCounts, type UpsertOutcome } from '../store/graph-store';
import { toArticle } from './article';
import { InputError, type RawArticle } from './raw-article';
import { readArticleFile } from './readers';

/**
 * The ingest use case: files or raw articles → clean → extract → store.
 * A bad input is reported and skipped; everything else goes on. An article whose
 * content hash is already stored is not extracted again.
 */
export interface IngestSummary {
  files: number;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Articles stored earlier and extracted again because a full name they only gave in part became known. */
  relinked: number;
  failed: number;
  errors: InputError[];
  counts: StoreCounts;
}

/** Reported once per file. */
export interface IngestProgress {
  done: number;
  total: number;
  file: string;
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  onError?: (e: InputError) => void;
}

/** Articles per store write while ingesting files (one fsync or one transaction each). */
export const BATCH_SIZE = 128;

export class Ingestor {
  constructor(
    private readonly store: GraphStore,
    private readonly pipeline: Pipeline,
  ) {}

  /** One raw article: throws InputError for bad input, StoreError if the store fails. */
  async ingestRaw(raw: RawArticle): Promise<{ outcome: UpsertOutcome; article: Article }> {
    const article = toArticle(raw);
    if ((await this.store.articleHash(article.id)) === article.contentHash) return { outcome: 'unchanged', article };
    const graph = this.pipeline.extract(article, await this.context());
    const outcome = await this.store.upsertArticle(graph);
    await this.relink([graph]);
    return { outcome, article };
  }

  /**
   * Resolution across articles, backwards: an article that named only "President Biden"
   * before any article gave his full name left a node of its own. When `graphs` bring
   * full names whose surname is such a node, the articles behind it are extracted again
   * with what the graph now knows, and replace their earlier facts atomically.
   */
  private async relink(graphs: ArticleGraph[]): Promise<number> {
    const candidates = new Set<string>();
    for (const g of graphs) {
      for (const n of g.nodes) {
        if (n.label !== 'Person' || !n.name.includes(' ')) continue;
        for (const short of [surnameOf(n.name), ...n.aliases.filter((a) => !a.includes(' ')), ...initialForms(n.name)]) candidates.add(ids.person(short));
      }
    }
    if (!candidates.size) return 0;
    // A surname alone, or the name with its given names cut to initials ("S. Jaishankar"): forms the full name now explains.
    const partial = (await this.store.getNodes([...candidates])).filter((n) => n.label === 'Person' && (!n.name.includes(' ') || candidates.has(ids.person(n.name))));
    const articleIds = [...new Set(partial.flatMap((n) => n.articleIds))];
    if (!articleIds.length) return 0;
    const context = await this.context();
    const stored = await this.store.getArticles(articleIds);
    const outcomes = await upsertMany(
      this.store,
      stored.map((a) => this.pipeline.extract({ id: a.id, title: a.title, source: a.source, url: a.url, publishedAt: a.publishedAt, text: a.text, contentHash: a.contentHash }, context)),
    );
    return outcomes.filter((o) => o === 'updated').length;
  }

  /**
   * Reads files and stores their articles in batches (one fsync or transaction
   * per batch). Progress is reported per file once its articles are stored.
   */
  /** What the graph already knows that extraction may use: people by surname. */
  private async context(): Promise<ExtractionContext> {
    const knownPeople = new Map<string, string[]>();
    for (const p of await this.store.listNodes({ label: 'Person' })) {
      if (!p.name.includes(' ')) continue;
      // A full name is known by its surname even where no article has used the surname alone yet.
      for (const alias of new Set([surnameOf(p.name), ...p.aliases.filter((a) => !a.includes(' '))])) {
        knownPeople.set(alias, [...(knownPeople.get(alias) ?? []), p.name]);
      }
    }
    return { knownPeople };
  }

  async ingestPaths(paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
    const files = expandPaths(paths);
    const summary: IngestSummary = { files: files.length, read: 0, created: 0, updated: 0, unchanged: 0, relinked: 0, failed: 0, errors: [], counts: await this.store.counts() };
    const fail = (e: InputError) => {
      summary.failed++;
      summary.errors.push(e);
      options.onError?.(e);
    };
    let pending: Article[] = [];
    let pendingFiles: number[] = [];
    const flush = async () => {
      const hashes = await Promise.all(pending.map((a) => this.store.articleHash(a.id)));
      const changed = pending.filter((a, i) => hashes[i] !== a.contentHash);
      summary.unchanged += pending.length - changed.length;
      const context = await this.context();
      const graphs = changed.map((a) => this.pipeline.extract(a, context));
      for (const outcome of await upsertMany(this.store, graphs)) summary[outcome]++;
      summary.relinked += await this.relink(graphs);
      summary.read += pending.length;
      for (const i of pendingFiles) options.onProgress?.({ done: i + 1, total: files.length, file: files[i]! });
      pending = [];
      pendingFiles = [];
    };
    for (const [i, file] of files.entries()) {
      try {
        const result = readArticleFile(file, readFileSync(file));
        result.errors.forEach(fail);
        for (const raw of result.articles) {
          try {
            pending.push(toArticle(raw));
          } catch (err) {
            if (!(err instanceof InputError)) throw err;
            fail(err);
          }
        }
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        fail(err);
      }
      pendingFiles.push(i);
      if (pending.length >= BATCH_SIZE) await flush();
    }
    await flush();
    summary.counts = await this.store.counts();
    return summary;
  }
}

/** The last word of a full name, the form a second reference usually takes ("Biden"). */
function surnameOf(name: string): string {
  return name.split(/\s+/).at(-1)!;
}

/** Files under the given paths, sorted, hidden files skipped; a missing path is an error of its own. */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(p, 'no such file or directory');
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name));
    } else if (st.isFile()) out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}
