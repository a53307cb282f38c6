import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { NEWS_CATEGORY_LABELS, NewsDto } from '@portal/contracts';
import { NewsApi } from '@portal/frontend/news/data-access';
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
import { bodyParagraphs } from './news-body';

/** /neuigkeiten/:id — one news item. Items outside the user's audience answer 404, like unknown ids. */
@Component({
  selector: 'portal-news-detail-page',
  imports: [RouterLink, NotFoundNotice, Icon, DateTimePipe, FileSizePipe, FileTypePipe],
  templateUrl: './news-detail-page.html',
  styleUrl: './news-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsDetailPage {
  /** Route parameter, bound by `withComponentInputBinding()`. */
  readonly id = input.required<string>();

  private readonly api = inject(NewsApi);
  private readonly title = inject(Title);

  protected readonly categoryLabels = NEWS_CATEGORY_LABELS;
  protected readonly load = toSignal(
    toObservable(this.id).pipe(switchMap((id) => toLoadState(this.api.get(id)))),
    {
      initialValue: { status: 'loading' } as LoadState<NewsDto>,
    },
  );
  protected readonly item = computed(() => {
    const load = this.load();
    return load.status === 'loaded' ? load.value : null;
  });
  protected readonly paragraphs = computed(() => bodyParagraphs(this.item()?.body ?? ''));
  protected readonly notFound = computed(() => {
    const load = this.load();
    return load.status === 'error' && (load.httpStatus === 404 || load.httpStatus === 400);
  });

  constructor() {
    effect(() => {
      const item = this.item();
      if (item) this.title.setTitle(portalTitle(item.title));
      else if (this.notFound()) this.title.setTitle(portalTitle('Seite nicht gefunden'));
    });
  }
}
