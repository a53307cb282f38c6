import type { Bundesland } from '@portal/contracts';

/** One Land of the overview map: a simplified outline (drawn for this portal) and where its number sits. */
export interface LandShape {
  state: Bundesland;
  d: string;
  labelX: number;
  labelY: number;
}

/**
 * The 16 Länder as simplified polygons in a 392 × 510 box (longitude and latitude projected
 * linearly). City states come after the Land around them, so they are drawn on top.
 */
export const GERMANY_MAP_VIEWBOX = '0 0 392 510';
export const LAND_SHAPES: readonly LandShape[] = [
  {
    state: 'Schleswig-Holstein',
    d: 'M118 13 L172 19 L223 45 L214 74 L202 109 L168 99 L130 77 L118 51 Z',
    labelX: 168,
    labelY: 57,
  },
  { state: 'Hamburg', d: 'M166 91 L187 90 L189 108 L167 107 Z', labelX: 177, labelY: 99 },
  {
    state: 'Mecklenburg-Vorpommern',
    d: 'M214 74 L273 42 L319 26 L355 74 L361 115 L315 118 L260 122 L231 127 L202 109 Z',
    labelX: 286,
    labelY: 83,
  },
  {
    state: 'Niedersachsen',
    d: 'M38 96 L92 86 L130 77 L168 99 L202 109 L231 127 L244 141 L216 163 L216 195 L202 224 L172 237 L155 224 L141 195 L122 166 L97 176 L52 182 L38 166 L55 128 Z',
    labelX: 140,
    labelY: 147,
  },
  { state: 'Bremen', d: 'M113 122 L132 122 L134 134 L118 136 Z', labelX: 124, labelY: 128 },
  {
    state: 'Sachsen-Anhalt',
    d: 'M244 141 L269 144 L273 192 L307 218 L269 234 L269 253 L235 240 L202 224 L216 195 L216 163 Z',
    labelX: 248,
    labelY: 198,
  },
  {
    state: 'Brandenburg',
    d: 'M231 127 L260 122 L315 118 L361 115 L372 160 L376 205 L374 230 L328 234 L307 218 L273 192 L269 144 L244 141 Z',
    labelX: 321,
    labelY: 169,
  },
  { state: 'Berlin', d: 'M307 155 L334 155 L334 176 L307 176 Z', labelX: 320, labelY: 165 },
  {
    state: 'Sachsen',
    d: 'M269 234 L307 218 L328 234 L374 230 L386 256 L357 270 L323 288 L281 304 L267 307 L273 272 L269 253 Z',
    labelX: 316,
    labelY: 259,
  },
  {
    state: 'Thüringen',
    d: 'M202 224 L235 240 L269 253 L273 272 L267 307 L227 304 L206 307 L181 291 L174 269 L172 237 Z',
    labelX: 221,
    labelY: 269,
  },
  {
    state: 'Hessen',
    d: 'M172 237 L174 269 L181 291 L155 323 L139 355 L118 365 L105 326 L84 323 L90 288 L113 256 L155 224 Z',
    labelX: 134,
    labelY: 292,
  },
  {
    state: 'Nordrhein-Westfalen',
    d: 'M155 224 L141 195 L122 166 L97 176 L52 182 L42 202 L6 211 L13 250 L8 278 L25 304 L59 291 L90 288 L113 256 Z',
    labelX: 74,
    labelY: 233,
  },
  { state: 'Saarland', d: 'M25 355 L55 349 L67 374 L40 381 Z', labelX: 47, labelY: 365 },
  {
    state: 'Rheinland-Pfalz',
    d: 'M90 288 L59 291 L25 304 L15 317 L25 355 L55 349 L67 374 L101 392 L113 368 L118 365 L105 326 L84 323 Z',
    labelX: 68,
    labelY: 336,
  },
  {
    state: 'Baden-Württemberg',
    d: 'M139 355 L118 365 L113 368 L101 392 L74 480 L118 477 L160 483 L181 454 L193 410 L183 371 L153 352 Z',
    labelX: 138,
    labelY: 422,
  },
  {
    state: 'Bayern',
    d: 'M181 291 L206 307 L227 304 L267 307 L281 333 L319 384 L338 406 L319 432 L302 464 L302 486 L269 477 L227 493 L185 499 L160 483 L181 454 L193 410 L183 371 L153 352 L139 355 L155 323 Z',
    labelX: 238,
    labelY: 398,
  },
];
