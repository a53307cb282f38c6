/** Styles shared by the events pages; the `.button` look itself is global (styles/_base.scss). */
export const BUTTON_STYLES = `
  .error {
    color: var(--portal-color-error);
  }
`;
