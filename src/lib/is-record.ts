/** The one `isRecord`: a plain object's fields can be read; null and arrays are not records. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
