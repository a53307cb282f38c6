import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { UserAdminDto } from '@portal/contracts';
import { UserListPage } from './user-list-page';

const users: UserAdminDto[] = [
  {
    id: 'u1',
    displayName: 'Erika Mustermann',
    email: 'erika.mustermann@kreis-offenbach.de',
    roles: ['manager', 'editor'],
    effectiveRoles: ['manager', 'editor'],
    organisation: {
      id: 'o1',
      key: 'kreis-offenbach',
      name: 'Kreis Offenbach',
      kind: 'jobcenter',
      state: 'Hessen',
    },
    active: true,
    lastLoginAt: '2025-01-15T08:05:00Z',
    createdAt: '2024-12-01T10:00:00Z',
  },
  {
    id: 'u2',
    displayName: 'Max Meier',
    email: null,
    roles: [],
    effectiveRoles: [],
    organisation: null,
    active: false,
    lastLoginAt: null,
    createdAt: '2024-12-01T10:00:00Z',
  },
];

describe('UserListPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'verwaltung', component: UserListPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/verwaltung?q=m&seite=2', UserListPage);
  });

  afterEach(() => {
    // The identity-gone section below the list reads the deletion policy.
    http.match('/api/admin/account-deletion-policy').forEach((r) => r.flush({ contentPolicy: 'anonymise' }));
    http.verify();
  });

  const el = () => harness.routeNativeElement as HTMLElement;

  it('renders the users as a table with German labels, status in words', async () => {
    const request = http.expectOne((r) => r.url === '/api/admin/users');
    expect(request.request.params.get('q')).toBe('m');
    expect(request.request.params.get('page')).toBe('2');
    request.flush({ items: users, total: 22, page: 2, pageSize: 20 });
    await harness.fixture.whenStable();

    const rows = Array.from(el().querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      [
        'Erika Mustermann',
        'erika.mustermann@kreis-offenbach.de',
        'Kreis Offenbach',
        'Jobcenter-Leitung, Redaktion',
        'aktiv',
        '15.01.2025, 09:05 Uhr',
      ],
      ['Max Meier', 'keine', 'keine', 'keine', 'deaktiviert', 'noch nie'],
    ]);
    expect(el().querySelector('caption')?.textContent).toContain('Seite 2 von 2');
    expect(el().querySelector('[role="status"]')?.textContent?.trim()).toBe('22 Einträge');
  });

  it('searches immediately on Enter and resets to page 1', async () => {
    http.expectOne((r) => r.url === '/api/admin/users').flush({ items: [], total: 0, page: 2, pageSize: 20 });
    await harness.fixture.whenStable();
    const input = el().querySelector('input') as HTMLInputElement;
    input.value = 'erika';
    input.form?.dispatchEvent(new Event('submit', { cancelable: true }));
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/verwaltung?q=erika');
    http
      .expectOne((r) => r.url === '/api/admin/users' && r.params.get('q') === 'erika')
      .flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });
});
