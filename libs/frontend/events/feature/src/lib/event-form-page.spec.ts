import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { EVERYONE, EventDto, MeDto, OrganisationSummaryDto, Permission } from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { EventFormPage } from './event-form-page';

const dlt: OrganisationSummaryDto = {
  id: 'org-dlt',
  key: 'dlt',
  name: 'Deutscher Landkreistag',
  kind: 'verband',
  state: 'Bund',
};
const biberach: OrganisationSummaryDto = {
  id: 'org-biberach',
  key: 'landkreis-biberach',
  name: 'Landkreis Biberach',
  kind: 'jobcenter',
  state: 'Baden-Württemberg',
};
const offenbach: OrganisationSummaryDto = {
  id: 'org-offenbach',
  key: 'kreis-offenbach',
  name: 'Kreis Offenbach',
  kind: 'jobcenter',
  state: 'Hessen',
};

function userWith(permissions: Permission[], organisation: OrganisationSummaryDto): typeof CurrentUser {
  class TestUser extends CurrentUser {
    readonly me = signal<MeDto | null>({
      id: 'u1',
      displayName: 'Test',
      email: null,
      roles: [],
      permissions,
      organisation,
      lastLoginAt: null,
    });
    can(permission: Permission): boolean {
      return permissions.includes(permission);
    }
  }
  return TestUser;
}

const coordinator = userWith([Permission.EventsWrite, Permission.EventsPublishNetwork], dlt);
const editor = userWith([Permission.EventsWrite], biberach);

const stored: EventDto = {
  id: 'e1',
  title: 'Fachtag Digitalisierung',
  startsAt: '2099-03-02T08:00:00.000Z',
  endsAt: '2099-03-02T15:00:00.000Z',
  allDay: false,
  place: 'Offenbach',
  onlineUrl: null,
  cancelled: false,
  organisation: offenbach,
  description: '',
  registrationUrl: null,
  audience: EVERYONE,
  author: null,
  version: 2,
  createdAt: '2099-01-01T08:00:00.000Z',
  updatedAt: '2099-01-01T08:00:00.000Z',
  editable: true,
};

describe('EventFormPage: the organiser', () => {
  let http: HttpTestingController;

  function setUp(user: typeof CurrentUser): void {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: CurrentUser, useClass: user },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  }

  async function render(id?: string) {
    const fixture = TestBed.createComponent(EventFormPage);
    if (id) fixture.componentRef.setInput('id', id);
    await fixture.whenStable();
    http
      .expectOne((request) => request.url === '/api/organisations')
      .flush({ items: [biberach, offenbach], total: 2, nextCursor: null });
    if (id) http.expectOne(`/api/events/${id}`).flush(stored);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  function type(element: HTMLElement, selector: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function fillIn(element: HTMLElement): void {
    type(element, '#event-title', 'Netzwerktreffen');
    type(element, '#event-start-date', '2099-05-04');
    type(element, '#event-end-date', '2099-05-04');
    type(element, '#event-place', 'Berlin');
  }

  function submit(element: HTMLElement): void {
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
  }

  it('lets coordinators choose it, labelled, with their own organisation preselected', async () => {
    setUp(coordinator);
    const { element } = await render();
    const select = element.querySelector<HTMLSelectElement>('select#event-organiser')!;
    expect(element.querySelector('label[for="event-organiser"]')?.textContent).toBe('Veranstalter');
    expect(select.getAttribute('aria-describedby')).toBe('event-organiser-hint');
    // Their own association is offered even though the directory page did not list it.
    expect(Array.from(select.options, (option) => option.textContent?.trim())).toEqual([
      'Ohne Veranstalter-Organisation',
      'Deutscher Landkreistag',
      'Landkreis Biberach',
      'Kreis Offenbach',
    ]);
    expect(select.value).toBe('org-dlt');

    fillIn(element);
    select.value = 'org-biberach';
    select.dispatchEvent(new Event('change'));
    submit(element);
    const create = http.expectOne((request) => request.url === '/api/events' && request.method === 'POST');
    expect(create.request.body).toEqual(
      expect.objectContaining({ title: 'Netzwerktreffen', organisationId: 'org-biberach' }),
    );
    create.flush({ ...stored, id: 'e2' });
  });

  it('sends the own organisation when the coordinator keeps the default', async () => {
    setUp(coordinator);
    const { element } = await render();
    fillIn(element);
    submit(element);
    const create = http.expectOne((request) => request.url === '/api/events' && request.method === 'POST');
    expect(create.request.body.organisationId).toBe('org-dlt');
  });

  it('shows the stored organiser when editing and keeps it on saving', async () => {
    setUp(coordinator);
    const { element } = await render('e1');
    expect(element.querySelector<HTMLSelectElement>('#event-organiser')?.value).toBe('org-offenbach');
    submit(element);
    const update = http.expectOne((request) => request.url === '/api/events/e1' && request.method === 'PUT');
    expect(update.request.body).toEqual(
      expect.objectContaining({ organisationId: 'org-offenbach', version: 2 }),
    );
  });

  it('shows the API’s German message for an unknown organiser next to the field', async () => {
    setUp(coordinator);
    const { element, fixture } = await render();
    fillIn(element);
    submit(element);
    http
      .expectOne((request) => request.url === '/api/events')
      .flush(
        { title: 'Ungültig', status: 400, errors: { organisationId: ['Diese Organisation gibt es nicht.'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(element.querySelector('#event-organiser-error')?.textContent).toBe(
      'Diese Organisation gibt es nicht.',
    );
    expect(element.querySelector('#event-organiser')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('is not offered to editors, who always organise for their own Jobcenter', async () => {
    setUp(editor);
    const { element } = await render();
    expect(element.querySelector('#event-organiser')).toBeNull();
    fillIn(element);
    submit(element);
    const create = http.expectOne((request) => request.url === '/api/events' && request.method === 'POST');
    expect('organisationId' in create.request.body).toBe(false);
  });
});
