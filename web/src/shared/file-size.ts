/** Bytes in a megabyte: the server's upload limits are in bytes and told to people in MB. */
export const MEGABYTE = 1024 * 1024;
