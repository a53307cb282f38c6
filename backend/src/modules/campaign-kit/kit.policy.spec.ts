import type { KitZoneDto } from '@portal/contracts';
import { mayGenerateFor, zoneProblems } from './kit.policy';

const OWN = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'b0000000-0000-4000-8000-000000000002';

describe('mayGenerateFor', () => {
  it('lets managers and editors personalise for their own Jobcenter only', () => {
    for (const role of ['manager', 'editor'] as const) {
      expect(mayGenerateFor({ roles: [role], organisationId: OWN }, OWN)).toBe(true);
      expect(mayGenerateFor({ roles: [role], organisationId: OWN }, OTHER)).toBe(false);
    }
  });

  it('refuses staff even for their own Jobcenter, and anyone without an organisation', () => {
    expect(mayGenerateFor({ roles: ['staff'], organisationId: OWN }, OWN)).toBe(false);
    expect(mayGenerateFor({ roles: ['manager'], organisationId: null }, OWN)).toBe(false);
  });

  it('lets coordinators and admins personalise for any organisation', () => {
    expect(mayGenerateFor({ roles: ['coordinator'], organisationId: OWN }, OTHER)).toBe(true);
    expect(mayGenerateFor({ roles: ['admin'], organisationId: null }, OTHER)).toBe(true);
  });
});

describe('zoneProblems', () => {
  const zone: KitZoneDto = {
    kind: 'name',
    page: 1,
    x: 10,
    y: 10,
    width: 100,
    height: 20,
    fontSize: 12,
    align: 'left',
    colour: '#000000',
  };
  const pages = [{ width: 200, height: 100 }];

  it('accepts a zone on the page, up to its very edge', () => {
    expect(zoneProblems([zone, { ...zone, x: 100, width: 100, y: 80, height: 20 }], pages)).toEqual({});
  });

  it('names the field of a zone that leaves the page, or a page the template lacks', () => {
    expect(Object.keys(zoneProblems([{ ...zone, x: 150 }], pages))).toEqual(['zones.0.width']);
    expect(Object.keys(zoneProblems([zone, { ...zone, y: 90 }], pages))).toEqual(['zones.1.height']);
    expect(Object.keys(zoneProblems([{ ...zone, page: 2 }], pages))).toEqual(['zones.0.page']);
  });
});
