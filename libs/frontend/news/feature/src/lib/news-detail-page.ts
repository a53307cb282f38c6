import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  AcknowledgementStatsDto,
  authorName,
  FILE_TEXT_MISSING_LABEL,
  NEWS_CATEGORY_LABELS,
  NewsDto,
} from '@portal/contracts';
import { CommentThread } from '@portal/frontend/comments/feature';
import { NewsApi } from '@portal/frontend/news/data-access';
import { AcknowledgementTable } from '@portal/frontend/news/ui';
import {
  DateTimePipe,
  FileSizePipe,
  FileTypePipe,
  Icon,
  NotFoundNotice,
  portalTitle,
} from '@portal/frontend/shared/ui';
import { LoadState, toLoadState } from '@portal/frontend/shared/util';
import { switchMap } from 'rxjs';
import { NewsArchiveAction } from './news-archive-action';

/** /neuigkeiten/:id — one news item. Items outside the user's audience answer 404, like unknown ids. */
@Component({
  selector: 'portal-news-detail-page',
  imports: [
    RouterLink,
    NotFoundNotice,
    Icon,
    DateTimePipe,
    FileSizePipe,
    FileTypePipe,
    MatButton,
    AcknowledgementTable,
    CommentThread,
    NewsArchiveAction,
  ],
  templateUrl: './news-detail-page.html',
  styleUrl: './news-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsDetailPage {
  /** Route parameter, bound by `withComponentInputBinding()`. */
  readonly id = input.required<string>();

  private readonly api = inject(NewsApi);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly archivedStatus = viewChild('archivedStatus', { read: ElementRef<HTMLElement> });

  protected readonly categoryLabels = NEWS_CATEGORY_LABELS;
  protected readonly textMissingLabel = FILE_TEXT_MISSING_LABEL;
  protected readonly load = toSignal(
    toObservable(this.id).pipe(switchMap((id) => toLoadState(this.api.get(id)))),
    {
      initialValue: { status: 'loading' } as LoadState<NewsDto>,
    },
  );
  /** The loaded item, replaced by the server's answer after an acknowledgement. */
  protected readonly item = linkedSignal<NewsDto | null>(() => {
    const load = this.load();
    return load.status === 'loaded' ? load.value : null;
  });
  /** Readers can see it: only then can they acknowledge it and discuss it (not as draft or scheduled). */
  protected readonly live = computed(() => {
    const item = this.item();
    return !!item && item.status !== 'draft' && !item.scheduled;
  });
  /** Who wrote it („ehemalige Person“ after an account deletion; none for demo content). */
  protected readonly author = computed(() => authorName(this.item()?.author));
  protected readonly notFound = computed(() => {
    const load = this.load();
    return load.status === 'error' && (load.httpStatus === 404 || load.httpStatus === 400);
  });
  /** Live and not archived yet (an expired item is already out of the feed). */
  protected readonly archivable = computed(() => {
    const item = this.item();
    return !!item && item.mayEdit && this.live() && !item.archived;
  });
  protected readonly justArchived = signal(false);
  protected readonly acknowledging = signal<'idle' | 'saving' | 'error'>('idle');
  protected readonly stats = signal<AcknowledgementStatsDto | null>(null);

  constructor() {
    effect(() => {
      const item = this.item();
      if (item) this.title.setTitle(portalTitle(item.title));
      else if (this.notFound()) this.title.setTitle(portalTitle('Seite nicht gefunden'));
    });
    effect(() => {
      const item = this.load().status === 'loaded' ? this.item() : null;
      if (item?.mayViewAcknowledgements) {
        this.api.acknowledgements(item.id).subscribe({ next: (stats) => this.stats.set(stats) });
      }
    });
  }

  protected onArchived(updated: NewsDto): void {
    this.item.set(updated);
    this.justArchived.set(true);
    // The confirm button is gone with the action: keep the keyboard on the outcome.
    afterNextRender(() => this.archivedStatus()?.nativeElement.focus(), { injector: this.injector });
  }

  protected acknowledge(item: NewsDto): void {
    this.acknowledging.set('saving');
    this.api.acknowledge(item.id).subscribe({
      next: (updated) => {
        this.item.set(updated);
        this.acknowledging.set('idle');
      },
      error: () => this.acknowledging.set('error'),
    });
  }
}
