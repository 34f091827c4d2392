import { describe, expect, it } from 'vitest';
import { paragraphTexts } from './paragraph-texts';

describe('paragraphTexts', () => {
  it('joins the runs of each paragraph and decodes the entities', () => {
    const xml =
      '<w:p><w:r><w:t>Số: </w:t></w:r><w:r><w:t xml:space="preserve">  /BC</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>&lt;5 &amp; &quot;ẩn&quot;</w:t></w:r></w:p>';
    expect(paragraphTexts(xml)).toEqual(['Số:   /BC', '<5 & "ẩn"', '']);
  });
});
