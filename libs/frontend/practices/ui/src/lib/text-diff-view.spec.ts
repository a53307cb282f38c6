import { TestBed } from '@angular/core/testing';
import { TextDiffView } from './text-diff-view';

describe('TextDiffView', () => {
  it('marks removed and added words', async () => {
    const fixture = TestBed.createComponent(TextDiffView);
    fixture.componentRef.setInput('before', 'Wir beraten Jugendliche');
    fixture.componentRef.setInput('after', 'Wir beraten Alleinerziehende');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('del')?.textContent).toContain('Jugendliche');
    expect(element.querySelector('ins')?.textContent).toContain('Alleinerziehende');
  });
});
