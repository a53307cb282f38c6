import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode } from './domain-error';

/** German wording per class-validator constraint; numbers are taken from the default message. */
const GERMAN_MESSAGES: Readonly<Record<string, (numbers: string[]) => string>> = {
  whitelistValidation: () => 'Dieses Feld ist nicht vorgesehen.',
  isDefined: () => 'Pflichtfeld.',
  isNotEmpty: () => 'Darf nicht leer sein.',
  isString: () => 'Muss ein Text sein.',
  isInt: () => 'Muss eine ganze Zahl sein.',
  isNumber: () => 'Muss eine Zahl sein.',
  isBoolean: () => 'Muss wahr oder falsch sein.',
  isUuid: () => 'Muss eine gültige Kennung (UUID) sein.',
  isIn: () => 'Dieser Wert ist nicht zulässig.',
  isEnum: () => 'Dieser Wert ist nicht zulässig.',
  isEmail: () => 'Muss eine gültige E-Mail-Adresse sein.',
  isUrl: () => 'Muss eine gültige Internetadresse sein.',
  isDateString: () => 'Muss ein Datum im Format JJJJ-MM-TT sein.',
  isISO8601: () => 'Muss ein Datum im Format JJJJ-MM-TT sein.',
  isArray: () => 'Muss eine Liste sein.',
  min: ([n]) => `Muss mindestens ${n} sein.`,
  max: ([n]) => `Darf höchstens ${n} sein.`,
  minLength: ([n]) => `Muss mindestens ${n} Zeichen lang sein.`,
  maxLength: ([n]) => `Darf höchstens ${n} Zeichen lang sein.`,
  arrayMaxSize: ([n]) => `Darf höchstens ${n} Einträge enthalten.`,
  arrayMinSize: ([n]) => `Muss mindestens ${n} Einträge enthalten.`,
  matches: () => 'Hat nicht das erwartete Format.',
};

function germanMessage(constraint: string, english: string): string {
  const numbers = english.match(/\d+/g) ?? [];
  return GERMAN_MESSAGES[constraint]?.(numbers) ?? 'Ungültiger Wert.';
}

/** Flattens nested validation errors to `{ "path.to.field": ["…"] }`. */
export function fieldErrors(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      result[path] = Object.entries(error.constraints).map(([constraint, message]) =>
        germanMessage(constraint, message),
      );
    }
    if (error.children?.length) Object.assign(result, fieldErrors(error.children, path));
  }
  return result;
}

/** Whitelisting pipe: unknown fields are rejected, values converted to the DTO's types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new DomainError(ErrorCode.ValidationFailed, undefined, fieldErrors(errors)),
  });
}
