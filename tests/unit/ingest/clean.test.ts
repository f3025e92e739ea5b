import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText, isChrome } from '../../../src/ingest/clean';
import { readArticleFile } from '../../../src/ingest/readers';
import { describeWithShared, SEED_ARTICLE_DIR } from '../../support/paths';

describe('cleaning', () => {
  it.each([
    'Related Articles',
    'Sponsored Content',
    'Back to top button',
    'Adblock Detected',
    'Please consider supporting us by disabling your ad blocker',
    'Hello, I am Nora, how can I help you?',
    'News Journalist',
    'The post Talks resume in Doha appeared first on Gulf Wire.',
    '" Harbor Herald does not always share or support the views and opinions expressed here; they are just those of the writer."',
    'Share this article',
    'Subscribe to our newsletter',
  ])('drops chrome: %s', (line) => {
    expect(isChrome(line, 'Harbor Herald')).toBe(true);
  });

  it.each([
    'The envoys met in Geneva on Monday.',
    '"We will keep talking," the minister said.',
    'Ministers from twelve countries met in Lima on Friday to discuss fishing quotas and port access without reaching a deal',
  ])('keeps real paragraphs: %s', (line) => {
    expect(isChrome(line)).toBe(false);
  });

  it('drops a line that only repeats the site name', () => {
    expect(cleanText('Harbor Herald\n\nThe envoys met.', { source: 'Harbor Herald' })).toBe('The envoys met.');
  });

  it('normalizes curly quotes and spaces without moving sentences', () => {
    expect(cleanText('\u201CYes,\u201D she said.\u00A0 It\u2019s done.')).toBe('"Yes," she said. It\'s done.');
  });
});

describeWithShared('cleaning the shared seed article', () => {
  const file = join(SEED_ARTICLE_DIR, readdirSync(SEED_ARTICLE_DIR)[0]!);
  const [raw] = readArticleFile(file, readFileSync(file)).articles;
  const text = cleanText(raw!.text, { source: raw!.source });

  it('removes the site chrome', () => {
    for (const chrome of ['Related Articles', 'Sponsored Content', 'Back to top', 'Adblock', 'ad blocker', 'Hello, I am Adam', 'News Journalist', 'appeared first on', 'does not always share']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('keeps every real paragraph', () => {
    expect(text).toContain('China has slammed the door on restoring direct communications');
    expect(text).toContain('China severed the communications connection');
    expect(text).toContain('"The United States must');
    // 17 paragraphs of reporting; the site name, headline, dek and subheadings are not among them.
    expect(text.split('\n\n')).toHaveLength(17);
  });
});
