/** The project's root folder. */
export declare const root: string;
/** Builds OneWindow when the build is missing or older than the sources; false when the build failed. */
export declare function buildIfStale(): boolean;
