import type { Bundesland } from '../organisations/organisation.contract';

/** Länder sharing a border (for „Jobcenter wie unseres“: nearby Länder). */
export const BUNDESLAND_NEIGHBOURS: Readonly<Record<Bundesland, readonly Bundesland[]>> = {
  'Baden-Württemberg': ['Bayern', 'Hessen', 'Rheinland-Pfalz'],
  Bayern: ['Baden-Württemberg', 'Hessen', 'Thüringen', 'Sachsen'],
  Berlin: ['Brandenburg'],
  Brandenburg: ['Berlin', 'Mecklenburg-Vorpommern', 'Niedersachsen', 'Sachsen-Anhalt', 'Sachsen'],
  Bremen: ['Niedersachsen'],
  Hamburg: ['Niedersachsen', 'Schleswig-Holstein'],
  Hessen: [
    'Baden-Württemberg',
    'Bayern',
    'Thüringen',
    'Niedersachsen',
    'Nordrhein-Westfalen',
    'Rheinland-Pfalz',
  ],
  'Mecklenburg-Vorpommern': ['Schleswig-Holstein', 'Niedersachsen', 'Brandenburg'],
  Niedersachsen: [
    'Schleswig-Holstein',
    'Hamburg',
    'Bremen',
    'Mecklenburg-Vorpommern',
    'Brandenburg',
    'Sachsen-Anhalt',
    'Thüringen',
    'Hessen',
    'Nordrhein-Westfalen',
  ],
  'Nordrhein-Westfalen': ['Niedersachsen', 'Hessen', 'Rheinland-Pfalz'],
  'Rheinland-Pfalz': ['Nordrhein-Westfalen', 'Hessen', 'Baden-Württemberg', 'Saarland'],
  Saarland: ['Rheinland-Pfalz'],
  Sachsen: ['Bayern', 'Thüringen', 'Sachsen-Anhalt', 'Brandenburg'],
  'Sachsen-Anhalt': ['Niedersachsen', 'Brandenburg', 'Sachsen', 'Thüringen'],
  'Schleswig-Holstein': ['Hamburg', 'Niedersachsen', 'Mecklenburg-Vorpommern'],
  Thüringen: ['Hessen', 'Niedersachsen', 'Sachsen-Anhalt', 'Sachsen', 'Bayern'],
};
