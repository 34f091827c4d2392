import { importClient } from '../api/import-client';
import { proposalClient } from '../api/proposal-client';
import type { MapFeature } from '../map/features/feature';
import { useMapMessage } from '../map/features/map-messages';
import { useVillageEditor } from './use-village-editor';

/** A village head proposes new, changed, moved or closed businesses in their village. */
export const villageEditorFeature: MapFeature = {
  id: 'village-editor',
  allowed: (session) => session.role === 'village',
  noticeRank: 10,
  useParts: ({ map, villages, ownVillage, send, messages }, enabled) => {
    const editor = useVillageEditor({
      map,
      villages,
      ownVillage: enabled ? ownVillage : null,
      client: proposalClient,
      placeClient: importClient,
      onProposed: () => {
        send({ kind: 'refresh', dataset: 'myProposals' });
        send({ kind: 'refresh', dataset: 'unplaced' });
      },
    });
    useMapMessage(messages, 'placeUnplaced', ({ business }) => editor.startPlacing(business));
    return { ...editor, viewAwaitsIdleMap: true };
  },
};
