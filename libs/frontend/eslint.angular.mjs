import nx from '@nx/eslint-plugin';

/**
 * Lint rules shared by every Angular project under `frontend/` and `libs/frontend/`: the root config
 * plus angular-eslint (TypeScript, templates and template accessibility) and the modern-Angular rules
 * of our conventions, so they are enforced rather than remembered.
 */
export function angularConfig(baseConfig, { prefix }) {
  return [
    ...baseConfig,
    ...nx.configs['flat/angular'],
    ...nx.configs['flat/angular-template'],
    {
      files: ['**/*.ts'],
      rules: {
        '@angular-eslint/component-selector': ['error', { type: 'element', prefix, style: 'kebab-case' }],
        '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix, style: 'camelCase' }],
        '@angular-eslint/pipe-prefix': ['error', { prefixes: [prefix] }],
        '@angular-eslint/prefer-on-push-component-change-detection': 'error',
        '@angular-eslint/prefer-inject': 'error',
        '@angular-eslint/prefer-signals': 'error',
        '@angular-eslint/prefer-output-readonly': 'error',
        '@angular-eslint/use-component-view-encapsulation': 'error',
      },
    },
    {
      files: ['**/*.html'],
      rules: {
        '@angular-eslint/template/prefer-control-flow': 'error',
        '@angular-eslint/template/prefer-self-closing-tags': 'error',
        '@angular-eslint/template/no-positive-tabindex': 'error',
        '@angular-eslint/template/button-has-type': 'error',
        // Inline style attributes would need 'unsafe-inline' in our Content-Security-Policy.
        '@angular-eslint/template/no-inline-styles': 'error',
        '@angular-eslint/template/no-duplicate-attributes': 'error',
      },
    },
    {
      // The root rule also matches *.mjs, and these configs must import the root config by a relative
      // path, which it reports as an "external resource". Config files are not application code.
      files: ['**/eslint.config.mjs'],
      rules: { '@nx/enforce-module-boundaries': 'off' },
    },
  ];
}
