import { vietnamYear } from '@ntm/domain/clock/vietnam-day';
import { tipClient } from '../api/tip-client';
import { worksTips } from '../auth/permissions';
import type { MapFeature } from '../map/features/feature';
import { useMapMessage } from '../map/features/map-messages';
import { useTips } from './use-tips';

/** The police's tips: on the map, in the panel with indicator đ, each opening in its card. */
export const tipsFeature: MapFeature = {
  id: 'tips',
  allowed: (session) => worksTips(session.role),
  noticeRank: 40,
  useParts: ({ map, narrow, send, messages }, enabled) => {
    const tips = useTips({
      map,
      client: tipClient,
      enabled,
      narrow,
      year: vietnamYear(),
      onIntake: () => send({ kind: 'startIntake' }),
    });
    // A tip just taken in opens with its possible duplicates.
    useMapMessage(messages, 'tipCreated', ({ tip, duplicates }) => {
      if (enabled) void tips.showCreated(tip.id, duplicates);
    });
    return tips;
  },
};
