import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CommentDto, CommentPageDto } from '@portal/contracts';
import { CommentThread } from './comment-thread';

const NEWS = '11111111-1111-4111-8111-111111111111';
const THOMAS = '22222222-2222-4222-8222-222222222222';

const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[klick](javascript:alert(1))',
  '<a href="javascript:alert(1)">Link</a>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<style>body{display:none}</style>',
  '<b onmouseover=alert(1)>fett</b>',
];

function comment(id: string, text: string, overrides: Partial<CommentDto> = {}): CommentDto {
  return {
    id,
    targetType: 'news',
    targetId: NEWS,
    author: { id: 'u1', displayName: 'Jonas Keller' },
    body: text,
    segments: [{ type: 'text', text }],
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    editedAt: null,
    version: 1,
    deleted: null,
    helpful: { count: 0, mine: false },
    mayEdit: false,
    mayDelete: false,
    ...overrides,
  };
}

@Component({
  imports: [CommentThread],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<portal-comment-thread targetType="news" [targetId]="id()" />`,
})
class Host {
  readonly id = signal(NEWS);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CommentThread', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Host>;
  let element: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function start(page: CommentPageDto): Promise<void> {
    fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const request = http.expectOne((r) => r.url === '/api/comments');
    expect(request.request.params.get('targetId')).toBe(NEWS);
    request.flush(page);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  function button(name: RegExp): HTMLButtonElement {
    const found = Array.from(element.querySelectorAll('button')).find((candidate) =>
      name.test(candidate.textContent ?? ''),
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  it('renders script and markup in comments as inert text, never as elements', async () => {
    await start({
      items: XSS_PAYLOADS.map((payload, index) => comment(`c${index}`, payload)),
      nextCursor: null,
      open: true,
    });
    const list = element.querySelector('ol')!;
    for (const payload of XSS_PAYLOADS) expect(list.textContent).toContain(payload);
    expect(list.querySelectorAll('script, img, svg, iframe, style, a, b, [onerror], [onload]')).toHaveLength(
      0,
    );
  });

  it('loads more comments on request and announces them', async () => {
    await start({ items: [comment('c1', 'Erster')], nextCursor: 'next', open: true });
    button(/Weitere Kommentare laden/).click();
    const request = http.expectOne((r) => r.url === '/api/comments' && r.params.get('cursor') === 'next');
    request.flush({
      items: [comment('c2', 'Zweiter'), comment('c1', 'Erster')],
      nextCursor: null,
      open: true,
    });
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('ol > li')).map((li) => li.textContent)).toEqual([
      expect.stringContaining('Erster'),
      expect.stringContaining('Zweiter'),
    ]);
    expect(element.querySelector('.announcement')?.textContent).toContain('1 weiterer Kommentar geladen.');
    expect(element.textContent).not.toContain('Weitere Kommentare laden');
  });

  it('shows mentions as names and deleted comments without their text', async () => {
    await start({
      items: [
        comment('c1', '', {
          segments: [
            { type: 'text', text: 'Danke ' },
            { type: 'mention', userId: THOMAS, displayName: 'Thomas Becker' },
          ],
        }),
        comment('c2', '', {
          body: null,
          segments: [],
          deleted: { by: 'moderation', at: '2026-01-01T00:00:00Z' },
        }),
        comment('c3', '', {
          body: null,
          segments: [],
          deleted: { by: 'author', at: '2026-01-01T00:00:00Z' },
        }),
      ],
      nextCursor: null,
      open: true,
    });
    const items = element.querySelectorAll('ol > li');
    expect(items[0]?.querySelector('.mention')?.textContent?.trim()).toBe('@Thomas Becker');
    expect(items[1]?.textContent).toContain('Von der Moderation entfernt');
    expect(items[2]?.textContent).toContain('Kommentar gelöscht');
    expect(items[1]?.querySelector('button')).toBeNull();
  });

  it('toggles „Hilfreich“ with aria-pressed and the count', async () => {
    await start({ items: [comment('c1', 'Nützlich')], nextCursor: null, open: true });
    const helpful = button(/Hilfreich/);
    expect(helpful.getAttribute('aria-pressed')).toBe('false');
    helpful.click();
    const request = http.expectOne('/api/comments/c1/reactions/helpful');
    expect(request.request.method).toBe('PUT');
    request.flush({ count: 1, mine: true });
    await fixture.whenStable();
    expect(button(/Hilfreich/).getAttribute('aria-pressed')).toBe('true');
    expect(button(/Hilfreich/).textContent).toContain('1 Person fand das hilfreich');
    expect(element.querySelector('.announcement')?.textContent).toContain('Als hilfreich markiert.');
  });

  it('asks before deleting one’s own comment', async () => {
    await start({
      items: [comment('c1', 'Meins', { mayEdit: true, mayDelete: true })],
      nextCursor: null,
      open: true,
    });
    button(/^\s*Löschen\s*$/).click();
    await fixture.whenStable();
    expect(element.textContent).toContain('Diesen Kommentar wirklich löschen?');
    button(/Ja, löschen/).click();
    const request = http.expectOne('/api/comments/c1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('ol')?.textContent).toContain('Kommentar gelöscht');
    expect(element.querySelector('ol')?.textContent).not.toContain('Meins');
  });

  it('offers people after „@“ and two letters, inserts the chosen one and sends a mention token', async () => {
    await start({ items: [], nextCursor: null, open: true });
    const field = element.querySelector('textarea')!;
    expect(element.querySelector(`label[for="${field.id}"]`)?.textContent).toContain('Kommentar schreiben');
    field.value = 'Hallo @Th';
    field.setSelectionRange(9, 9);
    field.dispatchEvent(new Event('input'));
    await sleep(250);
    const request = http.expectOne((r) => r.url === '/api/users/mention-suggestions');
    expect(request.request.params.get('q')).toBe('Th');
    request.flush([
      { id: 'x', displayName: 'Theo Tester', organisationName: null },
      { id: THOMAS, displayName: 'Thomas Becker', organisationName: 'Kreis Offenbach' },
    ]);
    await fixture.whenStable();
    const listbox = element.querySelector('[role="listbox"]')!;
    expect(field.getAttribute('aria-controls')).toBe(listbox.id);
    expect(listbox.querySelectorAll('[role="option"]')).toHaveLength(2);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    await fixture.whenStable();
    const active = field.getAttribute('aria-activedescendant')!;
    expect(element.querySelector(`#${active}`)?.textContent).toContain('Thomas Becker');
    expect(element.querySelector(`#${active}`)?.getAttribute('aria-selected')).toBe('true');
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await fixture.whenStable();
    expect(field.value).toBe('Hallo @Thomas Becker ');
    expect(element.querySelector('[role="listbox"]')).toBeNull();

    button(/Kommentar veröffentlichen/).click();
    const post = http.expectOne((r) => r.url === '/api/comments' && r.method === 'POST');
    expect(post.request.body).toEqual({
      targetType: 'news',
      targetId: NEWS,
      body: `Hallo @[Thomas Becker](${THOMAS})`,
    });
    post.flush(comment('c9', 'Hallo'));
    await fixture.whenStable();
    expect(field.value).toBe('');
    expect(element.querySelector('.announcement')?.textContent).toContain('veröffentlicht');
  });

  it('shows the counter, refuses an empty comment and says when comments are closed', async () => {
    await start({ items: [], nextCursor: null, open: true });
    expect(element.textContent).toContain('0 von 5.000 Zeichen');
    button(/Kommentar veröffentlichen/).click();
    await fixture.whenStable();
    expect(element.textContent).toContain('Bitte schreiben Sie zuerst Ihren Kommentar.');
    http.expectNone((r) => r.method === 'POST');

    fixture.componentInstance.id.set('33333333-3333-4333-8333-333333333333');
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/comments').flush({ items: [], nextCursor: null, open: false });
    await fixture.whenStable();
    expect(element.querySelector('textarea')).toBeNull();
    expect(element.textContent).toContain('Kommentare sind für diesen Beitrag geschlossen.');
  });
});
