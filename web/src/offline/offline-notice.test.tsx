import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../i18n/i18n';
import { OfflineNoticeView } from './offline-notice';

describe('the offline notice', () => {
  it('says plainly that nothing opens offline over plain HTTP', () => {
    const html = renderToStaticMarkup(<OfflineNoticeView support={{ kind: 'insecure' }} />);
    expect(html).toContain('HTTP');
    expect(html).toContain('mất mạng');
  });

  it('offers a waiting release without forcing it', () => {
    const html = renderToStaticMarkup(
      <OfflineNoticeView support={{ kind: 'update-waiting', apply: () => {} }} />,
    );
    expect(html).toContain('phiên bản mới');
    expect(html).toContain('<button');
  });

  it('says nothing when all is as usual', () => {
    expect(renderToStaticMarkup(<OfflineNoticeView support={{ kind: 'ready' }} />)).toBe('');
  });
});
