/** The demo seed writes synthetic data: it must never touch a production database. */
export function refuseInProduction(nodeEnv: string | undefined): void {
  if (nodeEnv === 'production') {
    throw new Error('The demo seed refuses to run with NODE_ENV=production.');
  }
}
