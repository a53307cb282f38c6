import { toOrganisationKey } from './organisation-key';

describe('toOrganisationKey', () => {
  it.each([
    ['Landkreis Biberach', 'landkreis-biberach'],
    ['Deutscher Städtetag', 'deutscher-staedtetag'],
    ['Kreis Offenbach', 'kreis-offenbach'],
    ['Stadt Offenbach am Main', 'stadt-offenbach-am-main'],
    ['Landkreis Görlitz', 'landkreis-goerlitz'],
    ['Landkreis Weißenburg-Gunzenhausen', 'landkreis-weissenburg-gunzenhausen'],
    ['  Kreis  Düren (Jobcenter) ', 'kreis-dueren-jobcenter'],
    ['Landkreis Go\u0308rlitz', 'landkreis-goerlitz'],
  ])('%s → %s', (name, key) => {
    expect(toOrganisationKey(name)).toBe(key);
  });
});
