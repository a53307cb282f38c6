import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { UserAdminDetailDto } from '@portal/contracts';
import { UserDetailPage } from './user-detail-page';

const user: UserAdminDetailDto = {
  id: 'u1',
  displayName: 'Erika Mustermann',
  email: 'erika@kreis-offenbach.de',
  roles: ['staff'],
  effectiveRoles: ['staff'],
  organisation: null,
  active: true,
  lastLoginAt: null,
  createdAt: '2024-12-01T10:00:00Z',
  overrides: [],
};

describe('UserDetailPage: account deletion', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'verwaltung/nutzer/:id', component: UserDetailPage }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/verwaltung/nutzer/u1', UserDetailPage);
  });
  afterEach(() => http.verify());

  const el = () => harness.routeNativeElement as HTMLElement;
  const button = (text: string) =>
    Array.from(el().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === text,
    ) as HTMLButtonElement;

  async function load(policy: 'anonymise' | 'delete'): Promise<void> {
    http.expectOne('/api/admin/account-deletion-policy').flush({ contentPolicy: policy });
    http.expectOne('/api/admin/users/u1').flush(user);
    await harness.fixture.whenStable();
  }

  it('states the consequences for the policy in a labelled modal dialog, focus on „Abbrechen“', async () => {
    await load('anonymise');
    const opener = button('Konto löschen …');
    opener.focus();
    opener.click();
    await harness.fixture.whenStable();

    const dialog = el().querySelector('dialog') as HTMLDialogElement;
    expect(dialog.hasAttribute('open')).toBe(true);
    const heading = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(heading?.textContent).toBe('Konto von Erika Mustermann löschen?');
    expect(dialog.querySelector(`#${dialog.getAttribute('aria-describedby')}`)?.textContent).toContain(
      'erika@kreis-offenbach.de',
    );
    const consequences = Array.from(dialog.querySelectorAll('li')).map((li) => li.textContent ?? '');
    expect(consequences.join(' ')).toContain('„ehemalige Person“');
    expect(consequences.join(' ')).toContain('nicht rückgängig');
    expect(document.activeElement?.textContent?.trim()).toBe('Abbrechen');

    // Cancel: nothing is sent, focus returns to the opener.
    button('Abbrechen').click();
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('names deletion of content under the „delete“ policy', async () => {
    await load('delete');
    button('Konto löschen …').click();
    await harness.fixture.whenStable();
    const text = el().querySelector('dialog')?.textContent ?? '';
    expect(text).toContain('werden samt Kommentaren');
    expect(text).not.toContain('ehemalige Person');
  });

  it('deletes after confirmation and moves focus to the outcome', async () => {
    await load('anonymise');
    button('Konto löschen …').click();
    await harness.fixture.whenStable();
    button('Konto endgültig löschen').click();
    http.expectOne({ method: 'DELETE', url: '/api/admin/users/u1' }).flush({
      deleted: true,
      contentPolicy: 'anonymise',
    });
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));

    expect(el().querySelector('[role="status"]')?.textContent).toContain(
      'Das Konto von Erika Mustermann wurde gelöscht.',
    );
    expect(document.activeElement?.textContent).toBe('Konto gelöscht');
    expect(button('Konto löschen …')).toBeUndefined();
  });

  it('shows the German problem when the deletion is refused', async () => {
    await load('anonymise');
    button('Konto löschen …').click();
    await harness.fixture.whenStable();
    button('Konto endgültig löschen').click();
    http
      .expectOne({ method: 'DELETE', url: '/api/admin/users/u1' })
      .flush(
        { title: 'Konflikt', detail: 'Das eigene Konto kann hier nicht gelöscht werden.', status: 409 },
        { status: 409, statusText: 'Conflict', headers: { 'content-type': 'application/problem+json' } },
      );
    await harness.fixture.whenStable();
    expect(el().textContent).toContain('Das eigene Konto kann hier nicht gelöscht werden.');
    expect(button('Konto löschen …')).toBeDefined();
  });
});
