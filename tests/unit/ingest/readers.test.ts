import { readArticleFile } from '../../../src/ingest/readers';
import { InputError } from '../../../src/ingest/raw-article';

const read = (path: string, content: string | Buffer) => readArticleFile(path, Buffer.isBuffer(content) ? content : Buffer.from(content));

describe('readers', () => {
  it('reads a scraped .txt page: site name, headline, paragraphs', () => {
    const [a] = read('a.txt', 'Harbor Herald\n\nPorts reopen after strike\n\nDock workers in Rotterdam returned to work on Monday.\n').articles;
    expect(a).toMatchObject({ source: 'Harbor Herald', title: 'Ports reopen after strike' });
    expect(a!.text).toContain('Dock workers in Rotterdam');
  });

  it('skips a breadcrumb line between the site name and the headline', () => {
    const [a] = read('crumb.txt', 'Harbor Herald\nWorld | Europe › Ports\n\nPorts reopen after strike\n\nDock workers in Rotterdam returned to work on Monday.\n').articles;
    expect(a).toMatchObject({ source: 'Harbor Herald', title: 'Ports reopen after strike' });
    // A headline with a slash or a bar inside a long phrase is still a headline.
    const [b] = read('slash.txt', 'Harbor Herald\n\nRotterdam and Antwerp ports reopen | strike over after ten days of talks\n\nDock workers returned on Monday.\n').articles;
    expect(b!.title).toBe('Rotterdam and Antwerp ports reopen | strike over after ten days of talks');
    const [c] = read('section.txt', 'Harbor Herald\nEurope\n\nPorts reopen after ten-day strike\n\nDock workers returned on Monday.\n').articles;
    expect(c!.title).toBe('Ports reopen after ten-day strike');
  });

  it('dates a .txt page by a line that holds only a date, and keeps that line out of the text', () => {
    const [a] = read('d.txt', 'Harbor Herald\n\nPorts reopen after strike\n\nPublished 2024-05-28\n\nDock workers returned to work on Monday.\n').articles;
    expect(a).toMatchObject({ source: 'Harbor Herald', title: 'Ports reopen after strike', publishedAt: '2024-05-28' });
    expect(a!.text).not.toContain('Published');
    const [b] = read('e.txt', 'Harbor Herald\nFriday, 24 May 2024\n\nPorts reopen after strike\n\nDock workers returned.\n').articles;
    expect(b).toMatchObject({ title: 'Ports reopen after strike', publishedAt: '2024-05-24' });
    // A sentence that holds a date is text, not a date line.
    const [c] = read('f.txt', 'Harbor Herald\n\nPorts reopen after strike\n\nThe strike ended on 24 May 2024.\n').articles;
    expect(c!.publishedAt).toBeNull();
    expect(c!.text).toContain('24 May 2024');
    // A byline between headline and date is neither text nor in the way of the date.
    const [d] = read('g.txt', 'Harbor Herald\nPorts | Labour\n\nPorts reopen after strike\n\nBy a staff correspondent\nMay 28, 2024\n\nDock workers returned.\n').articles;
    expect(d).toMatchObject({ title: 'Ports reopen after strike', publishedAt: '2024-05-28' });
    expect(d!.text).not.toContain('correspondent');
    // A byline that carries the date, set off by a middle dot.
    const [e] = read('h.txt', 'Harbor Herald\nPorts | Labour\n\nPorts reopen after strike\n\nBy our correspondent · 28 May 2024\n\nDock workers returned.\n').articles;
    expect(e).toMatchObject({ title: 'Ports reopen after strike', publishedAt: '2024-05-28' });
    expect(e!.text).not.toContain('correspondent');
  });

  it('reads a .txt that starts with a paragraph as untitled text', () => {
    const [a] = read('b.txt', 'Dock workers in Rotterdam returned to work on Monday after a week-long strike over pay.').articles;
    expect(a!.title).toBeNull();
    expect(a!.text).toMatch(/^Dock workers/);
  });

  it('reads markdown front matter and strips markdown syntax', () => {
    const [a] = read('c.md', '---\ntitle: Talks in Oslo\nsource: Fjord Post\nurl: https://example.org/oslo\ndate: 2024-02-01\n---\n\n## Background\n\nThe **envoys** met in [Oslo](https://example.org).\n').articles;
    expect(a).toMatchObject({ title: 'Talks in Oslo', source: 'Fjord Post', url: 'https://example.org/oslo' });
    expect(String(a!.publishedAt)).toMatch(/^2024-02-01/);
    expect(a!.text).toContain('The envoys met in Oslo.');
  });

  it('takes the first heading as the title when front matter has none', () => {
    const [a] = read('d.md', '# Summit ends\n\nLeaders left Lima on Friday.').articles;
    expect(a!.title).toBe('Summit ends');
    expect(a!.text).not.toContain('Summit ends');
  });

  it('reports invalid front matter with the file name', () => {
    expect(() => read('bad.md', '---\ntitle: [unclosed\n---\nText.')).toThrow(/bad\.md: front matter is not valid YAML/);
  });

  it('reads HTML: title, published time, body without scripts, navigation or footer', () => {
    const html = `<html><head><meta property="og:title" content="Envoys meet"><meta property="article:published_time" content="2024-03-05T08:00:00Z"><link rel="canonical" href="https://example.org/e"></head>
      <body><nav>Home | World</nav><article><h1>Envoys meet</h1><p>The envoys met in Geneva.</p><script>track()</script><p>They agreed to meet again.</p></article><footer>Copyright</footer></body></html>`;
    const [a] = read('e.html', html).articles;
    expect(a).toMatchObject({ title: 'Envoys meet', publishedAt: '2024-03-05T08:00:00Z', url: 'https://example.org/e' });
    expect(a!.text).toBe('The envoys met in Geneva.\n\nThey agreed to meet again.');
  });

  it('reads one JSON article with common field names', () => {
    const [a] = read('f.json', JSON.stringify({ headline: 'H', body: 'Envoys met.', site: 'S', published_at: '2024-01-02' })).articles;
    expect(a).toMatchObject({ title: 'H', text: 'Envoys met.', source: 'S', publishedAt: '2024-01-02' });
  });

  it('rejects malformed JSON, an array, or a JSON object without text', () => {
    expect(() => read('g.json', '{"title": "x",')).toThrow(/g\.json: malformed JSON/);
    expect(() => read('h.json', '[]')).toThrow(/expected one article object; use \.jsonl/);
    expect(() => read('i.json', '{"title": "only a title"}')).toThrow(/i\.json: no "text"/);
    expect(() => read('j.json', '{"text": 42}')).toThrow(/j\.json: field "text"/);
  });

  it('reads JSON lines and reports a bad line by number while keeping the others', () => {
    const { articles, errors } = read('k.jsonl', '{"text":"One."}\n{oops\n\n{"text":"Three."}\n');
    expect(articles.map((a) => a.text)).toEqual(['One.', 'Three.']);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^k\.jsonl:2: malformed JSON/)]);
  });

  it('rejects empty, whitespace-only, binary and non-UTF-8 files, and unknown extensions', () => {
    expect(() => read('empty.txt', '')).toThrow(new InputError('empty.txt', 'empty file'));
    expect(() => read('blank.txt', ' \n\t\n')).toThrow(/only whitespace/);
    expect(() => read('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(/binary file/);
    expect(() => read('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toThrow(/not valid UTF-8/);
    expect(() => read('photo.png', 'x')).toThrow(/unsupported file type "\.png"/);
  });
});
