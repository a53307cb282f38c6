import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  CampaignDto,
  FileScanStatus,
  KitDataDto,
  KitOutputDto,
  KitProfileDto,
  KitTemplateDto,
  MeDto,
  OrganisationDto,
  OrganisationListDto,
} from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { KitPersonalisePage } from './kit-personalise-page';

const OWN_ID = '0b9f3c1e-0000-4000-8000-000000000001';
const OTHER_ID = '0b9f3c1e-0000-4000-8000-000000000002';
const THIRD_ID = '0b9f3c1e-0000-4000-8000-000000000003';

const TEMPLATE: KitTemplateDto = {
  id: 't1',
  title: 'Plakat A2',
  campaign: { id: 'c1', name: 'Stark. Sozial. Vor Ort.' },
  format: 'pdf',
  currentVersion: 1,
  zoneKinds: ['name', 'address', 'openingHours', 'phone', 'website'],
  updatedAt: '2026-11-25T18:00:00.000Z',
  pages: [{ width: 1190.55, height: 1683.78 }],
  zones: [],
  version: 1,
  createdAt: '2026-11-25T18:00:00.000Z',
};

const CAMPAIGN = {
  id: 'c1',
  name: 'Stark. Sozial. Vor Ort.',
  usageTerms: 'Nur für die Öffentlichkeitsarbeit der Jobcenter.',
  termsVersion: 3,
  termsAccepted: true,
} as CampaignDto;

const OUTPUT: KitOutputDto = {
  id: 'o1',
  format: 'pdf',
  fileName: 'plakat-a2-ostalbkreis.pdf',
  size: 1024,
  cached: false,
  downloadUrl: '/api/campaign-kit/outputs/o1',
};

const outputsUrl = '/api/campaign-kit/templates/t1/outputs';

function profile(organisationId: string, organisationName: string, data: KitDataDto): KitProfileDto {
  return { organisationId, organisationName, data, hasLogo: false, logoScan: null };
}

const OWN_PROFILE = profile(OWN_ID, 'Jobcenter Landkreis Ostalbkreis', {
  name: 'Jobcenter Landkreis Ostalbkreis',
  address: 'Stuttgarter Straße 41\n73430 Aalen',
  openingHours: 'Mo–Fr 8–12 Uhr',
  phone: '07361 503-0',
  website: 'https://www.jobcenter-ostalbkreis.de',
});

const OTHER_PROFILE = profile(OTHER_ID, 'Jobcenter Landkreis Biberach', {
  name: 'Jobcenter Landkreis Biberach',
  address: 'Rollinstraße 9\n88400 Biberach an der Riß',
  openingHours: 'Mo–Do 8–16 Uhr\nFr 8–12 Uhr',
  phone: '07351 52-0',
  website: 'https://www.biberach.de/jobcenter',
});

function jobcenter(id: string, name: string): OrganisationDto {
  return {
    id,
    key: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    kind: 'jobcenter',
    state: 'Baden-Württemberg',
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
}

function me(coordinator: boolean): MeDto {
  return {
    id: 'u1',
    displayName: coordinator ? 'Koordination' : 'Mitarbeiterin',
    email: null,
    roles: [coordinator ? 'coordinator' : 'staff'],
    permissions: [],
    organisation: {
      id: OWN_ID,
      key: 'jobcenter-landkreis-ostalbkreis',
      name: 'Jobcenter Landkreis Ostalbkreis',
      kind: 'jobcenter',
      state: 'Baden-Württemberg',
    },
    lastLoginAt: null,
  };
}

const profileUrl = (organisationId: string) => `/api/campaign-kit/organisations/${organisationId}/profile`;

/**
 * Renders the page; answers the template, its campaign (terms accepted or not) and, for
 * coordinators, the Jobcenter list — but no profile.
 */
function setUp(coordinator: boolean, termsAccepted = true) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: CurrentUser, useValue: { me: signal(me(coordinator)), can: () => coordinator } },
    ],
  });
  const fixture = TestBed.createComponent(KitPersonalisePage);
  fixture.componentRef.setInput('id', 't1');
  fixture.detectChanges();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/campaign-kit/templates/t1').flush(TEMPLATE);
  http.expectOne('/api/campaigns/c1').flush({ ...CAMPAIGN, termsAccepted });
  if (coordinator) {
    const list = http.expectOne((request) => request.url === '/api/organisations');
    expect(list.request.params.get('kind')).toBe('jobcenter');
    const page: OrganisationListDto = {
      items: [
        jobcenter(OTHER_ID, 'Jobcenter Landkreis Biberach'),
        jobcenter(OWN_ID, 'Jobcenter Landkreis Ostalbkreis'),
        jobcenter(THIRD_ID, 'Jobcenter Stadt Pforzheim'),
      ],
      nextCursor: null,
      total: 3,
    };
    list.flush(page);
  }
  fixture.detectChanges();
  return { fixture, http, element: fixture.nativeElement as HTMLElement };
}

/** What the user sees in the fields of „Angaben auf dem Material“. */
function fields(element: HTMLElement): KitDataDto {
  const value = (id: string) =>
    (element.querySelector(`#${id}`) as HTMLInputElement | HTMLTextAreaElement).value;
  return {
    name: value('kit-name'),
    address: value('kit-address'),
    openingHours: value('kit-hours'),
    phone: value('kit-phone'),
    website: value('kit-website'),
  };
}

/** „Für welches Jobcenter?“ — the way a coordinator switches. */
function choose(fixture: ComponentFixture<KitPersonalisePage>, organisationId: string): void {
  const select = (fixture.nativeElement as HTMLElement).querySelector(
    '#kit-organisation',
  ) as HTMLSelectElement;
  select.value = organisationId;
  select.dispatchEvent(new Event('change'));
  fixture.detectChanges();
}

/** What the page shows for the chosen Jobcenter: its profile heading, and the preview asked for with its data. */
function expectShownFor(element: HTMLElement, http: HttpTestingController, shown: KitProfileDto): void {
  expect(element.querySelector('#kit-profile-heading')?.textContent).toContain(
    `Profil von ${shown.organisationName}`,
  );
  jest.advanceTimersByTime(500);
  const preview = http.expectOne('/api/campaign-kit/templates/t1/preview');
  expect(preview.request.body).toEqual({ organisationId: shown.organisationId, data: shown.data });
}

function button(element: HTMLElement, text: string): HTMLButtonElement {
  const found = Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.includes(text));
  if (!found) throw new Error(`no button „${text}“`);
  return found;
}

/** The terms dialog: it loads the campaign, the user accepts, the acceptance is recorded. */
function acceptInDialog(fixture: ComponentFixture<KitPersonalisePage>, http: HttpTestingController): void {
  const element = fixture.nativeElement as HTMLElement;
  const dialog = element.querySelector('dialog') as HTMLDialogElement;
  expect(dialog.open).toBe(true);
  http.expectOne('/api/campaigns/c1').flush({ ...CAMPAIGN, termsAccepted: false });
  fixture.detectChanges();
  expect(dialog.textContent).toContain(CAMPAIGN.usageTerms);
  button(element, 'Nutzungsbedingungen akzeptieren').click();
  const acceptance = http.expectOne('/api/campaigns/c1/terms-acceptance');
  expect(acceptance.request.body).toEqual({ termsVersion: 3 });
  acceptance.flush({ campaignId: 'c1', termsVersion: 3, acceptedAt: '2026-12-07T10:00:00.000Z' });
  fixture.detectChanges();
  expect(dialog.open).toBe(false);
}

const EMPTY: KitDataDto = { name: '', address: '', openingHours: '', phone: '', website: '' };

describe('KitPersonalisePage', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
      this.dispatchEvent(new Event('close'));
    };
  });
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks for the campaign’s terms before the first file is created, then creates it', () => {
    const { fixture, http, element } = setUp(false, false);
    http.expectOne(profileUrl(OWN_ID)).flush(OWN_PROFILE);
    fixture.detectChanges();
    expect(element.querySelector('#kit-terms-hint')?.textContent).toContain('Nutzungsbedingungen');
    expect(button(element, 'Druck-PDF erstellen').getAttribute('aria-describedby')).toBe('kit-terms-hint');

    button(element, 'Druck-PDF erstellen').click();
    fixture.detectChanges();
    // Nothing is created before the terms are accepted.
    http.expectNone(outputsUrl);
    acceptInDialog(fixture, http);

    const generate = http.expectOne(outputsUrl);
    expect(generate.request.body).toEqual({ organisationId: OWN_ID, data: OWN_PROFILE.data, format: 'pdf' });
    generate.flush(OUTPUT);
    fixture.detectChanges();
    expect(element.querySelector('#kit-terms-hint')).toBeNull();
    expect((element.querySelector('a[download]') as HTMLAnchorElement).getAttribute('href')).toBe(
      OUTPUT.downloadUrl,
    );
    jest.advanceTimersByTime(500);
    http.match('/api/campaign-kit/templates/t1/preview');
    http.verify();
  });

  it('opens the terms when the server asks for them (changed meanwhile) and creates the file afterwards', () => {
    const { fixture, http, element } = setUp(false, true);
    http.expectOne(profileUrl(OWN_ID)).flush(OWN_PROFILE);
    fixture.detectChanges();

    button(element, 'PNG für soziale Medien erstellen').click();
    http
      .expectOne(outputsUrl)
      .flush(
        { status: 409, code: 'campaign-terms-required', title: 'Bitte akzeptieren Sie zuerst …' },
        { status: 409, statusText: 'Conflict' },
      );
    fixture.detectChanges();
    expect(element.querySelector('[role="alert"]')).toBeNull();
    acceptInDialog(fixture, http);

    const retry = http.expectOne(outputsUrl);
    expect(retry.request.body.format).toBe('png');
    retry.flush({ ...OUTPUT, format: 'png', downloadUrl: '/api/campaign-kit/outputs/o2' });
    jest.advanceTimersByTime(500);
    http.match('/api/campaign-kit/templates/t1/preview');
    http.verify();
  });

  it("fills the fields from the own Jobcenter's profile and previews with them", () => {
    const { fixture, http, element } = setUp(false);
    expect(element.querySelector('#kit-organisation')).toBeNull();
    expect(fields(element)).toEqual(EMPTY);

    http.expectOne(profileUrl(OWN_ID)).flush(OWN_PROFILE);
    fixture.detectChanges();

    expect(fields(element)).toEqual(OWN_PROFILE.data);
    expectShownFor(element, http, OWN_PROFILE);
    http.verify();
  });

  it('coordinator: the own profile fills the fields when nothing else is chosen', () => {
    const { fixture, http, element } = setUp(true);
    expect((element.querySelector('#kit-organisation') as HTMLSelectElement).value).toBe(OWN_ID);

    http.expectOne(profileUrl(OWN_ID)).flush(OWN_PROFILE);
    fixture.detectChanges();

    expect(fields(element)).toEqual(OWN_PROFILE.data);
    http.verify();
  });

  it('coordinator switches before the own profile arrived; the late own answer does not overwrite the chosen one', () => {
    const { fixture, http, element } = setUp(true);
    const ownRequest = http.expectOne(profileUrl(OWN_ID));

    choose(fixture, OTHER_ID);
    http.expectOne(profileUrl(OTHER_ID)).flush(OTHER_PROFILE);
    fixture.detectChanges();
    expect(fields(element)).toEqual(OTHER_PROFILE.data);

    // The answer for the own Jobcenter comes last (slow request) …
    ownRequest.flush(OWN_PROFILE);
    fixture.detectChanges();

    // … and is ignored: fields, select, profile section and preview stay with the chosen Jobcenter.
    expect(fields(element)).toEqual(OTHER_PROFILE.data);
    expect((element.querySelector('#kit-organisation') as HTMLSelectElement).value).toBe(OTHER_ID);
    expectShownFor(element, http, OTHER_PROFILE);
    http.verify();
  });

  it('coordinator switches before the own profile arrived; answers in request order end with the chosen one', () => {
    const { fixture, http, element } = setUp(true);
    const ownRequest = http.expectOne(profileUrl(OWN_ID));

    choose(fixture, OTHER_ID);
    const otherRequest = http.expectOne(profileUrl(OTHER_ID));

    ownRequest.flush(OWN_PROFILE);
    fixture.detectChanges();
    // No longer selected: the own Jobcenter's data never shows up.
    expect(fields(element).name).not.toBe(OWN_PROFILE.data.name);

    otherRequest.flush(OTHER_PROFILE);
    fixture.detectChanges();

    expect(fields(element)).toEqual(OTHER_PROFILE.data);
    expectShownFor(element, http, OTHER_PROFILE);
    http.verify();
  });

  it('coordinator switches twice; only the last chosen Jobcenter fills the fields', () => {
    const { fixture, http, element } = setUp(true);
    const ownRequest = http.expectOne(profileUrl(OWN_ID));
    choose(fixture, THIRD_ID);
    const thirdRequest = http.expectOne(profileUrl(THIRD_ID));
    choose(fixture, OTHER_ID);

    http.expectOne(profileUrl(OTHER_ID)).flush(OTHER_PROFILE);
    thirdRequest.flush(
      profile(THIRD_ID, 'Jobcenter Stadt Pforzheim', { ...EMPTY, name: 'Jobcenter Stadt Pforzheim' }),
    );
    ownRequest.flush(OWN_PROFILE);
    fixture.detectChanges();

    expect(fields(element)).toEqual(OTHER_PROFILE.data);
    http.verify();
  });
  it('coordinator switches; a failing request for the Jobcenter left behind does not replace the page by an error', () => {
    const { fixture, http, element } = setUp(true);
    const ownRequest = http.expectOne(profileUrl(OWN_ID));
    choose(fixture, OTHER_ID);
    http.expectOne(profileUrl(OTHER_ID)).flush(OTHER_PROFILE);

    ownRequest.flush(null, { status: 503, statusText: 'Service Unavailable' });
    fixture.detectChanges();

    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(fields(element)).toEqual(OTHER_PROFILE.data);
    expect((element.querySelector('#kit-organisation') as HTMLSelectElement).value).toBe(OTHER_ID);
    http.verify();
  });

  it('a failing profile request of the Jobcenter on screen is reported', () => {
    const { fixture, http, element } = setUp(false);

    http.expectOne(profileUrl(OWN_ID)).flush(null, { status: 503, statusText: 'Service Unavailable' });
    fixture.detectChanges();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('konnten nicht geladen werden');
    http.verify();
  });

  describe('the logo’s malware scan', () => {
    const scan = (status: FileScanStatus, label: string): KitProfileDto => ({
      ...OWN_PROFILE,
      hasLogo: true,
      logoScan: { status, label, available: status === 'clean', detail: null, scannedAt: null },
    });
    const shownFor = (shown: KitProfileDto) => {
      const { fixture, http, element } = setUp(false);
      http.expectOne(profileUrl(OWN_ID)).flush(shown);
      fixture.detectChanges();
      return element.querySelector('#kit-profile-heading')?.parentElement?.querySelector('.logo-scan');
    };

    it('tells that the logo is still being checked', () => {
      const note = shownFor(scan('pending', 'Wird auf Schadsoftware geprüft'));
      expect(note?.getAttribute('role')).toBe('status');
      expect(note?.textContent).toContain('Logo wird auf Schadsoftware geprüft …');
    });

    it('tells that the logo is blocked, and why', () => {
      const note = shownFor(scan('infected', 'Schadsoftware gefunden – gesperrt'));
      expect(note?.textContent?.trim()).toBe(
        'Logo gesperrt: Schadsoftware gefunden. Bitte laden Sie ein anderes Logo hoch.',
      );
    });

    it('asks again while the logo is checked, then refreshes the preview with the cleared logo', () => {
      jest.useFakeTimers();
      try {
        const { fixture, http, element } = setUp(false);
        http.expectOne(profileUrl(OWN_ID)).flush(scan('pending', 'Wird auf Schadsoftware geprüft'));
        fixture.detectChanges();
        jest.advanceTimersByTime(500);
        http.expectOne('/api/campaign-kit/templates/t1/preview').flush(new Blob());
        jest.advanceTimersByTime(2500);
        http.expectOne(profileUrl(OWN_ID)).flush(scan('pending', 'Wird auf Schadsoftware geprüft'));
        jest.advanceTimersByTime(3000);
        http.expectOne(profileUrl(OWN_ID)).flush(scan('clean', 'Geprüft, keine Schadsoftware gefunden'));
        fixture.detectChanges();

        expect(element.querySelector('.logo-scan')).toBeNull();
        expect(element.querySelector('#kit-profile-heading')?.parentElement?.textContent).toContain(
          'Das Logo ist geprüft und freigegeben.',
        );
        jest.advanceTimersByTime(500);
        http.expectOne('/api/campaign-kit/templates/t1/preview');
        // Decided: no more asking.
        jest.advanceTimersByTime(30_000);
        http.expectNone(profileUrl(OWN_ID));
        http.verify();
      } finally {
        jest.useRealTimers();
      }
    });

    it('stops asking once the scan blocked the logo', () => {
      jest.useFakeTimers();
      try {
        const { fixture, http, element } = setUp(false);
        http.expectOne(profileUrl(OWN_ID)).flush(scan('pending', 'Wird auf Schadsoftware geprüft'));
        jest.advanceTimersByTime(3000);
        http.match('/api/campaign-kit/templates/t1/preview');
        http.expectOne(profileUrl(OWN_ID)).flush(scan('infected', 'Schadsoftware gefunden – gesperrt'));
        fixture.detectChanges();
        expect(element.querySelector('.logo-scan')?.textContent).toContain('Logo gesperrt');
        jest.advanceTimersByTime(30_000);
        http.expectNone(profileUrl(OWN_ID));
      } finally {
        jest.useRealTimers();
      }
    });

    it('says nothing when the logo passed the scan or there is none', () => {
      expect(shownFor(scan('clean', 'Geprüft, keine Schadsoftware gefunden'))).toBeNull();
      TestBed.resetTestingModule();
      expect(shownFor(OWN_PROFILE)).toBeNull();
    });
  });
});
