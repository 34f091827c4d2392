import { tipClient, tipFilesClient } from '../api/tip-client';
import { takesTips } from '../auth/permissions';
import type { MapFeature } from '../map/features/feature';
import { useMapMessage } from '../map/features/map-messages';
import { useTipIntake } from './use-tip-intake';

/** Taking a tip in on the map, started from the tips' sections ("startIntake"). */
export const tipIntakeFeature: MapFeature = {
  id: 'tip-intake',
  allowed: (session) => takesTips(session.role),
  noticeRank: 30,
  useParts: ({ map, closeSheet, send, messages }, enabled) => {
    const intake = useTipIntake({
      map,
      client: tipClient,
      filesClient: tipFilesClient,
      enabled,
      onCreated: (tip, duplicates) => send({ kind: 'tipCreated', tip, duplicates }),
    });
    useMapMessage(messages, 'startIntake', () => {
      closeSheet();
      intake.start();
    });
    return { ...intake, holdsMap: intake.busy };
  },
};
