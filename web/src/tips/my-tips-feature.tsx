import { tipClient } from '../api/tip-client';
import { takesTips, worksTips } from '../auth/permissions';
import type { MapFeature } from '../map/features/feature';
import { useMapMessage } from '../map/features/map-messages';
import { useMyTips } from './use-my-tips';

/** Culture and village heads: the way to take a tip in, and their own tips' states. */
export const myTipsFeature: MapFeature = {
  id: 'my-tips',
  allowed: (session) => !worksTips(session.role) && takesTips(session.role),
  useParts: ({ send, messages }, enabled) => {
    const mine = useMyTips({
      client: tipClient,
      enabled,
      onStart: () => send({ kind: 'startIntake' }),
    });
    useMapMessage(messages, 'tipCreated', () => void mine.reload());
    return mine;
  },
};
