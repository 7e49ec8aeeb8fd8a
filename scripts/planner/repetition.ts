// The repetition rule: a recipe at most twice in any seven days and never on two days in a row (nor twice a day).
/** Days that must lie between two uses of a recipe: 2 means "not the next day". */
export const MIN_DAYS_APART = 2;
/** Uses allowed in any window of WINDOW_DAYS consecutive days. */
export const USES_PER_WINDOW = 2;
export const WINDOW_DAYS = 7;

/** Whether a recipe may be used on these (sorted, 1-based) days. */
export function repetitionAllows(days: readonly number[]): boolean {
  for (let index = 1; index < days.length; index += 1) if (days[index]! - days[index - 1]! < MIN_DAYS_APART) return false;
  for (let index = USES_PER_WINDOW; index < days.length; index += 1) if (days[index]! - days[index - USES_PER_WINDOW]! < WINDOW_DAYS) return false;
  return true;
}

/** The most times one recipe can be used in a plan of `days` days (placing each use on the earliest day the rule allows). */
export function maxUses(days: number): number {
  const used: number[] = [];
  for (let day = 1; day <= days; day += 1) if (repetitionAllows([...used, day])) used.push(day);
  return used.length;
}
