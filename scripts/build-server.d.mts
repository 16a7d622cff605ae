export declare const SERVER_ENTRY: string;
export declare const SERVER_BOOT: string;
export declare const SERVER_NODE_ARGS: string[];
export declare function serverArgs(): string[];
export declare function buildServer(): Promise<void>;
export declare function serverEnv(env?: NodeJS.ProcessEnv | Record<string, string | undefined>): Record<string, string | undefined>;
