import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ProblemDto } from '@portal/contracts';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable, sqlState } from './database-errors';
import { DomainError, ERROR_CATALOGUE, ErrorCode } from './domain-error';
import { renderErrorPage } from './html-error-page';

const STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.NotAuthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  503: ErrorCode.ServiceUnavailable,
};

const INVALID_JSON = 'Der Inhalt der Anfrage ist kein gültiges JSON.';

/** Errors of body-parser and other Express middleware carry `status` and `type`. */
function middlewareStatus(error: unknown): number | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const status =
    (error as { status?: unknown; statusCode?: unknown }).status ??
    (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** Turns every error into an RFC 9457 problem response: German, no stack trace, with the request id. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const problem = this.toProblem(error);
    problem.instance = request.originalUrl?.split('?')[0];
    problem.requestId = String(request.id ?? '');

    if (problem.status >= 500 && problem.code === ErrorCode.Internal) {
      this.logger.error({ err: error, requestId: problem.requestId }, 'Unhandled error');
    } else if (problem.status === 503) {
      this.logger.warn({ err: error, requestId: problem.requestId }, problem.title);
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    if (problem.status === 503) response.setHeader('Retry-After', '5');
    if (this.wantsHtml(request)) {
      response
        .status(problem.status)
        .type('html')
        .send(
          renderErrorPage({
            title: problem.title,
            message: problem.detail ?? '',
            nonce: response.locals['cspNonce'] ?? '',
          }),
        );
      return;
    }
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  /** Sign-in routes are reached by browser navigation: answer them with a readable page. */
  private wantsHtml(request: Request): boolean {
    return (
      request.method === 'GET' &&
      request.path.startsWith('/api/auth/') &&
      request.accepts(['json', 'html']) === 'html'
    );
  }

  private toProblem(error: unknown): ProblemDto & { code: ErrorCode } {
    if (error instanceof DomainError) return this.problem(error.code, error.detail, error.fieldErrors);
    if (error instanceof HttpException) {
      const code = STATUS_CODES[error.getStatus()] ?? ErrorCode.Internal;
      // Nest wraps body-parser's syntax errors into a plain BadRequestException.
      const badJson = error.getStatus() === 400 && /JSON/i.test(error.message);
      return this.problem(code, badJson ? INVALID_JSON : undefined);
    }
    const status = middlewareStatus(error);
    if (status !== undefined) {
      const code = STATUS_CODES[status] ?? ErrorCode.ValidationFailed;
      const detail = status === 400 ? INVALID_JSON : undefined;
      return this.problem(code, detail);
    }
    if (isDatabaseUnavailable(error)) return this.problem(ErrorCode.ServiceUnavailable);
    switch (sqlState(error)) {
      case '23505':
        return this.problem(ErrorCode.Conflict, 'Ein Eintrag mit diesen Angaben existiert bereits.');
      case '22P02':
      case '22001':
        return this.problem(ErrorCode.ValidationFailed);
      // Invalid or untranslatable byte sequence: a NUL byte (%00) in a query or text field.
      case '22021':
      case '22P05':
        return this.problem(ErrorCode.ValidationFailed, 'Die Eingabe enthält unzulässige Zeichen.');
      // deadlock_detected / serialization_failure: two writes crossed, PostgreSQL rolled this one back.
      case '40P01':
      case '40001':
        return this.problem(
          ErrorCode.ServiceUnavailable,
          'Eine gleichzeitige Änderung kam dazwischen; es wurde nichts gespeichert. Bitte versuchen Sie es gleich noch einmal.',
        );
      // query_canceled: statement_timeout (or an operator's pg_cancel_backend) — temporary, retryable.
      case '57014':
        return this.problem(
          ErrorCode.ServiceUnavailable,
          'Die Anfrage hat zu lange gedauert. Bitte versuchen Sie es gleich noch einmal.',
        );
    }
    return this.problem(ErrorCode.Internal);
  }

  private problem(
    code: ErrorCode,
    detail?: string,
    errors?: Record<string, string[]>,
  ): ProblemDto & { code: ErrorCode } {
    const { status, title } = ERROR_CATALOGUE[code];
    return {
      type: `urn:portal:problem:${code}`,
      title,
      status,
      code,
      ...(detail && { detail }),
      ...(errors && { errors }),
    };
  }
}
