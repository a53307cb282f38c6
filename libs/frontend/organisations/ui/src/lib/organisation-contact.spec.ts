import { TestBed } from '@angular/core/testing';
import { OrganisationDto } from '@portal/contracts';
import { OrganisationContact } from './organisation-contact';

const base: OrganisationDto = {
  id: 'org-1',
  key: 'stadt-offenbach-am-main',
  name: 'Stadt Offenbach am Main',
  kind: 'jobcenter',
  state: 'Hessen',
  category: 'Kreisfreie Stadt',
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

async function render(organisation: OrganisationDto): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(OrganisationContact);
  fixture.componentRef.setInput('organisation', organisation);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('OrganisationContact', () => {
  it('says so when nothing is on record', async () => {
    const el = await render(base);
    expect(el.querySelector('address')).toBeNull();
    expect(el.textContent).toContain('keine Kontaktdaten');
  });

  it('opens the website in a new tab without handing over the opener', async () => {
    const el = await render({
      ...base,
      website: 'www.offenbach.de',
      street: 'Berliner Str. 100',
      postalCode: '63065',
      city: 'Offenbach am Main',
    });
    const link = el.querySelector<HTMLAnchorElement>('a[target="_blank"]');
    expect(link?.href).toBe('https://www.offenbach.de/');
    expect(link?.rel).toBe('noopener noreferrer');
    expect(link?.textContent).toContain('öffnet in neuem Tab');
    expect(el.querySelector('address')?.textContent).toContain('63065 Offenbach am Main');
  });

  it('dials the phone number without spaces', async () => {
    const el = await render({ ...base, phone: '069 8065-0' });
    expect(el.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:06980650');
  });
});
