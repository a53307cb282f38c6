import baseConfig from '../eslint.config.mjs';
import { angularConfig } from '../libs/frontend/eslint.angular.mjs';

export default angularConfig(baseConfig, { prefix: 'app' });
