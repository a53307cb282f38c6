/** Every migration, in order. Imported explicitly because the backend is bundled by webpack. */
import { Initial1795609563239 } from './1795609563239-initial';
export const MIGRATIONS = [Initial1795609563239];
