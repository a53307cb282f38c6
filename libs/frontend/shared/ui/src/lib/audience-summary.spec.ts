import { EVERYONE } from '@portal/contracts';
import { describeAudience, joinGerman } from './audience-summary';

describe('describeAudience', () => {
  const names = new Map([
    ['bc', 'Landkreis Biberach'],
    ['of', 'Kreis Offenbach'],
  ]);

  it('says who sees it in plain German', () => {
    expect(describeAudience(EVERYONE)).toBe('Sichtbar für: alle im Netzwerk');
    expect(describeAudience({ ...EVERYONE, states: ['Hessen'], roles: ['manager'] })).toBe(
      'Sichtbar für: Leitungen in Hessen',
    );
    expect(describeAudience({ ...EVERYONE, states: ['Hessen', 'Bayern', 'Berlin'] })).toBe(
      'Sichtbar für: alle in Hessen, Bayern und Berlin',
    );
    expect(describeAudience({ ...EVERYONE, organisationIds: ['bc'] }, names)).toBe(
      'Sichtbar für: alle bei Landkreis Biberach',
    );
    expect(describeAudience({ ...EVERYONE, roles: ['staff', 'editor'] })).toBe(
      'Sichtbar für: Mitarbeitende und Redaktionen im ganzen Netzwerk',
    );
    expect(describeAudience({ ...EVERYONE, organisationIds: ['bc', 'x'] }, names)).toBe(
      'Sichtbar für: alle bei Landkreis Biberach und einer weiteren Organisation',
    );
  });

  it('joins lists the German way', () => {
    expect(joinGerman([])).toBe('');
    expect(joinGerman(['A'])).toBe('A');
    expect(joinGerman(['A', 'B', 'C'])).toBe('A, B und C');
  });
});
