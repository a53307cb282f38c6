/** Answer of POST /api/auth/logout: where the browser goes to end the provider's session too. */
export interface LogoutResponseDto {
  logoutUrl: string;
}
