import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CommentDto } from '@portal/contracts';
import { CommentItem } from './comment-item';

function comment(overrides: Partial<CommentDto> = {}): CommentDto {
  return {
    id: 'c1',
    targetType: 'news',
    targetId: 'n1',
    author: { id: 'u1', displayName: 'Aylin Demir' },
    body: 'Text',
    segments: [{ type: 'text', text: 'Text' }],
    createdAt: '2018-11-26T08:00:00Z',
    editedAt: null,
    version: 1,
    deleted: null,
    helpful: { count: 2, mine: false },
    mayEdit: false,
    mayDelete: false,
    ...overrides,
  };
}

describe('CommentItem', () => {
  let fixture: ComponentFixture<CommentItem>;
  let element: HTMLElement;

  async function render(value: CommentDto): Promise<void> {
    fixture = TestBed.createComponent(CommentItem);
    fixture.componentRef.setInput('comment', value);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  }

  const buttons = () => Array.from(element.querySelectorAll('button')).map((b) => b.textContent?.trim());

  it('shows the author, the absolute time of older comments and „Hilfreich“ with its count', async () => {
    await render(comment());
    expect(element.querySelector('h3')?.textContent?.trim()).toBe('Aylin Demir');
    expect(element.querySelector('time')?.textContent).toBe('26.11.2018, 09:00 Uhr');
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe('2018-11-26T08:00:00Z');
    expect(buttons()).toEqual([expect.stringContaining('2 Personen fanden das hilfreich')]);
  });

  it('offers moderators removal of others’ comments, after confirmation, and lets them cancel', async () => {
    await render(comment({ mayDelete: true }));
    const deleted = jest.fn();
    fixture.componentInstance.deleteConfirmed.subscribe(deleted);
    expect(buttons()).toContain('Entfernen (Moderation)');
    (Array.from(element.querySelectorAll('button')).at(-1) as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(element.textContent).toContain('Diesen Kommentar als Moderation entfernen?');
    expect(document.activeElement?.textContent?.trim()).toBe('Ja, entfernen');
    Array.from(element.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('Abbrechen'))!
      .click();
    await fixture.whenStable();
    expect(deleted).not.toHaveBeenCalled();
    expect(buttons()).toContain('Entfernen (Moderation)');
  });

  it('offers editing and deleting of one’s own comment and marks edits', async () => {
    await render(comment({ mayEdit: true, mayDelete: true, editedAt: '2018-11-27T08:00:00Z' }));
    expect(buttons()).toEqual([expect.stringContaining('Hilfreich'), 'Bearbeiten', 'Löschen']);
    expect(element.textContent).toContain('(bearbeitet)');
  });
});
