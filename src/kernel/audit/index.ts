export * from './audit.domain.js';
export * from './audit.writer.js';
export * from './audit.verify.js';
