import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PersonDto, ROLE_LABELS, Role } from '@portal/contracts';
import { PeopleApi } from '@portal/frontend/people/data-access';
import { problemMessage } from '@portal/frontend/shared/util';

const PAGE_SIZE = 20;

/**
 * /personen — the people directory: who works where and on which topics. Shows only what the
 * identity provider supplied and what each person added under „Mein Profil“; people who opted
 * out are not listed.
 */
@Component({
  selector: 'portal-people-page',
  imports: [RouterLink],
  template: `
    <h1>Personen</h1>
    <p class="intro">
      Ansprechpersonen im Netzwerk mit Organisation, Rolle und Themen. Sichtbar ist nur, was die Person selbst
      oder der Anmeldedienst angegeben hat. Ihre eigenen Angaben und die Sichtbarkeit ändern Sie unter
      <a routerLink="/profil">Mein Profil</a>.
    </p>

    <form class="search" role="search" aria-label="Personen suchen" (submit)="onSubmit($event, search.value)">
      <label for="personen-suche">Name, Organisation oder Thema</label>
      <div class="row">
        <input id="personen-suche" #search type="search" autocomplete="off" maxlength="100" />
        <button type="submit" class="button">Suchen</button>
      </div>
    </form>

    <section aria-labelledby="personen-ergebnisse">
      <h2 id="personen-ergebnisse" #resultsHeading tabindex="-1">{{ heading() }}</h2>
      <p role="status" class="count">{{ status() }}</p>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <ul class="people" [attr.aria-busy]="loading()">
        @for (person of people(); track person.id) {
          <li class="person">
            <h3>{{ person.displayName }}</h3>
            <dl>
              <div>
                <dt>Organisation</dt>
                <dd>
                  @if (person.organisation; as organisation) {
                    <a [routerLink]="['/jobcenter', organisation.id]">{{ organisation.name }}</a>
                  } @else {
                    keine
                  }
                </dd>
              </div>
              <div>
                <dt>Rolle</dt>
                <dd>{{ roles(person.roles) }}</dd>
              </div>
              @if (person.jobTitle) {
                <div>
                  <dt>Funktion</dt>
                  <dd>{{ person.jobTitle }}</dd>
                </div>
              }
              @if (person.topics.length > 0) {
                <div>
                  <dt>Themen</dt>
                  <dd>{{ person.topics.join(', ') }}</dd>
                </div>
              }
              @if (person.email) {
                <div>
                  <dt>E-Mail</dt>
                  <dd>
                    <a [href]="'mailto:' + person.email">{{ person.email }}</a>
                  </dd>
                </div>
              }
              @if (person.phone) {
                <div>
                  <dt>Telefon</dt>
                  <dd>
                    <a [href]="'tel:' + person.phone.replaceAll(' ', '')">{{ person.phone }}</a>
                  </dd>
                </div>
              }
            </dl>
          </li>
        }
      </ul>
      @if (nextCursor()) {
        <button type="button" class="button" [disabled]="loading()" (click)="more()">
          Weitere Personen laden
        </button>
      }
    </section>
  `,
  styles: `
    .intro {
      max-width: 70ch;
    }
    .search .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-2);
      margin-top: var(--portal-space-1);
    }
    .search input {
      min-height: 2.5rem;
      min-width: min(100%, 24rem);
      padding: 0 var(--portal-space-2);
      font: inherit;
    }
    .people {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(18rem, 100%), 1fr));
      gap: var(--portal-space-4);
      padding: 0;
      list-style: none;
    }
    .person {
      padding: var(--portal-space-3);
      border: 1px solid var(--portal-color-border, #767676);
      border-radius: 4px;
    }
    .person h3 {
      margin-top: 0;
    }
    dl div {
      margin-bottom: var(--portal-space-1);
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    .error {
      color: var(--portal-color-error, #b00020);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeoplePage {
  private readonly api = inject(PeopleApi);
  private readonly resultsHeading = viewChild.required<ElementRef<HTMLElement>>('resultsHeading');

  protected readonly people = signal<PersonDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal('');
  protected readonly query = signal('');
  protected readonly status = signal('Personen werden geladen …');
  protected readonly heading = signal('Alle Personen');

  constructor() {
    this.load(false);
  }

  protected roles(roles: Role[]): string {
    return roles.map((role) => ROLE_LABELS[role]).join(', ') || 'keine';
  }

  protected onSubmit(event: Event, q: string): void {
    event.preventDefault();
    this.query.set(q.trim());
    this.heading.set(q.trim() ? `Personen zu „${q.trim()}“` : 'Alle Personen');
    this.nextCursor.set(null);
    this.load(false);
    this.resultsHeading().nativeElement.focus();
  }

  protected more(): void {
    this.load(true);
  }

  private load(append: boolean): void {
    this.loading.set(true);
    this.error.set('');
    const cursor = append ? (this.nextCursor() ?? undefined) : undefined;
    this.api.list({ q: this.query(), cursor, limit: PAGE_SIZE }).subscribe({
      next: (page) => {
        const people = append ? [...this.people(), ...page.items] : page.items;
        this.people.set(people);
        this.nextCursor.set(page.nextCursor);
        this.status.set(
          people.length === 0
            ? 'Keine passenden Personen gefunden.'
            : `${people.length} ${people.length === 1 ? 'Person' : 'Personen'} angezeigt${page.nextCursor ? ', weitere vorhanden' : ''}.`,
        );
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(problemMessage(error, 'Die Personen konnten nicht geladen werden.'));
        this.status.set('');
        this.loading.set(false);
      },
    });
  }
}
