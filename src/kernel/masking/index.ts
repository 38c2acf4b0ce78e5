/** 公开场合的个人信息遮盖：姓名、身份证号、统一社会信用代码、电话、地址。Length is always kept. */
export { maskAddress, regionPrefix } from './address.js';
export { maskCreditCode, maskIdNumber, maskPhone } from './identifiers.js';
export { MASK_CHARACTER, maskAll, maskInPlace, type MaskInPlaceOptions } from './mask.js';
export { maskName } from './name.js';
