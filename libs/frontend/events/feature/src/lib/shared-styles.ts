/** Button look shared by the events pages (component styles cannot import global classes). */
export const BUTTON_STYLES = `
  .button {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0 var(--portal-space-4);
    border: 1px solid var(--portal-color-brand);
    border-radius: var(--portal-radius);
    background: var(--portal-color-surface-raised);
    color: var(--portal-color-brand);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.primary {
    background: var(--portal-color-brand);
    color: var(--portal-color-surface-raised);
  }
  .error {
    color: var(--portal-color-error);
  }
`;
