/**
 * Positional parameters for SQL written by hand: `param(value, cast)` stores the value and returns
 * its placeholder with an explicit cast (`$3::uuid`), so one statement shape = one SQL text,
 * whatever the values — what PreparedReads needs to reuse its prepared statements.
 */
export function sqlParameters(): { values: unknown[]; param: (value: unknown, cast: string) => string } {
  const values: unknown[] = [];
  return {
    values,
    param: (value, cast) => {
      values.push(value);
      return `$${values.length}::${cast}`;
    },
  };
}
