import type { ImportPreview } from '@ntm/api/imports/contract';
import type { TFunction } from 'i18next';
import { formatCalendarDate, formatInteger } from '../i18n/format';

// What "Ghi vào sổ" will do, in the sentences the confirm dialog shows: "Thêm 288 cơ sở, cập
// nhật 0; 12 dòng bị từ chối sẽ không được ghi." Numbers in vi-VN (1.234), the noun by kind.

type Counted = Pick<ImportPreview, 'kind' | 'counts' | 'validFrom'>;

function numbers(t: TFunction, preview: Counted) {
  const { counts, kind } = preview;
  return {
    new: formatInteger(counts.new),
    update: formatInteger(counts.update),
    refused: formatInteger(counts.refused),
    unplaced: formatInteger(counts.unplaced),
    noun: t(`imports.nouns.${kind}`),
  };
}

export function commitSentences(t: TFunction, preview: Counted): string[] {
  const values = numbers(t, preview);
  const refused =
    preview.counts.refused > 0
      ? t('imports.commit.refused', values)
      : t('imports.commit.noneRefused');
  const sentences = [`${t('imports.commit.added', values)}; ${refused}.`];
  if (preview.counts.unplaced > 0) sentences.push(t('imports.commit.unplaced', values));
  if (preview.validFrom) {
    sentences.push(t('imports.commit.boundary', { date: formatCalendarDate(preview.validFrom) }));
  }
  sentences.push(t('imports.commit.undoable'));
  return sentences;
}

export function doneSentence(t: TFunction, preview: Counted): string {
  return t('imports.done.text', numbers(t, preview));
}
