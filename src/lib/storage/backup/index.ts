/**
 * Backups: the file format (`format.ts`), the CSV of sessions (`csv.ts`) and applying an
 * import (`apply.ts`). Only the Settings page imports this.
 */
export * from './apply';
export * from './csv';
export * from './format';
