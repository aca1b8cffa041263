/**
 * Exercise names and ids for the Settings page, loaded when there is a list to name or a backup
 * to check. A module of its own: a dynamic import of the catalogue's index would make its chunk,
 * loaded on every page that lists exercises, carry a namespace object of all its exports.
 */
import { exerciseById } from '$lib/catalogue';

export const nameOf = (id: string) => exerciseById(id)?.name;
export const knownExercise = (id: string) => exerciseById(id) !== undefined;
