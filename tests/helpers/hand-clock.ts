/** A clock a test moves by hand: `now` goes to testApp, `advance` moves it on by `ms`. */
export function handClock(startIso: string) {
  let at = new Date(startIso);
  return {
    now: () => at,
    advance: (ms: number) => {
      at = new Date(at.getTime() + ms);
    },
  };
}
