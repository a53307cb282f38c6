import { ChangeDetectionStrategy, Component, computed, forwardRef, input, signal } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import {
  ALL_ROLES,
  AudienceDto,
  BUNDESLAENDER,
  Bundesland,
  EVERYONE,
  OrganisationState,
  OrganisationSummaryDto,
  ROLE_LABELS,
  Role,
} from '@portal/contracts';
import { describeAudience } from './audience-summary';

let nextId = 0;

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((entry) => entry !== item);
}

/**
 * Form control for the audience of a piece of content (value: `AudienceDto`): „Alle im
 * Netzwerk“, or any combination of Bundesländer, organisations (filterable) and roles. With
 * `fixedOrganisationId` (editors) it is bound to that Jobcenter; only roles can narrow it.
 */
@Component({
  selector: 'portal-audience-picker',
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => AudiencePicker), multi: true }],
  template: `
    <fieldset class="picker" [attr.aria-describedby]="id + '-summary'">
      <legend>{{ legend() }}</legend>
      @if (fixedOrganisation(); as organisation) {
        <p class="fixed">
          Als Redaktion legen Sie Inhalte nur für Ihr Jobcenter an: <strong>{{ organisation.name }}</strong>.
        </p>
      } @else {
        <div class="scope">
          <label>
            <input
              type="radio"
              [name]="id + '-scope'"
              [checked]="!restricted()"
              [disabled]="disabled()"
              (change)="setRestricted(false)"
            />
            Alle im Netzwerk
          </label>
          <label>
            <input
              type="radio"
              [name]="id + '-scope'"
              [checked]="restricted()"
              [disabled]="disabled()"
              (change)="setRestricted(true)"
            />
            Bestimmte Bundesländer, Organisationen oder Rollen
          </label>
        </div>
      }

      @if (restricted() || fixedOrganisation()) {
        @if (!fixedOrganisation()) {
          <fieldset class="group">
            <legend>Bundesländer</legend>
            <ul class="options columns">
              @for (state of states; track state) {
                <li>
                  <label>
                    <input
                      type="checkbox"
                      [checked]="value().states.includes(state)"
                      [disabled]="disabled()"
                      (change)="toggleState(state, $any($event.target).checked)"
                    />
                    {{ state }}
                  </label>
                </li>
              }
            </ul>
          </fieldset>

          <fieldset class="group">
            <legend>Organisationen</legend>
            <label class="filter-label" [for]="id + '-filter'">Organisationen filtern</label>
            <input
              class="filter"
              type="search"
              [id]="id + '-filter'"
              [value]="filter()"
              [disabled]="disabled()"
              [attr.aria-controls]="id + '-organisations'"
              (input)="filter.set($any($event.target).value)"
            />
            <p class="hint" aria-live="polite">
              {{ filteredOrganisations().length }} Treffer, {{ value().organisationIds.length }} ausgewählt
            </p>
            <ul class="options scroll" [id]="id + '-organisations'">
              @for (organisation of filteredOrganisations(); track organisation.id) {
                <li>
                  <label>
                    <input
                      type="checkbox"
                      [checked]="value().organisationIds.includes(organisation.id)"
                      [disabled]="disabled()"
                      (change)="toggleOrganisation(organisation.id, $any($event.target).checked)"
                    />
                    {{ organisation.name }} <span class="state">({{ organisation.state }})</span>
                  </label>
                </li>
              }
            </ul>
          </fieldset>
        }

        <fieldset class="group">
          <legend>Rollen</legend>
          <ul class="options">
            @for (role of roles; track role) {
              <li>
                <label>
                  <input
                    type="checkbox"
                    [checked]="value().roles.includes(role)"
                    [disabled]="disabled()"
                    (change)="toggleRole(role, $any($event.target).checked)"
                  />
                  {{ roleLabels[role] }}
                </label>
              </li>
            }
          </ul>
        </fieldset>
      }
      <p class="summary" [id]="id + '-summary'" aria-live="polite">{{ summary() }}</p>
    </fieldset>
  `,
  styles: `
    .picker,
    .group {
      margin: 0 0 var(--portal-space-3);
      padding: var(--portal-space-3);
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
    }
    legend {
      padding: 0 var(--portal-space-1);
      font-weight: 600;
    }
    .scope {
      display: grid;
      gap: var(--portal-space-2);
      margin-bottom: var(--portal-space-3);
    }
    .options {
      display: grid;
      gap: var(--portal-space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .columns {
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    }
    .scroll {
      max-height: 16rem;
      overflow-y: auto;
      padding: var(--portal-space-1);
      border: 1px solid var(--portal-color-border);
    }
    label {
      display: inline-flex;
      gap: var(--portal-space-2);
      align-items: center;
      min-height: 2rem;
    }
    .filter-label {
      display: block;
    }
    .filter {
      width: 100%;
      max-width: 28rem;
      min-height: 2.5rem;
      font: inherit;
    }
    .state,
    .hint {
      color: var(--portal-color-text-muted);
    }
    .summary {
      margin: var(--portal-space-2) 0 0;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AudiencePicker implements ControlValueAccessor {
  readonly legend = input('Zielgruppe');
  /** All organisations the author may choose from. */
  readonly organisations = input<readonly OrganisationSummaryDto[]>([]);
  /** Editors: the audience is bound to this Jobcenter. */
  readonly fixedOrganisationId = input<string | null>(null);

  protected readonly id = `audience-${nextId++}`;
  protected readonly states: readonly Bundesland[] = BUNDESLAENDER;
  protected readonly roles: readonly Role[] = ALL_ROLES;
  protected readonly roleLabels = ROLE_LABELS;

  protected readonly value = signal<AudienceDto>({ ...EVERYONE });
  protected readonly restricted = signal(false);
  protected readonly disabled = signal(false);
  protected readonly filter = signal('');

  protected readonly fixedOrganisation = computed(() => {
    const id = this.fixedOrganisationId();
    if (!id) return null;
    return (
      this.organisations().find((organisation) => organisation.id === id) ?? { id, name: 'Ihr Jobcenter' }
    );
  });
  protected readonly filteredOrganisations = computed(() => {
    const needle = this.filter().trim().toLocaleLowerCase('de-DE');
    return this.organisations().filter(
      (organisation) =>
        !needle ||
        organisation.name.toLocaleLowerCase('de-DE').includes(needle) ||
        organisation.state.toLocaleLowerCase('de-DE').includes(needle),
    );
  });
  protected readonly summary = computed(() =>
    describeAudience(
      this.value(),
      new Map(this.organisations().map((organisation) => [organisation.id, organisation.name])),
    ),
  );

  private onChange: (value: AudienceDto) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: AudienceDto | null): void {
    const audience = value ?? { ...EVERYONE };
    this.value.set({
      states: [...audience.states],
      organisationIds: [...audience.organisationIds],
      roles: [...audience.roles],
    });
    this.restricted.set(
      audience.states.length > 0 || audience.organisationIds.length > 0 || audience.roles.length > 0,
    );
  }

  registerOnChange(fn: (value: AudienceDto) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected setRestricted(restricted: boolean): void {
    this.restricted.set(restricted);
    if (!restricted) this.emit({ ...EVERYONE });
  }

  protected toggleState(state: OrganisationState, on: boolean): void {
    this.emit({ ...this.value(), states: toggled(this.value().states, state, on) });
  }

  protected toggleOrganisation(id: string, on: boolean): void {
    this.emit({ ...this.value(), organisationIds: toggled(this.value().organisationIds, id, on) });
  }

  protected toggleRole(role: Role, on: boolean): void {
    this.emit({ ...this.value(), roles: toggled(this.value().roles, role, on) });
  }

  private emit(value: AudienceDto): void {
    const fixed = this.fixedOrganisationId();
    const next = fixed ? { states: [], organisationIds: [fixed], roles: value.roles } : value;
    this.value.set(next);
    this.onChange(next);
    this.onTouched();
  }
}
