import { extname } from 'node:path';
import type { RawArticle } from '../raw-article';
import { InputError } from '../raw-article';
import { readHtml } from './html-reader';
import { readJson, readJsonLines } from './json-reader';
import { readMarkdown } from './markdown-reader';
import { readText } from './text-reader';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl'] as const;

export interface ReadResult {
  articles: RawArticle[];
  /** Problems with parts of the file (a bad .jsonl line) that did not stop the rest. */
  errors: InputError[];
}

/**
 * Decodes a file and hands it to the reader for its extension.
 * Throws InputError for a file that yields nothing usable.
 */
export function readArticleFile(path: string, bytes: Buffer): ReadResult {
  const ext = extname(path).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new InputError(path, `unsupported file type "${ext || '(none)'}"; expected one of ${SUPPORTED_EXTENSIONS.join(' ')}`);
  }
  const content = decodeText(path, bytes);
  const errors: InputError[] = [];
  let articles: RawArticle[];
  switch (ext) {
    case '.txt':
      articles = readText(content, path);
      break;
    case '.md':
    case '.markdown':
      articles = readMarkdown(content, path);
      break;
    case '.html':
    case '.htm':
      articles = readHtml(content, path);
      break;
    case '.json':
      articles = readJson(content, path);
      break;
    default:
      articles = readJsonLines(content, path, (e) => errors.push(e));
  }
  if (articles.length === 0 && errors.length === 0) throw new InputError(path, 'no article found in file');
  return { articles, errors };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeText(path: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new InputError(path, 'empty file');
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(path, 'binary file (contains NUL bytes), not article text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(path, 'not valid UTF-8 text (binary or another encoding)');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError(path, 'file holds only whitespace');
  return text;
}
