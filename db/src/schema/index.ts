// The schema's one entry point, for drizzle-kit and the drizzle() client.
export { apiTokens } from './api-tokens';
export { auditLog } from './audit-log';
export { communeBoundaries, villageBoundaries } from './boundaries';
export { businessVersions } from './business-versions';
export { businesses } from './businesses';
export { communes, formerCommunes } from './communes';
export * from './enums';
export { attachments, onlineViolations, publicTipCodes, tipAdditions } from './field-records';
export { importRows } from './import-rows';
export { imports, unplacedBusinesses } from './imports';
export { inspections, inspectionTips } from './inspections';
export { keyAreas } from './key-areas';
export { layerVersions } from './layer-versions';
export { localEvents } from './local-events';
export { periodicReports } from './periodic-reports';
export {
  agencies,
  communicationActivities,
  officers,
  planDocuments,
  registryReviews,
  reportSubmissions,
  trainings,
} from './plan-records';
export { proposals } from './proposals';
export { rateWindows } from './rate-windows';
export { riskWeightSets } from './risk-weight-sets';
export { roads } from './roads';
export { routePlanStops, routePlans } from './route-plans';
export { sessions } from './sessions';
export { support, supportCases, supportReferrals } from './support';
export { tipEvents, tipReporters, tips } from './tips';
export { users } from './users';
export * from './values';
export { villages } from './villages';
