// The `chrome` global inside page.evaluate callbacks that run in extension pages.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { executeScript(injection: object): Promise<unknown> };
  storage: {
    session: {
      get(keys: string | null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
    };
  };
  permissions: {
    contains(permissions: { origins?: string[] }): Promise<boolean>;
    remove(permissions: { origins?: string[] }): Promise<boolean>;
  };
};
