export * from './app-error.js';
export * from './factories.js';
