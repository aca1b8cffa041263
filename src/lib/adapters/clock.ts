/** The wall clock as an injectable adapter (epoch ms): fakes move it in the tests. */
export type Clock = () => number;
export const wallClock: Clock = () => Date.now();
