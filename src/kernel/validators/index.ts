/** 校验器：身份证号、统一社会信用代码、电话、行政区划代码。Each returns `Issue[]` (empty = valid). */
export * from './credit-code.js';
export * from './id-number.js';
export * from './phone.js';
export * from './provinces.js';
export * from './region-code.js';
