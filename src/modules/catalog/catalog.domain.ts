/**
 * 事项目录的纯领域逻辑（无 I/O）：事项及其要素、编码、校验、版本比较、清理轮次、服务指南、一件事。
 * The storage, service and routes of the catalog call these functions; see the files under
 * `domain/` for the rules, each documented beside its code.
 */
export * from './domain/bundle.js';
export * from './domain/catalog-validation.js';
export * from './domain/cleanup.js';
export * from './domain/figures.js';
export * from './domain/item.js';
export * from './domain/item-code.js';
export * from './domain/item-diff.js';
export * from './domain/item-validation.js';
export * from './domain/labels.js';
export * from './domain/service-guide.js';
