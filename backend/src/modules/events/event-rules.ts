import { EVENT_LIMITS } from '@portal/contracts';
import { DomainError, ErrorCode } from '../../core/http/domain-error';

export interface EventTimesInput {
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  place?: string | null;
  onlineUrl?: string | null;
  registrationUrl?: string | null;
}

export interface NormalisedTimes {
  startsAt: Date;
  endsAt: Date;
}

const DAY = 86_400_000;

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function isHttps(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * The rules class-validator cannot express per field: end after start, https-only links, a
 * place or an online link. All-day events are stored as whole UTC days (end exclusive).
 * Throws a German 400 naming every offending field.
 */
export function checkEventInput(input: EventTimesInput): NormalisedTimes {
  const errors: Record<string, string[]> = {};
  let startsAt = new Date(input.startsAt);
  let endsAt = new Date(input.endsAt);
  if (input.allDay) {
    startsAt = startOfUtcDay(startsAt);
    const endDay = startOfUtcDay(endsAt);
    // An all-day end on a day boundary is exclusive already; anything inside a day includes it.
    endsAt = endDay.getTime() === endsAt.getTime() ? endDay : new Date(endDay.getTime() + DAY);
    if (endsAt.getTime() <= startsAt.getTime()) endsAt = new Date(startsAt.getTime() + DAY);
  }
  if (endsAt.getTime() <= startsAt.getTime()) {
    errors['endsAt'] = ['Das Ende muss nach dem Beginn liegen.'];
  } else if (endsAt.getTime() - startsAt.getTime() > 366 * DAY) {
    errors['endsAt'] = ['Ein Termin darf höchstens ein Jahr dauern.'];
  }
  for (const field of ['onlineUrl', 'registrationUrl'] as const) {
    const value = input[field];
    if (value && !isHttps(value)) {
      errors[field] = ['Bitte geben Sie eine sichere Internetadresse an, die mit https:// beginnt.'];
    }
  }
  if (!input.place && !input.onlineUrl) {
    errors['place'] = ['Bitte geben Sie einen Ort oder einen Online-Link an.'];
  }
  if (Object.keys(errors).length > 0) throw new DomainError(ErrorCode.ValidationFailed, undefined, errors);
  return { startsAt, endsAt };
}

/** The month view asks for a range; more than two months at once is refused. */
export function checkRange(from: string, to: string): { from: Date; to: Date } {
  const start = new Date(from);
  const end = new Date(to);
  if (end.getTime() <= start.getTime()) {
    throw new DomainError(ErrorCode.ValidationFailed, undefined, {
      to: ['Das Ende des Zeitraums muss nach dem Anfang liegen.'],
    });
  }
  if (end.getTime() - start.getTime() > EVENT_LIMITS.rangeDays * DAY) {
    throw new DomainError(ErrorCode.ValidationFailed, undefined, {
      to: [`Der Zeitraum darf höchstens ${EVENT_LIMITS.rangeDays} Tage umfassen.`],
    });
  }
  return { from: start, to: end };
}
