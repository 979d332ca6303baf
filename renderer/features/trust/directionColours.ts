/** The colour of each way trust moved, the same on the Trust tab and in the timeline. */
export const directionColours: Record<string, string> = { strengthened: 'teal', steady: 'gray', weakened: 'red' };
