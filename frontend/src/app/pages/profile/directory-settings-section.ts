import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { DIRECTORY_PROFILE_LIMITS, DirectoryProfileDto } from '@portal/contracts';
import { PeopleApi } from '@portal/frontend/people/data-access';
import { problemMessage } from '@portal/frontend/shared/util';

/**
 * „Personenverzeichnis“ on the profile page: what others see of me besides the identity provider's
 * data (function, phone, topics), and whether I am listed at all. Opted out, I am not in the
 * directory or its search, and only colleagues of my own Jobcenter can @mention me.
 */
@Component({
  selector: 'app-directory-settings-section',
  template: `
    <section aria-labelledby="verzeichnis">
      <h2 id="verzeichnis">Personenverzeichnis</h2>
      <p>
        Im Personenverzeichnis stehen Ihr Name, Ihre Organisation, Ihre Rolle und Ihre E-Mail-Adresse aus dem
        Anmeldedienst sowie die Angaben, die Sie hier machen.
      </p>
      @if (loaded()) {
        <form (submit)="save($event)">
          <div class="field checkbox">
            <input
              id="verzeichnis-opt-out"
              type="checkbox"
              [checked]="profile().directoryOptOut"
              (change)="set('directoryOptOut', $any($event.target).checked)"
              aria-describedby="verzeichnis-opt-out-hinweis"
            />
            <label for="verzeichnis-opt-out">Nicht im Personenverzeichnis erscheinen</label>
            <p id="verzeichnis-opt-out-hinweis" class="hint">
              Dann finden Sie andere weder im Verzeichnis noch in dessen Suche, und nur Kolleginnen und
              Kollegen Ihres eigenen Jobcenters können Sie in Kommentaren erwähnen.
            </p>
          </div>
          <div class="field">
            <label for="verzeichnis-funktion">Funktion (freiwillig)</label>
            <input
              id="verzeichnis-funktion"
              type="text"
              [maxLength]="limits.jobTitle"
              [value]="profile().jobTitle ?? ''"
              (input)="set('jobTitle', $any($event.target).value)"
            />
          </div>
          <div class="field">
            <label for="verzeichnis-telefon">Telefon (freiwillig)</label>
            <input
              id="verzeichnis-telefon"
              type="tel"
              autocomplete="tel"
              [maxLength]="limits.phone"
              [value]="profile().phone ?? ''"
              (input)="set('phone', $any($event.target).value)"
            />
          </div>
          <div class="field">
            <label for="verzeichnis-themen"
              >Themen (freiwillig, durch Komma getrennt, höchstens {{ limits.topics }})</label
            >
            <input
              id="verzeichnis-themen"
              type="text"
              [value]="profile().topics.join(', ')"
              (input)="setTopics($any($event.target).value)"
            />
          </div>
          <button type="submit" class="button" [disabled]="busy()">Angaben speichern</button>
        </form>
      }
      <p aria-live="polite" class="message">{{ message() }}</p>
    </section>
  `,
  styles: `
    .field {
      display: grid;
      gap: var(--portal-space-1);
      margin-bottom: var(--portal-space-3);
      max-width: 40rem;
    }
    .field input[type='text'],
    .field input[type='tel'] {
      min-height: 2.5rem;
      padding: 0 var(--portal-space-2);
      font: inherit;
    }
    .checkbox {
      grid-template-columns: auto 1fr;
      align-items: center;
    }
    .checkbox .hint {
      grid-column: 1 / -1;
      margin: 0;
    }
    .hint {
      color: var(--portal-color-text-muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DirectorySettingsSection {
  private readonly api = inject(PeopleApi);

  protected readonly limits = DIRECTORY_PROFILE_LIMITS;
  protected readonly profile = signal<DirectoryProfileDto>({
    directoryOptOut: false,
    jobTitle: null,
    phone: null,
    topics: [],
  });
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal('');

  constructor() {
    this.api.profile().subscribe({
      next: (profile) => {
        this.profile.set(profile);
        this.loaded.set(true);
      },
      error: () => this.message.set('Ihre Angaben für das Personenverzeichnis konnten nicht geladen werden.'),
    });
  }

  protected set<K extends 'directoryOptOut' | 'jobTitle' | 'phone'>(
    key: K,
    value: DirectoryProfileDto[K],
  ): void {
    this.profile.update((profile) => ({ ...profile, [key]: value }));
  }

  protected setTopics(text: string): void {
    const topics = text
      .split(',')
      .map((topic) => topic.trim())
      .filter((topic) => topic.length > 0);
    this.profile.update((profile) => ({ ...profile, topics }));
  }

  protected save(event: Event): void {
    event.preventDefault();
    this.busy.set(true);
    const profile = this.profile();
    this.api
      .updateProfile({
        ...profile,
        jobTitle: profile.jobTitle?.trim() || null,
        phone: profile.phone?.trim() || null,
      })
      .subscribe({
        next: (saved) => {
          this.profile.set(saved);
          this.message.set(
            saved.directoryOptOut
              ? 'Gespeichert. Sie erscheinen nicht im Personenverzeichnis.'
              : 'Gespeichert. Ihre Angaben sind im Personenverzeichnis sichtbar.',
          );
          this.busy.set(false);
        },
        error: (error: unknown) => {
          this.message.set(problemMessage(error, 'Ihre Angaben konnten nicht gespeichert werden.'));
          this.busy.set(false);
        },
      });
  }
}
