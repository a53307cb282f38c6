/** RFC 9457 problem details, the body of every error response. */
export interface ProblemDto {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  /** Field errors of a 400, keyed by field path, in German. */
  errors?: Record<string, string[]>;
  requestId?: string;
}
