import { myProposalsFeature } from '../../edit/my-proposals-feature';
import { unplacedFeature } from '../../edit/unplaced-feature';
import { villageEditorFeature } from '../../edit/village-editor-feature';
import { inspectionsFeature } from '../../inspections/inspections-feature';
import { registryReviewFeature } from '../../plan-records/registry-review-feature';
import { reviewQueueFeature } from '../../review/review-queue-feature';
import { riskFeature } from '../../risk/risk-feature';
import { myTipsFeature } from '../../tips/my-tips-feature';
import { onlineViolationsFeature } from '../../tips/online-violations-feature';
import { tipIntakeFeature } from '../../tips/tip-intake-feature';
import { tipsFeature } from '../../tips/tips-feature';
import type { MapFeature } from './feature';

/**
 * The commune map's features, in the order the side panel lists their sections (and the
 * overlays and popup buttons follow). Each says itself who may use it. A new feature is one
 * module (see README, "Adding a map feature") and one line here.
 */
export const mapFeatures: readonly MapFeature[] = [
  riskFeature,
  tipsFeature,
  onlineViolationsFeature,
  myTipsFeature,
  inspectionsFeature,
  reviewQueueFeature,
  unplacedFeature,
  myProposalsFeature,
  villageEditorFeature,
  tipIntakeFeature,
  registryReviewFeature,
];
