import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * An absolute http(s) URL without user name or password: no `javascript:`, `data:`, `file:`
 * or other schemes, nothing relative. (Where it may lead is the link checker's business.)
 */
export function isWebUrl(value: unknown): boolean {
  if (typeof value !== 'string' || /[\s<>"]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname !== '' &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

export function IsWebUrl(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isWebUrl',
      target: target.constructor,
      propertyName,
      options: {
        message: 'Bitte eine vollständige Webadresse angeben, die mit https:// oder http:// beginnt.',
        ...options,
      },
      validator: { validate: (value: unknown) => value === null || isWebUrl(value) },
    });
}
