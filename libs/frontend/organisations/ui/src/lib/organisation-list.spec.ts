import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { OrganisationDto } from '@portal/contracts';
import { OrganisationList } from './organisation-list';

const offenbach: OrganisationDto = {
  id: 'org-1',
  key: 'kreis-offenbach',
  name: 'Kreis Offenbach',
  kind: 'jobcenter',
  state: 'Hessen',
  category: 'Landkreis',
  street: null,
  postalCode: null,
  city: null,
  website: null,
  email: null,
  phone: null,
  openingHours: null,
  description: null,
  hasLogo: false,
  version: 1,
  mergedIntoId: null,
};

describe('OrganisationList', () => {
  it('renders each organisation with a detail link and its facts in German', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(OrganisationList);
    fixture.componentRef.setInput('organisations', [offenbach]);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    const link = el.querySelector('h3 a');
    expect(link?.textContent?.trim()).toBe('Kreis Offenbach');
    expect(link?.getAttribute('href')).toBe('/org-1');
    expect(el.querySelector('dl')?.textContent).toMatch(
      /Bundesland\s*Hessen\s*Kategorie\s*Landkreis\s*Art\s*Jobcenter/,
    );
  });
});
