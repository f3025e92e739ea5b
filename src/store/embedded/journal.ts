import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleGraph } from '../../domain/ontology';
import { StoreError } from '../graph-store';

/**
 * Append-only journal of article graphs, one checksummed line per record,
 * fsync'd before a write is acknowledged. A record is whole or absent: a line
 * torn by a crash fails its checksum and is cut off at the next open, which is
 * what makes an interrupted article leave nothing behind.
 */
export type JournalRecord = { op: 'put'; graph: ArticleGraph } | { op: 'delete'; articleId: string };

const FILE = 'journal.ndjson';

function checksum(json: string): string {
  return createHash('sha1').update(json).digest('hex').slice(0, 16);
}

export class Journal {
  private fd: number | null = null;
  readonly path: string;

  constructor(dir: string) {
    this.path = join(dir, FILE);
  }

  /** Reads every intact record; truncates a torn tail. Throws on damage before the tail. */
  open(): JournalRecord[] {
    mkdirSync(dirname(this.path), { recursive: true });
    const records: JournalRecord[] = [];
    if (existsSync(this.path)) {
      const buf = readFileSync(this.path);
      let offset = 0;
      let lineNo = 0;
      while (offset < buf.length) {
        const nl = buf.indexOf(0x0a, offset);
        lineNo++;
        const end = nl === -1 ? buf.length : nl;
        const line = buf.subarray(offset, end).toString('utf8');
        const record = parseLine(line);
        if (!record || nl === -1) {
          const tail = buf.length - offset;
          if (nl === -1 || buf.indexOf(0x0a, nl + 1) === -1) {
            // The last line is incomplete: an append interrupted by a crash. Drop it.
            this.truncate(offset);
            process.emitWarning(`[kg] [embedded] dropped an incomplete journal record (${tail} bytes) at ${this.path}:${lineNo}; it was never acknowledged`);
            break;
          }
          throw new StoreError('embedded', `journal ${this.path} is damaged at line ${lineNo} (checksum mismatch); restore it from a backup or move it away to start empty`);
        }
        records.push(record);
        offset = end + 1;
      }
    }
    this.fd = openSync(this.path, 'a');
    return records;
  }

  /** Appends records and returns once they are on disk. */
  appendAll(records: JournalRecord[]): void {
    if (this.fd === null) throw new StoreError('embedded', 'journal is not open');
    const lines = records.map((record) => {
      const json = JSON.stringify(record);
      return `${checksum(json)} ${json}\n`;
    });
    const buf = Buffer.from(lines.join(''));
    for (let written = 0; written < buf.length; ) written += writeSync(this.fd, buf, written, buf.length - written);
    fsyncSync(this.fd);
  }

  /** Rewrites the journal with only the given records (atomic rename), e.g. to drop superseded versions. */
  compact(records: JournalRecord[]): void {
    const tmp = `${this.path}.compact`;
    const fd = openSync(tmp, 'w');
    try {
      for (const r of records) {
        const json = JSON.stringify(r);
        writeSync(fd, `${checksum(json)} ${json}\n`);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (this.fd !== null) closeSync(this.fd);
    renameSync(tmp, this.path);
    const dirFd = openSync(dirname(this.path), 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
    this.fd = openSync(this.path, 'a');
  }

  size(): number {
    return existsSync(this.path) ? statSync(this.path).size : 0;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private truncate(length: number): void {
    const fd = openSync(this.path, 'r+');
    ftruncateSync(fd, length);
    fsyncSync(fd);
    closeSync(fd);
  }
}

function parseLine(line: string): JournalRecord | null {
  const space = line.indexOf(' ');
  if (space !== 16) return null;
  const json = line.slice(space + 1);
  if (checksum(json) !== line.slice(0, space)) return null;
  try {
    return JSON.parse(json) as JournalRecord;
  } catch {
    return null;
  }
}
