import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NotificationDto } from '@portal/contracts';
import { NotificationItem } from './notification-item';

const item: NotificationDto = {
  id: '1',
  kind: 'mention',
  title: 'Sie wurden erwähnt',
  text: 'Im Kommentar',
  link: '/neuigkeiten/1',
  createdAt: '2026-03-02T08:00:00Z',
  readAt: null,
};

describe('NotificationItem', () => {
  it('marks unread items and offers to mark them read', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(NotificationItem);
    fixture.componentRef.setInput('item', item);
    const marked: NotificationDto[] = [];
    fixture.componentInstance.markRead.subscribe((value) => marked.push(value));
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('Ungelesen');
    expect(element.textContent).toContain('Erwähnungen');
    element.querySelector<HTMLButtonElement>('button')!.click();
    expect(marked).toEqual([item]);

    fixture.componentRef.setInput('item', { ...item, readAt: '2026-03-02T09:00:00Z' });
    fixture.detectChanges();
    expect(element.textContent).not.toContain('Ungelesen');
    expect(element.querySelector('button')).toBeNull();
  });
});
