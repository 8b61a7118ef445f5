/** The longest side of an event window, in sessions, on every endpoint. */
export const maxWindowSide = 60;
