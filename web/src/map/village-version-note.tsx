import { useTranslation } from 'react-i18next';
import type { VillageCollection } from '../api/geo-types';
import { formatCalendarDate } from '../i18n/format';
import { villageVersion, villageVersionNote } from './village-version';

/** "Ranh giới thôn theo phiên bản từ 01/07/2025": which outlines a map of a past day draws. */
export function VillageVersionNote(props: {
  villages: VillageCollection | null;
  className?: string;
}) {
  const { t } = useTranslation();
  if (!props.villages) return null;
  const note = villageVersionNote(villageVersion(props.villages));
  if (!note) return null;
  return (
    <p className={props.className ?? 'village-version-note'} data-testid="village-version-note">
      {t(note.key, { date: formatCalendarDate(note.date) })}
    </p>
  );
}
