// Work started now and awaited later: its failure is thrown where it is awaited, never reported as unhandled before that.
/** Marks `work` as handled for now and returns it unchanged; whoever awaits it still gets its result or its error. */
export function started<T>(work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  return work;
}
